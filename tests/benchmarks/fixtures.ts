import { type BenchmarkDataset, type Figure } from "../../src/benchmarks/schema";

/** A small dataset whose figures the tests know by heart, independent of the bundled one. */

export function figure(overrides: Partial<Figure> & Pick<Figure, "provider" | "metric" | "period">): Figure {
  const money = overrides.metric !== "growth";
  return {
    periodKind: "year",
    periodEnd: "2024-12-31",
    value: 1,
    unit: money ? "bn" : "fraction",
    currency: money ? "USD" : null,
    sourceUrl: "https://example.com/source",
    publisher: "Example Publisher",
    published: "2025-01-15",
    derived: false,
    uncertain: false,
    ...overrides,
  };
}

export function makeDataset(overrides: Partial<BenchmarkDataset> = {}): BenchmarkDataset {
  return {
    version: "1.0",
    asOf: "2025-06-30",
    title: "Test benchmarks",
    providers: [
      { id: "acme", name: "Acme Cloud", aliases: ["Acme", "ACME Web Services"] },
      { id: "beta", name: "Beta Cloud" },
    ],
    metrics: [
      { id: "revenue", name: "Cloud revenue", unit: "bn", description: "Revenue in billions." },
      { id: "growth", name: "Revenue growth", unit: "fraction", description: "Growth as a fraction." },
    ],
    figures: [
      figure({ provider: "acme", metric: "revenue", period: "2023", periodEnd: "2023-12-31", value: 10 }),
      figure({ provider: "acme", metric: "revenue", period: "Q4 2024", periodKind: "quarter", value: 3.5 }),
      figure({ provider: "acme", metric: "revenue", period: "2024", value: 12 }),
      // Listed before the others on purpose: the latest period is chosen by its end date, not by list order.
      figure({
        provider: "acme",
        metric: "growth",
        period: "FY2025",
        periodKind: "fiscalYear",
        periodEnd: "2025-03-31",
        value: 0.2,
      }),
      figure({ provider: "acme", metric: "growth", period: "2024", value: 0.15 }),
      figure({ provider: "beta", metric: "revenue", period: "2024", value: 7, currency: "RMB", note: "In RMB." }),
    ],
    ...overrides,
  };
}

/** A copy with one figure's value changed, found by provider, metric and period. */
export function withValue(dataset: BenchmarkDataset, provider: string, metric: string, period: string, value: number) {
  return {
    ...dataset,
    figures: dataset.figures.map((f) =>
      f.provider === provider && f.metric === metric && f.period === period ? { ...f, value } : f,
    ),
  };
}

/** One plain sentence: starts with a capital, ends with a full stop, and no second sentence starts inside it. */
export function expectOneSentence(message: string): void {
  expect(message).toMatch(/^[A-Z][^\n]*\.$/);
  expect(message).not.toMatch(/[.!?]\s+[A-Z]/);
}
