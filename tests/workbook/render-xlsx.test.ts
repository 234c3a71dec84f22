import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { parseCell, parseRect } from "../../src/workbook/cell-text";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { isFormulaCell, type WorkbookPlan } from "../../src/workbook/plan-types";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { STYLES, toArgb } from "../../src/workbook/styles";
import { presetScenario } from "../../src/scenario";
import { asExcelContext, ExcelDouble, type ContextDouble } from "../helpers/excel-double";
import { registerFixed } from "../helpers/hyperformula-fixed";
import { HOSTILE, samplePlan } from "./render-fixtures";
import { displayFormula } from "../../src/workbook/sheet-ref";

async function readBack(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const buffer = await renderXlsx(plan, ExcelJS);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

/** Every plan cell with its A1 address, blocks only (tables are checked apart). */
function planCells(plan: WorkbookPlan) {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => {
      const { row, column } = parseCell(block.anchor);
      return block.cells.flatMap((cells, i) =>
        cells.map((cell, j) => ({ sheet: sheet.name, row: row + i + 1, column: column + j + 1, cell })),
      );
    }),
  );
}

function evaluateWithHyperFormula(workbook: ExcelJS.Workbook): HyperFormula {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: (string | number | boolean | null)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = cell.value as ExcelJS.CellValue;
        rows[r - 1] ??= [];
        if (value !== null && typeof value === "object" && "formula" in value) rows[r - 1][c - 1] = `=${value.formula}`;
        else rows[r - 1][c - 1] = value as string | number | boolean | null;
      });
    });
    sheets[sheet.name] = Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  });
  registerFixed(); // the sentences' numbers are FIXED(), which HyperFormula lacks
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  // No formula uses the risk names; HyperFormula refuses names like RiskNpvP10 that Excel accepts (letters, digits).
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!/^[A-Za-z]+[0-9]+$/.test(name)) hf.addNamedExpression(name, `=${ranges[0]}`);
  }
  return hf;
}

// An ExcelJS cell, not an Office.js proxy: a helper keeps the office-addins load/sync rules from mistaking one.
const xlsxCell = (sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell =>
  sheet.findCell(row, column) ?? sheet.getCell(row, column);

/** Excel drops quotes around simple sheet names when it rewrites a reference; both spellings mean the same. */
const unquote = (formula: string | null) => formula?.replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, "$1!") ?? null;

/** ExcelJS reads conditional formats back but its typings do not declare where it keeps them. */
const cfOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings
    .map((cf) => cf.rules)
    .flat();

