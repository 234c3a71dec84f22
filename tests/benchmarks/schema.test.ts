import { compareDatasetAge, DatasetSchema, parseDataset, type BenchmarkDataset } from "../../src/benchmarks/schema";
import { figure, makeDataset } from "./fixtures";

function problemOf(dataset: unknown): string {
  const result = parseDataset(dataset);
  if (result.ok) throw new Error("expected the dataset to be rejected");
  return result.problem;
}

function withFigure(change: Record<string, unknown>): unknown {
  const dataset = makeDataset();
  return { ...dataset, figures: [{ ...dataset.figures[0], ...change }, ...dataset.figures.slice(1)] };
}

describe("benchmark dataset schema", () => {
  it("accepts a well-formed dataset and returns it unchanged", () => {
    const dataset = makeDataset();
    const result = parseDataset(dataset);
    expect(result).toEqual({ ok: true, dataset });
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });

  it.each([
    ["not an object", "text", /must be an object/],
    ["a missing version", { ...makeDataset(), version: undefined }, /^version: is missing/],
    ["an as-of date that is not ISO", { ...makeDataset(), asOf: "30/06/2025" }, /^asOf: must be an ISO date/],
    ["an impossible as-of date", { ...makeDataset(), asOf: "2025-13-01" }, /^asOf: must be an ISO date/],
    ["no providers", { ...makeDataset(), providers: [] }, /^providers: must list at least one provider/],
    [
      "a provider id with capitals",
      { ...makeDataset(), providers: [{ id: "Acme", name: "A" }] },
      /^providers\[0\]\.id/,
    ],
  ])("rejects %s", (_label, dataset, problem) => {
    expect(problemOf(dataset)).toMatch(problem);
  });

  it.each([
    ["a value given as text", { value: "12" }, /^figures\[0\]\.value: must be a finite number/],
    ["an infinite value", { value: Infinity }, /^figures\[0\]\.value: must be a finite number/],
    ["a NaN value", { value: NaN }, /^figures\[0\]\.value: must be a finite number/],
    ["a missing source", { sourceUrl: undefined }, /^figures\[0\]\.sourceUrl: is missing/],
    ["a source that is not a URL", { sourceUrl: "example.com/page" }, /^figures\[0\]\.sourceUrl: must be an http/],
    ["an ftp source", { sourceUrl: "ftp://example.com/file" }, /^figures\[0\]\.sourceUrl: must be an http/],
    ["a javascript: source", { sourceUrl: "javascript:alert(1)" }, /^figures\[0\]\.sourceUrl: must be an http/],
    ["an empty publisher", { publisher: "  " }, /^figures\[0\]\.publisher: must not be empty/],
    ["a published date that is not ISO", { published: "Feb 2025" }, /^figures\[0\]\.published: must be an ISO date/],
    ["an unknown period kind", { periodKind: "month" }, /^figures\[0\]\.periodKind: must be one of year, quarter/],
    ["a period end that is not ISO", { periodEnd: "2023" }, /^figures\[0\]\.periodEnd: must be an ISO date/],
    ["an unknown currency", { currency: "EUR" }, /^figures\[0\]\.currency: must be RMB or USD or null/],
    ["a derived flag given as text", { derived: "yes" }, /^figures\[0\]\.derived: must be true or false/],
    ["a missing uncertain flag", { uncertain: undefined }, /^figures\[0\]\.uncertain: is missing/],
    ["an unknown provider", { provider: "gamma" }, /^figures\[0\]\.provider: provider "gamma" is not listed/],
    ["an unknown metric", { metric: "profit" }, /^figures\[0\]\.metric: metric "profit" is not listed/],
    ["a unit other than the metric's", { unit: "m" }, /^figures\[0\]\.unit: unit "m" differs from the unit "bn"/],
    ["an amount without a currency", { currency: null }, /^figures\[0\]\.currency: an amount in "bn" needs a currency/],
  ])("rejects a figure with %s, naming the field", (_label, change, problem) => {
    expect(problemOf(withFigure(change))).toMatch(problem);
  });

  it("rejects a fraction that carries a currency", () => {
    const dataset = makeDataset();
    const growth = dataset.figures.findIndex((f) => f.metric === "growth");
    const figures = dataset.figures.map((f, i) => (i === growth ? { ...f, currency: "USD" as const } : f));
    expect(problemOf({ ...dataset, figures })).toBe(
      `figures[${growth}].currency: a fraction must have a null currency`,
    );
  });

  it("accepts plain http sources, which many of the publishers still use", () => {
    expect(parseDataset(withFigure({ sourceUrl: "http://hnbht.cn/47836.html" })).ok).toBe(true);
  });

  it("rejects the same provider, metric and period twice, even when the period differs only in case", () => {
    const dataset = makeDataset();
    const twin = { ...dataset.figures[1], period: "q4 2024", value: 99 };
    expect(problemOf({ ...dataset, figures: [...dataset.figures, twin] })).toBe(
      `figures[${dataset.figures.length}].period: acme revenue q4 2024 appears more than once`,
    );
  });

  it("rejects a name that would lead to two providers", () => {
    const dataset = makeDataset();
    const providers = [dataset.providers[0], { id: "beta", name: "Beta Cloud", aliases: ["acme"] }];
    expect(problemOf({ ...dataset, providers })).toBe('providers[1]: the name "acme" is used by both acme and beta');
  });

  it("rejects a metric id listed twice", () => {
    const dataset = makeDataset();
    const metrics = [...dataset.metrics, { ...dataset.metrics[0], name: "Revenue again" }];
    expect(problemOf({ ...dataset, metrics })).toBe('metrics[2]: the id "revenue" appears twice');
  });

  it("accepts a figure without a note and with an unknown publication date", () => {
    expect(
      parseDataset(
        makeDataset({ figures: [figure({ provider: "acme", metric: "revenue", period: "2024", published: null })] }),
      ).ok,
    ).toBe(true);
  });
});

describe("dataset age", () => {
  const at = (asOf: string, version: string): Pick<BenchmarkDataset, "asOf" | "version"> => ({ asOf, version });

  it("orders by as-of date first", () => {
    expect(compareDatasetAge(at("2025-01-01", "9"), at("2025-02-01", "1"))).toBeLessThan(0);
    expect(compareDatasetAge(at("2025-03-01", "1"), at("2025-02-01", "9"))).toBeGreaterThan(0);
  });

  it("then by version, comparing numbers as numbers", () => {
    expect(compareDatasetAge(at("2025-01-01", "2026.10"), at("2025-01-01", "2026.9"))).toBeGreaterThan(0);
    expect(compareDatasetAge(at("2025-01-01", "1.0"), at("2025-01-01", "1.0"))).toBe(0);
  });
});
