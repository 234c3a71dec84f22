import { ModelInputError } from "../../src/core/errors";
import { figuresFor, findMetric, findProvider, lookupFigure, type FigureQuery } from "../../src/benchmarks/lookup";
import { makeDataset } from "./fixtures";

function failure(query: FigureQuery): ModelInputError {
  try {
    lookupFigure(makeDataset(), query);
  } catch (error) {
    if (error instanceof ModelInputError) return error;
    throw error;
  }
  throw new Error("expected the lookup to fail");
}

describe("benchmark lookup", () => {
  it("finds providers by id, name or alias, whatever the case and spacing", () => {
    const dataset = makeDataset();
    for (const query of ["acme", "Acme Cloud", "  ACME  ", "acme   web services", "ACME CLOUD"]) {
      expect(findProvider(dataset, query).id).toBe("acme");
    }
  });

  it("finds metrics by id or name", () => {
    const dataset = makeDataset();
    expect(findMetric(dataset, " Revenue ").id).toBe("revenue");
    expect(findMetric(dataset, "revenue GROWTH").id).toBe("growth");
  });

  it("finds a figure by period label, case-insensitively", () => {
    expect(lookupFigure(makeDataset(), { provider: "Acme", metric: "Cloud revenue", period: " q4  2024 " }).value).toBe(
      3.5,
    );
    expect(lookupFigure(makeDataset(), { provider: "beta", metric: "revenue", period: "2024" }).value).toBe(7);
  });

  it("takes the period with the latest end date when the period is omitted or blank", () => {
    // FY2025 ends 2025-03-31, after calendar 2024, although it is listed first and "2024" sorts after it as text.
    expect(lookupFigure(makeDataset(), { provider: "acme", metric: "growth" }).period).toBe("FY2025");
    expect(lookupFigure(makeDataset(), { provider: "acme", metric: "growth", period: "  " }).value).toBe(0.2);
  });

  it("prefers the full year to its last quarter when both end on the same day", () => {
    expect(lookupFigure(makeDataset(), { provider: "acme", metric: "revenue" })).toMatchObject({
      period: "2024",
      value: 12,
    });
  });

  it("lists a provider's figures for a metric oldest first", () => {
    expect(figuresFor(makeDataset(), "acme", "revenue").map((f) => f.period)).toEqual(["2023", "Q4 2024", "2024"]);
  });

  it("answers an unknown provider with #N/A and the known providers", () => {
    const error = failure({ provider: "Gamma", metric: "revenue" });
    expect(error.kind).toBe("na");
    expect(error.message).toBe('provider "Gamma" is not known; use one of acme (Acme Cloud), beta (Beta Cloud).');
  });

  it("answers an unknown metric with #N/A and the known metrics", () => {
    const error = failure({ provider: "acme", metric: " profit " });
    expect(error.kind).toBe("na");
    expect(error.message).toBe(
      'metric "profit" is not known; use one of revenue (Cloud revenue), growth (Revenue growth).',
    );
  });

  it("answers an unknown period with #N/A and the periods known for that provider and metric", () => {
    const error = failure({ provider: "acme", metric: "revenue", period: "Q1 2024" });
    expect(error.kind).toBe("na");
    expect(error.message).toBe(
      'period "Q1 2024" has no Cloud revenue figure for Acme Cloud; known periods: 2023, Q4 2024, 2024.',
    );
  });

  it("answers a metric the provider has no figures for with the metrics it does have", () => {
    const error = failure({ provider: "beta", metric: "growth" });
    expect(error.kind).toBe("na");
    expect(error.message).toBe(
      "the dataset has no Revenue growth figure for Beta Cloud; metrics with figures for Beta Cloud: revenue (Cloud revenue).",
    );
  });
});
