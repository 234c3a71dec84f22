import ExcelJS from "exceljs";
import type { BenchmarkDataset, Figure } from "../../src/benchmarks/schema";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { SheetPlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import {
  BENCHMARK_COLUMN_NAMES,
  BENCHMARK_ROWS,
  BENCHMARK_TABLE_NAME,
  capexCompetitors,
} from "../../src/workbook/sheets/benchmarks";
import { blockRange, benchmarksLayout } from "../../src/workbook/sheets/benchmarks-layout";
import { cell, COL, periodColumn, ROW } from "../../src/workbook/sheets/layout";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { evaluatePlan, expectCachedValuesMatch, parseAddress } from "../helpers/evaluate-plan";
import { makeDataset } from "../benchmarks/fixtures";
import { sheetRef } from "../../src/workbook/sheet-ref";

const scenario = presetScenario("base");

function benchmarksSheet(plan: WorkbookPlan): SheetPlan {
  return plan.sheets.find((s) => s.key === "benchmarks")!;
}

/** The figure for a provider, metric and period label, read straight from the dataset. */
function figure(dataset: BenchmarkDataset, provider: string, metric: string, period: string): Figure {
  const found = dataset.figures.find((f) => f.provider === provider && f.metric === metric && f.period === period);
  if (!found) throw new Error(`dataset has no ${provider} ${metric} ${period}`);
  return found;
}

function capexRowOf(dataset: BenchmarkDataset, provider: string): number {
  return BENCHMARK_ROWS.firstCompetitorCapex + capexCompetitors(dataset).indexOf(provider);
}

/** Timeline column of a calendar year in the plan built from `scenario`. */
function yearColumn(year: number): number {
  return periodColumn(year - scenario.firstYear);
}

describe("Benchmarks sheet with the bundled dataset", () => {
  const dataset = bundledDataset();
  const plan = buildWorkbookPlan(scenario, dataset);
  const ev = evaluatePlan(plan);

  it("evaluates in a formula engine to the values it caches", () => {
    expectCachedValuesMatch(plan, ev);
  });

  it("puts AWS's reported 2025 capex and its 2026 guidance beside the plan's capex in USD", () => {
    const row = capexRowOf(dataset, "aws");
    expect(ev.value("benchmarks", cell(yearColumn(2025), row))).toBeCloseTo(
      figure(dataset, "aws", "capex", "2025").value,
      9,
    );
    expect(ev.value("benchmarks", cell(yearColumn(2026), row))).toBeCloseTo(
      figure(dataset, "aws", "capex-guidance", "2026").value,
      9,
    );
    expect(ev.value("benchmarks", cell(yearColumn(2025), BENCHMARK_ROWS.planCapex))).toBeCloseTo(
      scenario.capexTotal / scenario.capexYears / scenario.fx,
      9,
    );
    // Neither reported nor guided: #N/A, a gap in the Dashboard's capex chart.
    expect(ev.value("benchmarks", cell(yearColumn(2030), row))).toMatchObject({ value: "#N/A" });
  });

  it("counts a fiscal year in the calendar year it ends (Microsoft's FY2025 capex in 2025)", () => {
    expect(ev.value("benchmarks", cell(yearColumn(2025), capexRowOf(dataset, "microsoft")))).toBeCloseTo(
      figure(dataset, "microsoft", "capex", "FY2025").value,
      9,
    );
  });

  it("compares growth side by side: Alibaba Cloud's Q4 2024 growth as reported", () => {
    const sheet = benchmarksSheet(plan);
    const located = sheet.blocks.flatMap((block) => {
      const at = parseAddress(block.anchor);
      return block.cells.flatMap((cells, r) => cells.map((c, i) => ({ c, row: at.row + r, col: at.col + i })));
    });
    const header = located.find((x) => x.c === "Cloud revenue growth, year on year, by calendar quarter")!.row + 1;
    const q4 = located.find((x) => x.row === header && x.c === "Q4 2024")!.col;
    const alibaba = located.find((x) => x.row > header && x.col === COL.label && x.c === "Alibaba Cloud")!.row;
    expect(ev.value("benchmarks", cell(q4, alibaba))).toBeCloseTo(
      figure(dataset, "alibaba-cloud", "revenue-growth", "Q4 2024").value,
      9,
    );
  });

  it("recalculates the comparison from the table: a changed figure in the table moves it", () => {
    const table = benchmarksSheet(plan).tables[0];
    const top = parseAddress(table.anchor);
    const valueCol = top.col + table.headers.indexOf("Value");
    const index = table.rows.findIndex((r) => r[0] === "AWS" && r[1] === "Capex" && r[2] === "2025");
    expect(index).toBeGreaterThanOrEqual(0);
    ev.set("benchmarks", cell(valueCol, top.row + 1 + index), 123.5);
    expect(ev.value("benchmarks", cell(yearColumn(2025), capexRowOf(dataset, "aws")))).toBe(123.5);
  });

  it("names each looked-up column of the figures table", () => {
    const table = benchmarksSheet(plan).tables[0];
    expect(table.name).toBe(BENCHMARK_TABLE_NAME);
    const top = parseAddress(table.anchor);
    for (const { name, header } of Object.values(BENCHMARK_COLUMN_NAMES)) {
      const named = plan.names.find((n) => n.name === name)!;
      const col = top.col + table.headers.indexOf(header);
      expect(named.range).toBe(`${cell(col, top.row + 1, true)}:${cell(col, top.row + table.rows.length, true)}`);
    }
  });

  /** Every cell of the Benchmarks sheet with its row and column. */
  function located() {
    return benchmarksSheet(plan).blocks.flatMap((block) => {
      const at = parseAddress(block.anchor);
      return block.cells.flatMap((cells, r) => cells.map((c, i) => ({ c, row: at.row + r, col: at.col + i })));
    });
  }
  const quarterly = benchmarksLayout(dataset).blocks.filter((b) => b.periods[0].startsWith("Q"));
  const annual = benchmarksLayout(dataset).blocks.filter((b) => !b.periods[0].startsWith("Q"));

  it("puts no model year header above the quarterly blocks: each block has its own timeline", () => {
    const cells = located();
    // The rows where the model's sheets carry their year header hold no years here.
    for (const row of [ROW.year, ROW.period]) {
      const years = cells.filter(
        (x) => x.row === row && x.col >= COL.firstPeriod && x.c !== null && typeof x.c !== "string",
      );
      expect(years).toEqual([]);
    }
    expect(quarterly.map((b) => b.metric)).toEqual([
      "cloud-revenue",
      "revenue-growth",
      "operating-income",
      "capex",
      "market-share-worldwide",
      "market-share-china",
    ]);
    for (const block of quarterly) {
      const header = cells.filter((x) => x.row === block.header && x.col >= COL.firstPeriod).map((x) => x.c);
      expect(header).toEqual(block.periods);
      expect(header.every((label) => /^Q[1-4] \d{4}$/.test(String(label)))).toBe(true);
    }
  });

  it("shows the full quarterly history, from the dataset's first quarter (Q4 2022) to its latest (Q1 2026)", () => {
    const expected = [
      "Q4 2022",
      ...[2023, 2024, 2025].flatMap((y) => [1, 2, 3, 4].map((q) => `Q${q} ${y}`)),
      "Q1 2026",
    ];
    for (const block of quarterly) expect(block.periods).toEqual(expected);
  });

  it("puts annual figures on an annual timeline of their own, AWS's 2020 from Amazon's 10-K included", () => {
    expect(annual.map((b) => b.metric)).toEqual(["cloud-revenue", "operating-income", "capex"]);
    const revenue = annual[0];
    expect(revenue.periods[0]).toBe("2020");
    const aws = revenue.providers.find((p) => p.id === "aws")!;
    // AWS segment net sales 2020 as the 10-K for 2022 reports them.
    expect(ev.value("benchmarks", cell(periodColumn(revenue.periods.indexOf("2020")), aws.row))).toBeCloseTo(45.37, 9);
  });

  it("gives each quarterly value as its table row holds it, AWS's Q4 2024 cloud revenue among them", () => {
    const revenue = quarterly[0];
    const aws = revenue.providers.find((p) => p.id === "aws")!;
    const col = periodColumn(revenue.periods.indexOf("Q4 2024"));
    expect(ev.value("benchmarks", cell(col, aws.row))).toBeCloseTo(
      figure(dataset, "aws", "cloud-revenue", "Q4 2024").value,
      9,
    );
    // A quarter a provider has no figure for is #N/A, which charts leave as a gap ("" was drawn as 0%): growth
    // starts in Q1 2023, so its Q4 2022 column is #N/A.
    const growth = quarterly[1];
    for (const p of growth.providers) {
      expect(ev.value("benchmarks", cell(periodColumn(0), p.row))).toMatchObject({ value: "#N/A" });
    }
  });

  it("links every history value to its row of the figures table by key, so that an edited row moves it", () => {
    const growth = quarterly[1];
    const alibaba = growth.providers.find((p) => p.id === "alibaba-cloud")!;
    const col = periodColumn(growth.periods.indexOf("Q3 2025"));
    const target = cell(col, alibaba.row);
    const formulaCell = located().find((x) => x.row === alibaba.row && x.col === col)!.c as { formula: string };
    expect(formulaCell.formula).toContain(`MATCH(`);
    expect(formulaCell.formula).toContain(BENCHMARK_COLUMN_NAMES.key.name);
    const table = benchmarksSheet(plan).tables[0];
    const top = parseAddress(table.anchor);
    const keyCol = table.headers.indexOf("Key");
    const index = table.rows.findIndex((r) => r[keyCol] === "Alibaba Cloud|Cloud revenue growth|Q3 2025");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(ev.value("benchmarks", target)).toBeCloseTo(
      figure(dataset, "alibaba-cloud", "revenue-growth", "Q3 2025").value,
      9,
    );
    ev.set("benchmarks", cell(top.col + table.headers.indexOf("Value"), top.row + 1 + index), 0.5);
    expect(ev.value("benchmarks", target)).toBe(0.5);
  });

  it("names the filing of each figure read from one, in the figures table", () => {
    const table = benchmarksSheet(plan).tables[0];
    const filing = table.headers.indexOf("Filing");
    const aws2022 = table.rows.find((r) => r[0] === "AWS" && r[1] === "Cloud revenue" && r[2] === "2022")!;
    expect(aws2022[filing]).toBe("10-K 0001018724-23-000004");
  });

  it("charts quarterly cloud revenue growth by provider as a line on the dashboard, from the quarterly block", () => {
    const dashboard = plan.sheets.find((s) => s.key === "dashboard")!;
    const chart = dashboard.charts.find((c) => c.title.startsWith("Cloud revenue growth by quarter"))!;
    const growth = quarterly[1];
    expect(chart.kind).toBe("line");
    expect(chart.categories).toBe(sheetRef("benchmarks", blockRange(growth, growth.header)));
    expect(chart.series.map((s) => s.name)).toEqual(
      growth.providers.map((p) => dataset.providers.find((x) => x.id === p.id)!.name),
    );
    expect(chart.series.map((s) => s.values)).toEqual(
      growth.providers.map((p) => sheetRef("benchmarks", blockRange(growth, p.row))),
    );
  });

  it("says on the Cover which dataset version the workbook was built with", () => {
    const cover = plan.sheets.find((s) => s.key === "cover")!;
    const texts = cover.blocks.flatMap((b) => b.cells.flat()).filter((c): c is string => typeof c === "string");
    expect(texts).toContain(
      `Benchmarks: dataset ${dataset.version} as of ${dataset.asOf} ('${dataset.title}'), the version this workbook was built with.`,
    );
  });

  it("charts the plan's capex beside each competitor's on the dashboard", () => {
    const dashboard = plan.sheets.find((s) => s.key === "dashboard")!;
    const chart = dashboard.charts[0];
    expect(chart.series.map((s) => s.name)).toEqual([
      "Alibaba plan",
      ...capexCompetitors(dataset).map((id) => dataset.providers.find((p) => p.id === id)!.name),
    ]);
    expect(chart.series[1].values).toContain(sheetRef("benchmarks", ""));
  });
});

describe("a hostile dataset", () => {
  const hostile = makeDataset();
  const attack = '=HYPERLINK("https://evil.example","click")';
  hostile.providers[0] = { ...hostile.providers[0], name: attack };
  hostile.figures[0] = { ...hostile.figures[0], note: "+SUM(1,2)", publisher: "@cmd|' /C calc'!A0" };
  const plan = buildWorkbookPlan(scenario, hostile);
  const hostileTexts = [attack, "+SUM(1,2)", "@cmd|' /C calc'!A0"];

  it("stays text in the .xlsx", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(plan, ExcelJS)) as ArrayBuffer);
    const found: string[] = [];
    workbook.getWorksheet("Benchmarks")!.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === "string" && hostileTexts.includes(c.value)) found.push(c.value);
        if (c.value !== null && typeof c.value === "object" && "formula" in c.value) {
          expect(c.value.formula).not.toContain("evil.example");
        }
      }),
    );
    expect(new Set(found)).toEqual(new Set(hostileTexts));
  });

  it("stays text in Excel", async () => {
    const excel = new ExcelDouble();
    await excel.run((context) => renderPlanToWorkbook(asExcelContext(context), () => plan));
    const sheet = excel.model.sheets.find((s) => s.name === "Benchmarks")!;
    const cells = [...sheet.cells.values()];
    for (const text of hostileTexts) {
      const holding = cells.filter((c) => c.value === text);
      expect(holding.length).toBeGreaterThan(0);
      for (const c of holding) expect(c.formula).toBeNull();
    }
    expect(cells.some((c) => c.formula?.includes("evil.example"))).toBe(false);
  });
});
