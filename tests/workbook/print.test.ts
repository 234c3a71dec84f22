import ExcelJS from "exceljs";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { SheetPlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { escapeHeaderText, headerFooterCode, printSetup } from "../../src/workbook/print";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { PAYBACK_ROWS } from "../../src/workbook/sheets/payback";
import { TORNADO_ROWS } from "../../src/workbook/sheets/tornado-layout";
import { RISK_ROWS } from "../../src/workbook/sheets/risk-layout";
import { SENSITIVITY_ROWS } from "../../src/workbook/sheets/sensitivity-layout";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { readPackage } from "./charts-helpers";
import { CHART_TOP } from "../../src/workbook/sheets/scenarios-layout";

const sheet = (overrides: Partial<SheetPlan>): SheetPlan => ({
  key: "capex",
  name: "Capex",
  columnWidths: [],
  blocks: [],
  formats: [],
  tables: [],
  conditionalFormats: [],
  charts: [],
  ...overrides,
});

describe("printSetup", () => {
  it("repeats the frozen timeline header rows and label columns on every page", () => {
    const print = printSetup(sheet({ freeze: { rows: 5, columns: 5 } }), "Base");
    expect(print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: "$1:$5",
      titleColumns: "$A:$E",
    });
    expect(printSetup(sheet({ freeze: { rows: 2, columns: 0 } }), "Base")).not.toHaveProperty("titleColumns");
    const plain = printSetup(sheet({ key: "cover" }), "Base");
    expect(plain).not.toHaveProperty("titleRows");
    expect(plain).not.toHaveProperty("titleColumns");
  });

  it("prints the Dashboard on one page and the Tornado on at most two", () => {
    expect(printSetup(sheet({ key: "dashboard" }), "Base").fitToPagesTall).toBe(1);
    expect(printSetup(sheet({ key: "tornado" }), "Base").fitToPagesTall).toBe(2);
  });

  it("names the scenario in the header and numbers and dates the pages in the footer", () => {
    const print = printSetup(sheet({}), "Bull & bear");
    expect(print.header).toEqual({ left: "Built from scenario: Bull && bear", center: "", right: "&A" });
    expect(print.footer).toEqual({ left: "Page &P of &N", center: "", right: "Printed &D" });
    expect(headerFooterCode(print.footer)).toBe("&LPage &P of &N&C&RPrinted &D");
  });

  it("keeps a scenario name from starting a header code and keeps the header within Excel's 255 characters", () => {
    expect(escapeHeaderText("&P&&")).toBe("&&P&&&&");
    const print = printSetup(sheet({}), "x".repeat(400));
    expect(headerFooterCode(print.header).length).toBeLessThanOrEqual(255);
    expect(print.header.left).toMatch(/…$/);
  });
});

describe("print setup of the base case", () => {
  let plan: WorkbookPlan;
  beforeAll(() => {
    plan = buildWorkbookPlan(presetScenario("base"), bundledDataset());
  });

  it("gives every sheet a print setup", () => {
    for (const s of plan.sheets)
      expect([s.name, s.print?.orientation, s.print?.fitToPagesWide]).toEqual([s.name, "landscape", 1]);
  });

  it("is in the .xlsx: landscape, fit to width, print titles, header and footer", async () => {
    const bytes = await renderXlsx(plan, ExcelJS);
    const pkg = await readPackage(bytes);
    const workbook = await pkg.text("xl/workbook.xml");
    const titles = new Map(
      Array.from(workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g), (m) => [
        Number(m[1]),
        m[2].replace(/&apos;/g, "'"),
      ]),
    );
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as ArrayBuffer);
    for (const [index, s] of plan.sheets.entries()) {
      const ws = read.getWorksheet(s.name);
      expect(ws?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1 });
      expect(ws?.pageSetup.fitToHeight).toBe(s.key === "dashboard" ? 1 : s.key === "tornado" ? 2 : 0);
      expect(ws?.headerFooter.oddHeader).toBe("&LBuilt from scenario: Base: the announced plan&C&R&A");
      expect(ws?.headerFooter.oddFooter).toBe("&LPage &P of &N&C&RPrinted &D");
      const expected = [
        s.print?.titleColumns ? `'${s.name}'!${s.print.titleColumns}` : null,
        s.print?.titleRows ? `'${s.name}'!${s.print.titleRows}` : null,
      ].filter((t) => t !== null);
      expect([s.name, titles.get(index) ?? ""]).toEqual([s.name, expected.join(",")]);
    }
    expect(titles.get(plan.sheets.findIndex((s) => s.key === "capex"))).toBe("'Capex'!$A:$E,'Capex'!$1:$5");
    // The Payback sheet prints its tables and results, not the IRR search below them, the Scenarios sheet its
    // comparison and chart, not each scenario's block, the Sensitivity sheet its grids and required growth, not each
    // grid case and the search, the Risk sheet its results and chart, not the trials, and the Tornado sheet its
    // ranking, not its 14 cases year by year; every other sheet prints whole.
    const areas = Array.from(workbook.matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">([^<]*)</g));
    expect(areas.map((m) => [plan.sheets[Number(m[1])].key, m[2].replace(/&apos;/g, "'")])).toEqual([
      ["payback", `'Payback'!$A$1:$O$${PAYBACK_ROWS.irrSearch - 1}`],
      ["scenarios", `'Scenarios'!$A$1:$O$${CHART_TOP + 16}`],
      ["sensitivity", `'Sensitivity'!$A$1:$L$${SENSITIVITY_ROWS.timelineHeading - 1}`],
      ["risk", `'Risk'!$A$1:$O$${RISK_ROWS.trialsHeading - 1}`],
      ["tornado", `'Tornado'!$A$1:$O$${TORNADO_ROWS.variantsHeading - 1}`],
    ]);
  });

  it("is applied by Office.js through worksheet.pageLayout", async () => {
    const excel = new ExcelDouble();
    await excel.run((context) =>
      renderPlanToWorkbook(asExcelContext(context), (names) =>
        buildWorkbookPlan(presetScenario("base"), bundledDataset(), { sheetNames: names }),
      ),
    );
    const capex = excel.sheet("Capex").pageLayout;
    expect(capex).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$5",
      printTitleColumns: "$A:$E",
      leftHeader: "Built from scenario: Base: the announced plan",
      centerHeader: "",
      rightHeader: "&A",
      leftFooter: "Page &P of &N",
      centerFooter: "",
      rightFooter: "Printed &D",
    });
    expect(excel.sheet("Cover").pageLayout).not.toHaveProperty("printTitleRows");
    expect(excel.sheet("Payback").pageLayout).toMatchObject({ printArea: `$A$1:$O$${PAYBACK_ROWS.irrSearch - 1}` });
    expect(excel.sheet("Capex").pageLayout).not.toHaveProperty("printArea");
    expect(excel.sheet("Dashboard").pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  });
});
