import { benchmarkTableRows } from "../../src/benchmarks/table";
import { makeDataset } from "./fixtures";

describe("benchmark table rows", () => {
  it("has the twelve columns the workbook shows", () => {
    expect(benchmarkTableRows(makeDataset()).headers).toEqual([
      "Provider",
      "Metric",
      "Period",
      "Value",
      "Unit",
      "Currency",
      "Source URL",
      "Publisher",
      "Published",
      "Derived",
      "Uncertain",
      "Note",
    ]);
  });

  it("writes one row per figure with names instead of ids and empty text instead of nulls", () => {
    const { rows } = benchmarkTableRows(makeDataset());
    expect(rows).toHaveLength(makeDataset().figures.length);
    expect(rows).toContainEqual([
      "Acme Cloud",
      "Revenue growth",
      "FY2025",
      0.2,
      "fraction",
      "",
      "https://example.com/source",
      "Example Publisher",
      "2025-01-15",
      false,
      false,
      "",
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
      expect(row).toHaveLength(12);
      for (const cell of row) expect(cell === null || cell === undefined).toBe(false);
    }
  });
});
