import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { ChartPlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { samplePlan } from "./render-fixtures";

/** The sample plan's Capex chart redrawn as each kind, with a second series marked as a marker. */
function planWith(kind: ChartPlan["kind"]): (names?: object) => WorkbookPlan {
  return (names = {}) => {
    const plan = samplePlan(names);
    return {
      ...plan,
      sheets: plan.sheets.map((sheet) => ({
        ...sheet,
        charts: sheet.charts.map((chart) => ({
          ...chart,
          kind,
          series: [...chart.series, { name: "Marker", values: chart.series[0].values, marker: true }],
        })),
      })),
    };
  };
}

describe("charts drawn by Office.js from the same ChartPlan", () => {
  it.each([
    ["column", "ColumnClustered"],
    ["bar", "BarClustered"],
    ["line", "Line"],
    ["stackedColumn", "ColumnStacked"],
  ] as const)("draws a %s chart as %s", async (kind, officeType) => {
    const excel = new ExcelDouble();
    await excel.run((context) => renderPlanToWorkbook(asExcelContext(context), planWith(kind)));
    const [chart] = excel.sheet("Capex").charts;
    expect(chart.type).toBe(officeType);
    expect(chart.series.map((s) => s.name)).toEqual(["Capex", "Marker"]);
    const marker = chart.series[1];
    expect(marker.values).toBe("=Capex!C2:G2");
    expect(marker.xValues).toBe("=Capex!C1:G1");
    // Markers without a line, except over horizontal bars, as the .xlsx writer draws them.
    if (kind === "bar") expect([marker.chartType, marker.lineStyle]).toEqual([undefined, undefined]);
    else expect([marker.chartType, marker.lineStyle]).toEqual(["LineMarkers", "None"]);
    expect(chart.series[0].chartType).toBeUndefined();
  });

  it("sets each chart's value axis number format from the plan, as the .xlsx writer does", async () => {
    const excel = new ExcelDouble();
    await excel.run((context) =>
      renderPlanToWorkbook(asExcelContext(context), (names) =>
        buildWorkbookPlan(presetScenario("base"), bundledDataset(), { sheetNames: names }),
      ),
    );
    const formats = new Map(
      ["Dashboard", "Earnings", "Tornado"].flatMap((name) =>
        excel.sheet(name).charts.map((chart) => [chart.title, chart.valueAxisFormat] as const),
      ),
    );
    expect(formats.get("EBITA margin with the investment against the baseline")).toBe("0%");
    expect(formats.get("Cloud revenue growth by quarter, year on year, by provider")).toBe("0%");
    expect(formats.get("Cumulative cash flow and payback year (RMB bn)")).toBe("#,##0");
    expect([...formats.values()].every((f) => f !== undefined)).toBe(true);
  });
});
