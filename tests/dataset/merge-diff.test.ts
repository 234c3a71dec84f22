import type { BenchmarkDataset, Figure } from "../../src/benchmarks/schema";
import { parseDataset } from "../../src/benchmarks/schema";
import { diffDatasets, diffMarkdown } from "../../src/dataset/diff";
import { mergeFigures, newestFigureDate } from "../../src/dataset/merge";

const base: Figure = {
  provider: "alibaba-cloud",
  metric: "cloud-revenue",
  period: "Q4 2024",
  periodKind: "quarter",
  periodEnd: "2024-12-31",
  value: 31.742,
  unit: "bn",
  currency: "RMB",
  sourceUrl: "https://press.example.com/q",
  publisher: "Press",
  published: "2025-02-20",
  derived: false,
  uncertain: false,
};

const curated: BenchmarkDataset = {
  version: "1",
  asOf: "2025-02-28",
  title: "t",
  providers: [{ id: "alibaba-cloud", name: "Alibaba Cloud" }],
  metrics: [{ id: "cloud-revenue", name: "Cloud revenue", unit: "bn", description: "d" }],
  figures: [base, { ...base, period: "H1 FY2026", periodKind: "fiscalHalf", periodEnd: "2025-09-30", value: 73.2 }],
};

const filing: Figure = {
  ...base,
  period: "Q3 FY2025",
  periodKind: "fiscalQuarter",
  value: 31.8,
  publisher: "Alibaba (20-F, SEC EDGAR)",
  sourceUrl: "https://www.sec.gov/Archives/edgar/data/1577552/000110465925000001/0001104659-25-000001-index.htm",
  published: "2025-06-01",
  accessions: ["0001104659-25-000001"],
  form: "20-F",
  filed: "2025-06-01",
  concept: "us-gaap:Revenues",
  segmentMember: "baba:CloudMember",
  periodStart: "2024-10-01",
};

describe("merging filings with the curated figures", () => {
  it("replaces a curated quarter with the filing's for the same quarter under its fiscal label", () => {
    const { dataset, replacements } = mergeFigures(curated, [], [filing]);
    expect(dataset.figures.map((f) => [f.period, f.value])).toEqual([
      ["Q3 FY2025", 31.8],
      ["H1 FY2026", 73.2],
    ]);
    expect(replacements).toEqual([{ curated: base, filing }]);
    expect(parseDataset(dataset).ok).toBe(true);
  });

  it("keeps a curated quarter that no filing gives, and dates the dataset by its newest figure", () => {
    const other = {
      ...filing,
      periodEnd: "2025-03-31",
      period: "Q4 FY2025",
      filed: "2025-06-02",
      published: "2025-06-02",
    };
    const { dataset } = mergeFigures(curated, [], [other]);
    expect(dataset.figures).toHaveLength(3);
    expect(dataset.asOf).toBe("2025-06-02");
    expect(dataset.version).toMatch(/^2025\.06\.02\.[0-9a-z]+$/);
  });

  it("versions the dataset by its date and its figures: other figures, another version; the same, the same", () => {
    const one = mergeFigures(curated, [], [filing]).dataset;
    const again = mergeFigures(curated, [], [filing]).dataset;
    const changed = mergeFigures(curated, [], [{ ...filing, value: filing.value + 1 }]).dataset;
    expect(again.version).toBe(one.version);
    expect(changed.asOf).toBe(one.asOf);
    expect(changed.version).not.toBe(one.version);
    expect(changed.version.startsWith(one.asOf.replace(/-/g, "."))).toBe(true);
  });

  it("falls back to the curated as-of date when no figure is dated", () => {
    expect(newestFigureDate([{ ...base, published: null }], "2020-01-01")).toBe("2020-01-01");
  });
});

describe("the diff", () => {
  it("lists a relabelled, replaced figure as one change and says the filing replaces the curated one", () => {
    const { dataset, replacements } = mergeFigures(curated, [], [filing]);
    const diff = diffDatasets(curated, dataset, replacements);
    expect([diff.added, diff.changed, diff.removed]).toEqual([0, 1, 0]);
    expect(diffMarkdown(curated, dataset, diff)).toBe(
      [
        "# Benchmark dataset changes",
        "",
        `From version 1 (as of 2025-02-28) to version ${dataset.version} (as of 2025-06-01): 0 added, 1 changed, 0 removed.`,
        "",
        "## Alibaba Cloud",
        "",
        "### Cloud revenue",
        "",
        "- changed Q4 2024 → Q3 FY2025: 31.742 RMB bn → 31.8 RMB bn (Press → 20-F 0001104659-25-000001); the filing replaces the curated Q4 2024 31.742 RMB bn (Press)",
        "",
      ].join("\n"),
    );
  });

  it("says when nothing changed", () => {
    const diff = diffDatasets(curated, curated);
    expect(diff).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(diffMarkdown(curated, curated, diff)).toMatch(/No figure changed\.\n$/);
  });

  it("quotes the restated values a figure replaced", () => {
    const restated = {
      ...filing,
      note: "us-gaap:Revenues; restated: 0001104659-24-000001 (filed 2024-06-01) reported 31.5",
    };
    const { dataset } = mergeFigures({ ...curated, figures: [] }, [], [restated]);
    const markdown = diffMarkdown(undefined, dataset, diffDatasets(undefined, dataset));
    expect(markdown).toContain(
      "- added Q3 FY2025: 31.8 RMB bn (20-F 0001104659-25-000001); restated: 0001104659-24-000001 (filed 2024-06-01) reported 31.5",
    );
  });
});

describe("provenance fields in the schema", () => {
  it("accepts a figure with provenance and still a figure without", () => {
    expect(parseDataset({ ...curated, figures: [filing, curated.figures[1]] }).ok).toBe(true);
  });

  it("rejects a filing date that is not a date", () => {
    const result = parseDataset({ ...curated, figures: [{ ...filing, filed: "June 2025" }] });
    expect(result).toEqual({
      ok: false,
      problem: "figures[0].filed: must be an ISO date such as 2025-03-31",
      where: "figures[0].filed",
    });
  });
});
