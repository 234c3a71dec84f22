import bundled from "../../assets/benchmarks.json";
import { lookupFigure } from "../../src/benchmarks/lookup";
import { parseDataset, type BenchmarkDataset, type Figure } from "../../src/benchmarks/schema";
import { bundledDataset } from "../../src/benchmarks/bundled";

// Expected values below are typed from /work/shared/reference/market-facts.md, not from the dataset file.

function dataset(): BenchmarkDataset {
  const parsed = parseDataset(bundled);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.dataset;
}

function find(provider: string, metric: string, period: string): Figure {
  return lookupFigure(dataset(), { provider, metric, period });
}

describe("bundled benchmark dataset", () => {
  it("validates against the schema", () => {
    const parsed = parseDataset(bundled);
    expect(parsed.ok ? "valid" : parsed.problem).toBe("valid");
    expect(bundledDataset()).toEqual(dataset());
  });

  it("lists the eight providers and eight metrics of the contract", () => {
    expect(dataset().providers.map((p) => p.id)).toEqual([
      "alibaba-cloud",
      "aws",
      "microsoft",
      "google-cloud",
      "huawei-cloud",
      "tencent-cloud",
      "oracle",
      "meta",
    ]);
    expect(dataset().metrics.map((m) => m.id)).toEqual([
      "cloud-revenue",
      "revenue-growth",
      "operating-income",
      "operating-margin",
      "capex",
      "capex-guidance",
      "market-share-worldwide",
      "market-share-china",
    ]);
  });

  it("gives every figure a source with its publisher", () => {
    for (const figure of dataset().figures) {
      expect(figure.sourceUrl).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      expect(figure.publisher.trim()).not.toBe("");
    }
  });

  it.each([
    // provider, metric, period, value, currency
    ["alibaba-cloud", "cloud-revenue", "Q4 2024", 31.742, "RMB"],
    ["alibaba-cloud", "revenue-growth", "Q4 2024", 0.13, null],
    ["alibaba-cloud", "cloud-revenue", "Q3 2025", 39.824, "RMB"],
    ["alibaba-cloud", "capex", "2024", 72.5, "RMB"],
    ["alibaba-cloud", "capex", "Q2 2025", 38.68, "RMB"],
    ["aws", "cloud-revenue", "Q4 2024", 28.8, "USD"],
    ["aws", "operating-income", "Q4 2024", 10.6, "USD"],
    ["aws", "cloud-revenue", "2025", 128.7, "USD"],
    // Microsoft's fiscal Q2 2026 (the December 2025 quarter), labelled by calendar quarter in the curated layer.
    ["microsoft", "cloud-revenue", "Q4 2025", 32.9, "USD"],
    ["microsoft", "capex", "FY2025", 88.2, "USD"],
    ["google-cloud", "operating-margin", "Q3 2025", 0.237, null],
    ["google-cloud", "capex", "2024", 52.5, "USD"],
    ["oracle", "capex", "FY2025", 21.21, "USD"],
    ["meta", "capex", "2025", 72.22, "USD"],
    ["aws", "market-share-worldwide", "Q4 2025", 0.28, null],
    ["alibaba-cloud", "market-share-china", "Q3 2023", 0.39, null],
    ["huawei-cloud", "market-share-china", "Q1 2025", 0.18, null],
    ["tencent-cloud", "market-share-china", "Q3 2023", 0.15, null],
  ])("holds %s %s %s = %p %s", (provider, metric, period, value, currency) => {
    const figure = find(provider, metric, period);
    expect(figure.value).toBeCloseTo(value, 9);
    expect(figure.currency).toBe(currency);
  });

  it("carries the reference's sources and dates on a spot-checked figure", () => {
    const figure = find("alibaba-cloud", "cloud-revenue", "Q4 2024");
    expect(figure.sourceUrl).toBe(
      "https://stocktitan.net/news/BABA/alibaba-group-announces-december-quarter-2024-btdtxwcotad4.html",
    );
    expect(figure.published).toBe("2025-02-20");
    expect(figure.periodEnd).toBe("2024-12-31");
  });

  it("stores guidance ranges as their midpoint and says so", () => {
    const meta = find("meta", "capex-guidance", "2026");
    expect(meta.value).toBe((115 + 135) / 2);
    expect(meta.note).toMatch(/midpoint/i);
    const google = find("google-cloud", "capex-guidance", "2026");
    expect(google.value).toBe((175 + 185) / 2);
    expect(google.note).toMatch(/midpoint/i);
  });

  it("carries the derived and uncertain marks of the reference", () => {
    expect(find("aws", "capex", "2023")).toMatchObject({ value: 52.74, derived: true });
    expect(find("alibaba-cloud", "capex", "Q1 2025").derived).toBe(true);
    expect(find("alibaba-cloud", "capex", "Q1 2025").value).toBeCloseTo(38.68 / 1.57, 2);
    expect(find("alibaba-cloud", "market-share-worldwide", "Q3 2025")).toMatchObject({
      derived: true,
      uncertain: true,
    });
    expect(find("microsoft", "capex", "FY2024")).toMatchObject({ value: 44.5, uncertain: true });
    expect(find("alibaba-cloud", "cloud-revenue", "Q4 2024")).toMatchObject({ derived: false, uncertain: false });
  });

  it("dates fiscal periods by the end of the company's fiscal period", () => {
    expect(find("microsoft", "cloud-revenue", "FY2025")).toMatchObject({
      periodKind: "fiscalYear",
      periodEnd: "2025-06-30",
    });
    expect(find("oracle", "capex", "FY2025")).toMatchObject({ periodKind: "fiscalYear", periodEnd: "2025-05-31" });
    // Alibaba's fiscal year ends in March; its FY2025 total is now the 20-F's segment note (no longer uncertain).
    expect(find("alibaba-cloud", "cloud-revenue", "FY2025")).toMatchObject({ periodEnd: "2025-03-31", value: 118.028 });
  });

  it("leaves out what the reference marks as not found", () => {
    expect(() => find("meta", "capex", "2023")).toThrow(/known periods/);
    expect(() => find("tencent-cloud", "market-share-china", "Q4 2025")).toThrow(/known periods/);
  });
});
