import fc from "fast-check";
import { groupByProviderAndMetric, previewChanges } from "../../src/benchmarks/diff";
import { diffDatasets } from "../../src/benchmarks/refresh";
import { figure, makeDataset } from "./fixtures";

/** The pane's preview of a refresh: what a download would add, change and remove, by provider and metric. */

describe("the preview of a refresh", () => {
  const before = makeDataset();
  const after = makeDataset({
    version: "2.0",
    asOf: "2025-09-30",
    figures: [
      // Acme's 2023 revenue is gone, its 2024 revenue moved from 12 to 12.5, and Beta has a new growth figure.
      ...before.figures
        .filter((f) => !(f.provider === "acme" && f.metric === "revenue" && f.period === "2023"))
        .map((f) =>
          f.provider === "acme" && f.metric === "revenue" && f.period === "2024" ? { ...f, value: 12.5 } : f,
        ),
      figure({ provider: "beta", metric: "growth", period: "2024", value: 0.2 }),
    ],
  });
  const preview = previewChanges(before, after, diffDatasets(before, after));

  it("says from which version and date to which", () => {
    expect(preview.from).toEqual({ version: "1.0", asOf: "2025-06-30" });
    expect(preview.to).toEqual({ version: "2.0", asOf: "2025-09-30" });
    expect(preview.counts).toEqual({ added: 1, changed: 1, removed: 1 });
  });

  it("groups added, changed (old → new) and removed figures by provider and metric, with their names", () => {
    expect(preview.groups).toEqual([
      {
        provider: "acme",
        providerName: "Acme Cloud",
        metric: "revenue",
        metricName: "Cloud revenue",
        added: [],
        changed: [{ provider: "acme", metric: "revenue", period: "2024", oldValue: 12, newValue: 12.5 }],
        removed: [{ provider: "acme", metric: "revenue", period: "2023", value: 10 }],
      },
      {
        provider: "beta",
        providerName: "Beta Cloud",
        metric: "growth",
        metricName: "Revenue growth",
        added: [{ provider: "beta", metric: "growth", period: "2024", value: 0.2 }],
        changed: [],
        removed: [],
      },
    ]);
  });

  it("lists nothing when the download is the data in use", () => {
    expect(previewChanges(before, before, diffDatasets(before, before)).groups).toEqual([]);
  });

  it("puts every change in exactly one non-empty group, whatever the change list", () => {
    const ref = fc.record({
      provider: fc.constantFrom("acme", "beta", "gamma"),
      metric: fc.constantFrom("revenue", "growth", "capex"),
      period: fc.constantFrom("2023", "2024", "Q1 2025"),
    });
    const value = fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ref, value).map(([r, v]) => ({ ...r, ...v }))),
        fc.array(fc.tuple(ref, value, value).map(([r, a, b]) => ({ ...r, oldValue: a.value, newValue: b.value }))),
        fc.array(fc.tuple(ref, value).map(([r, v]) => ({ ...r, ...v }))),
        (added, changed, removed) => {
          const { groups, counts } = previewChanges(before, after, { added, changed, removed });
          expect(counts).toEqual({ added: added.length, changed: changed.length, removed: removed.length });
          for (const group of groups) {
            const all = [...group.added, ...group.changed, ...group.removed];
            expect(all.length).toBeGreaterThan(0);
            for (const item of all) expect([item.provider, item.metric]).toEqual([group.provider, group.metric]);
          }
          const total = groups.reduce((n, g) => n + g.added.length + g.changed.length + g.removed.length, 0);
          expect(total).toBe(added.length + changed.length + removed.length);
          const keys = groups.map((g) => `${g.provider}|${g.metric}`);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
    );
  });
});

describe("grouping by provider and metric", () => {
  const items = [
    { provider: "b", metric: "y", n: 1 },
    { provider: "a", metric: "x", n: 2 },
    { provider: "b", metric: "x", n: 3 },
    { provider: "b", metric: "y", n: 4 },
  ];

  it("keeps the order the items come in when no dataset gives one", () => {
    const grouped = groupByProviderAndMetric(items, (item) => item);
    expect([...grouped].map(([p, m]) => [p, [...m].map(([metric, list]) => [metric, list.map((i) => i.n)])])).toEqual([
      [
        "b",
        [
          ["y", [1, 4]],
          ["x", [3]],
        ],
      ],
      ["a", [["x", [2]]]],
    ]);
  });

  it("follows a dataset's order of providers and metrics", () => {
    const order = {
      providers: [
        { id: "a", name: "A" },
        { id: "b", name: "B" },
      ],
      metrics: [
        { id: "x", name: "X", unit: "bn", description: "" },
        { id: "y", name: "Y", unit: "bn", description: "" },
      ],
    };
    const grouped = groupByProviderAndMetric(items, (item) => item, [order]);
    expect([...grouped.keys()]).toEqual(["a", "b"]);
    expect([...(grouped.get("b")?.keys() ?? [])]).toEqual(["x", "y"]);
  });
});
