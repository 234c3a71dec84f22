import { benchmarkTableRows } from "../../src/benchmarks/table";
import { makeDataset } from "./fixtures";
import { benchmarkKey, calendarPeriod, filingText } from "../../src/benchmarks/table";

describe("benchmark table rows", () => {
  it("has the fifteen columns the workbook shows", () => {
    expect(benchmarkTableRows(makeDataset()).headers).toEqual([
      "Provider",
      "Metric",
      "Period",
      "Calendar period",
      "Value",
      "Unit",
      "Currency",
      "Source URL",
      "Publisher",
      "Filing",
      "Published",
      "Derived",
      "Uncertain",
      "Note",
      "Key",
    ]);
  });

  it("writes one row per figure with names instead of ids and empty text instead of nulls", () => {
    const { rows } = benchmarkTableRows(makeDataset());
    expect(rows).toHaveLength(makeDataset().figures.length);
    expect(rows).toContainEqual([
      "Acme Cloud",
      "Revenue growth",
      "FY2025",
      "2025", // the fixture's FY2025 ends on 2025-03-31
      0.2,
      "fraction",
      "",
      "https://example.com/source",
      "Example Publisher",
      "", // not from a filing
      "2025-01-15",
      false,
      false,
      "",
      "Acme Cloud|Revenue growth|2025",
    ]);
    expect(rows[rows.length - 1]).toEqual(expect.arrayContaining(["Beta Cloud", 7, "RMB", "In RMB."]));
  });

  it("groups rows by provider and metric in dataset order, oldest period first", () => {
    const { rows } = benchmarkTableRows(makeDataset());
    expect(rows.map((row) => `${row[0]}|${row[1]}|${row[2]}`)).toEqual([
      "Acme Cloud|Cloud revenue|2023",
      "Acme Cloud|Cloud revenue|Q4 2024",
      "Acme Cloud|Cloud revenue|2024",
      "Acme Cloud|Revenue growth|2024",
      "Acme Cloud|Revenue growth|FY2025",
      "Beta Cloud|Cloud revenue|2024",
    ]);
  });

  it("has no null or undefined cell", () => {
    const dataset = makeDataset();
    dataset.figures[0] = { ...dataset.figures[0], published: null };
    for (const row of benchmarkTableRows(dataset).rows) {
      expect(row).toHaveLength(15);
      for (const cell of row) expect(cell === null || cell === undefined).toBe(false);
    }
  });
});

describe("the look-up key and the filing of a figure", () => {
  it("names the filing a figure was read from, and nothing for other sources", () => {
    expect(filingText({ form: "10-K", accessions: ["0001018724-23-000004"] })).toBe("10-K 0001018724-23-000004");
    expect(filingText({ form: "10-Q", accessions: ["a", "b"] })).toBe("10-Q a, b");
    expect(filingText({})).toBe("");
  });

  it("keys a figure by provider, metric and calendar period, and gives none without a calendar period", () => {
    expect(benchmarkKey("AWS", "Capex", "Q1 2024")).toBe("AWS|Capex|Q1 2024");
    expect(benchmarkKey("AWS", "Capex", "")).toBe("");
    const half = makeDataset();
    half.figures[0] = { ...half.figures[0], periodKind: "fiscalHalf" };
    expect(benchmarkTableRows(half).rows.some((row) => row[14] === "")).toBe(true);
  });
});

describe("calendar period", () => {
  it("maps years and fiscal years to the calendar year they end in", () => {
    expect(calendarPeriod({ periodKind: "year", periodEnd: "2024-12-31" })).toBe("2024");
    expect(calendarPeriod({ periodKind: "fiscalYear", periodEnd: "2025-06-30" })).toBe("2025");
  });

  it("maps quarters and fiscal quarters to the calendar quarter they end in", () => {
    expect(calendarPeriod({ periodKind: "quarter", periodEnd: "2024-03-31" })).toBe("Q1 2024");
    expect(calendarPeriod({ periodKind: "fiscalQuarter", periodEnd: "2025-12-31" })).toBe("Q4 2025");
    expect(calendarPeriod({ periodKind: "fiscalQuarter", periodEnd: "2025-08-31" })).toBe("Q3 2025");
  });

  it("gives no calendar period to halves, trailing twelve months and multi-year plans", () => {
    for (const periodKind of ["fiscalHalf", "trailing12Months", "multiYear"] as const) {
      expect(calendarPeriod({ periodKind, periodEnd: "2025-09-30" })).toBe("");
    }
  });
});