describe("renderXlsx", () => {
  it("writes the plan's formulas with cached results, constants, styles, formats, widths and freeze panes", async () => {
    const plan = samplePlan();
    const workbook = await readBack(plan);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inputs", "Capex", "Checks"]);
    for (const { sheet, row, column, cell } of planCells(plan)) {
      const value = workbook.getWorksheet(sheet)!.getCell(row, column).value;
      if (isFormulaCell(cell)) expect(value).toEqual({ formula: displayFormula(plan, cell), result: cell.value });
      else expect(value).toEqual(cell);
    }
    const inputs = workbook.getWorksheet("Inputs")!;
    expect(inputs.getCell("C3").font.color?.argb).toBe(toArgb(STYLES.input.fontColor));
    expect(inputs.getCell("C3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(inputs.getCell("C4").numFmt).toBe("0.0%");
    expect(inputs.getColumn(1).width).toBe(30);
    expect(inputs.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(inputs.properties.tabColor).toEqual({ argb: "FF0000FF" });
    const capex = workbook.getWorksheet("Capex")!;
    expect(capex.getCell("B3").font.color?.argb).toBe(toArgb(STYLES.link.fontColor));
    expect(capex.getCell("B2").border.bottom).toMatchObject({ style: "double" });
    expect(capex.getCell("C1").numFmt).toBe("0");
  });

  it("writes tables, defined names and conditional formats", async () => {
    const workbook = await readBack(samplePlan());
    const inputs = workbook.getWorksheet("Inputs")!;
    const table = inputs.getTable("Sources") as unknown as { table: { ref: string; tableRef?: string } };
    expect(table).toBeDefined();
    expect(inputs.getCell("A8").value).toBe("Provider");
    expect(inputs.getCell("C9")).toMatchObject({ value: 1.5, numFmt: "0.00" });
    expect(workbook.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: "Capex_Total", ranges: ["Inputs!$C$3"] },
        { name: "Growth_Rate", ranges: ["Inputs!$C$4"] },
      ]),
    );
    const checks = workbook.getWorksheet("Checks")!;
    const rule = cfOf(checks)[0] as ExcelJS.CellIsRuleType;
    expect(rule).toMatchObject({ type: "cellIs", operator: "equal", formulae: ['"never"'] });
    const capex = workbook.getWorksheet("Capex")!;
    expect(cfOf(capex)[0].type).toBe("colorScale");
  });

  it("never turns text into a formula, in blocks or table rows", async () => {
    const workbook = await readBack(samplePlan());
    const inputs = workbook.getWorksheet("Inputs")!;
    expect(inputs.getCell("C5")).toMatchObject({ value: HOSTILE[0], type: ExcelJS.ValueType.String });
    const notes = Array.from({ length: HOSTILE.length - 1 }, (_, i) => inputs.getCell(`B${9 + i}`));
    // XML turns a bare carriage return into a line feed on reading; the text stays text, which is what matters.
    expect(notes.map((c) => c.value)).toEqual(HOSTILE.slice(1).map((h) => h.replace(/\r/g, "\n")));
    expect(notes.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
  });

  it("matches the Office.js build cell for cell", async () => {
    const plan = samplePlan();
    const workbook = await readBack(plan);
    const excel = new ExcelDouble();
    await excel.run((context: ContextDouble) =>
      renderPlanToWorkbook(asExcelContext(context), (names) => samplePlan(names)),
    );
    for (const sheetPlan of plan.sheets) {
      const xlsx = workbook.getWorksheet(sheetPlan.name)!;
      const office = excel.sheet(sheetPlan.name);
      const covered = [...sheetPlan.blocks.map((b) => b.anchor), ...sheetPlan.formats.map((f) => f.range)];
      for (const range of covered) {
        const rect = parseRect(range.includes(":") ? range : `${range}:${range}`);
        for (let i = 0; i < rect.rows; i++) {
          for (let j = 0; j < rect.columns; j++) {
            const a = xlsxCell(xlsx, rect.top + i + 1, rect.left + j + 1);
            const b = excel.model.peek(office, rect.top + i, rect.left + j);
            const where = `${sheetPlan.name}!${a.address}`;
            const value = a.value as ExcelJS.CellValue;
            const formula =
              value !== null && typeof value === "object" && "formula" in value ? `=${value.formula}` : null;
            expect([where, unquote(b?.formula ?? null)]).toEqual([where, unquote(formula)]);
            if (formula === null) expect([where, b?.value ?? null]).toEqual([where, value]);
            expect([where, b?.numberFormat ?? "General"]).toEqual([where, a.numFmt ?? "General"]);
            expect([where, b?.format.fontColor ?? "#000000"]).toEqual([
              where,
              a.font?.color?.argb ? `#${a.font.color.argb.slice(2)}` : "#000000",
            ]);
            expect([where, b?.format.bold ?? false]).toEqual([where, a.font?.bold ?? false]);
          }
        }
      }
    }
  });

  it("carries cached results that HyperFormula reproduces from the read-back formulas (real plan, base preset)", async () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    const workbook = await readBack(plan);
    const hf = evaluateWithHyperFormula(workbook);
    const sheetIds = new Map(workbook.worksheets.map((s) => [s.name, hf.getSheetId(s.name)!]));
    let checked = 0;
    for (const { sheet, row, column, cell } of planCells(plan)) {
      if (!isFormulaCell(cell)) continue;
      const computed = hf.getCellValue({ sheet: sheetIds.get(sheet)!, row: row - 1, col: column - 1 });
      const where = `${sheet}!R${row}C${column}: ${cell.formula}`;
      if (typeof cell.value === "number") {
        expect([where, typeof computed]).toEqual([where, "number"]);
        expect(Math.abs((computed as number) - cell.value)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, Math.abs(cell.value)),
        );
      } else {
        expect([where, computed]).toEqual([where, cell.value ?? 0]);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
    hf.destroy();
  });
});
