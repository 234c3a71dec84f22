import type * as ExcelJSNamespace from "exceljs";
import {
  cellText,
  guardedPrint,
  NOT_A_NUMBER_ERROR,
  parseCell,
  parseRect,
  quoteSheetName,
  type Rect,
} from "./cell-text";
import {
  isFormulaCell,
  isPlanError,
  type ConditionalFormatPlan,
  type PlanError,
  type PlanCell,
  type PlanValue,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from "./plan-types";
import { planSheetNames, sheetRefResolver } from "./sheet-ref";
import { STYLES, toArgb, type BorderLine, type CellStyle } from "./styles";
import { applyXlsxPrint } from "./print";
import { addXlsxCharts } from "./xlsx-charts";

/**
 * Renders a workbook plan into an .xlsx file with ExcelJS.
 *
 * ExcelJS is passed in rather than imported so that the task pane can load it lazily, as its own chunk, only when
 * the user asks for a file (`renderXlsx(plan, await import("exceljs"))`); the CLI passes the Node module.
 *
 * The plan's symbolic sheet references are resolved once, to the plan's display names, as each formula is written.
 *
 * Formula cells carry the finance core's value as their cached result, so the file shows numbers before (or
 * without) recalculation: in viewers that never calculate, and in Excel until it recalculates on open. ExcelJS cannot
 * write charts: `addXlsxCharts` adds them to the package it wrote.
 */

export type ExcelJSModule = Pick<typeof ExcelJSNamespace, "Workbook">;

type Worksheet = ExcelJSNamespace.Worksheet;
type Cell = ExcelJSNamespace.Cell;

export async function renderXlsx(plan: WorkbookPlan, exceljs: ExcelJSModule): Promise<Buffer | ArrayBuffer> {
  const workbook = buildXlsxWorkbook(plan, exceljs);
  return addXlsxCharts(plan, (await workbook.xlsx.writeBuffer()) as Buffer | ArrayBuffer);
}

/** The ExcelJS workbook for a plan, before serialisation (the benchmark times the two steps apart). */
export function buildXlsxWorkbook(plan: WorkbookPlan, exceljs: ExcelJSModule): ExcelJSNamespace.Workbook {
  const workbook = new exceljs.Workbook();
  workbook.creator = "Cloud Capex add-in";
  workbook.title = cellText(plan.title);
  // Excel recalculates everything on open, so the cached results never go stale in Excel itself.
  workbook.calcProperties = { fullCalcOnLoad: true };

  const nameOf = planSheetNames(plan);
  const resolve = sheetRefResolver(nameOf);
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, resolve);
  for (const name of plan.names) {
    workbook.definedNames.add(`${quoteSheetName(nameOf(name.sheet))}!${name.range}`, name.name);
  }
  return workbook;
}

function writeSheet(workbook: ExcelJSNamespace.Workbook, plan: SheetPlan, resolve: (formula: string) => string): void {
  const sheet = workbook.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: toArgb(plan.tabColor) } } : {},
    views: plan.freeze ? [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }] : [],
  });
  for (const { column, width } of plan.columnWidths) sheet.getColumn(column).width = width;
  for (const block of plan.blocks) {
    const { row, column } = parseCell(block.anchor);
    block.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => writeCell(sheet.getCell(row + i + 1, column + j + 1), cell, resolve)),
    );
  }
  // Tables write their own cells, after the blocks, as in the Office.js renderer.
  for (const table of plan.tables) writeTable(sheet, table);
  for (const format of plan.formats) {
    const rect = parseRect(format.range);
    eachCell(sheet, rect, (cell) => {
      if (format.style) applyStyle(cell, STYLES[format.style]);
      if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
    });
  }
  for (const cf of plan.conditionalFormats) sheet.addConditionalFormatting(conditionalFormat(cf));
  for (const validation of plan.validations ?? []) {
    sheet.getCell(validation.range).dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: [validation.list],
      showInputMessage: true,
      prompt: validation.prompt.slice(0, 255),
      showErrorMessage: true,
      errorStyle: "stop",
      error: validation.error.slice(0, 255),
    };
  }
  if (plan.print) applyXlsxPrint(sheet, guardedPrint(plan.print));
}

function writeCell(cell: Cell, planCell: PlanCell, resolve: (formula: string) => string): void {
  if (isFormulaCell(planCell)) {
    const formula = resolve(planCell.formula);
    cell.value =
      planCell.value === null
        ? { formula, date1904: false }
        : ({ formula, result: cachedResult(planCell.value), date1904: false } as ExcelJSNamespace.CellFormulaValue);
    return;
  }
  cell.value = constant(planCell);
}

/** A formula's cached result: a constant, or the error it returns on purpose (#N/A, which charts leave as a gap). */
function cachedResult(value: PlanValue | PlanError): ExcelJSNamespace.CellValue {
  return isPlanError(value) ? ({ error: value.error } as ExcelJSNamespace.CellErrorValue) : constant(value);
}

/**
 * Text as the .xlsx holds it: through the text guard (well-formed XML, at most 32,767 characters), and with OOXML's
 * own escape "_xHHHH_" escaped in turn ("_x005F_" is "_"), so that a text such as "_x0041_" is read back as written and
 * not as "A".
 */
function xlsxText(text: string): string {
  return cellText(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

/**
 * A constant as ExcelJS stores it. ExcelJS writes every JavaScript string as a string cell and only writes a formula
 * for a `{ formula }` value, so text from the plan can never become a formula here (the tests read this back). A
 * number that is not finite is written as Excel's #NUM! error, never as NaN or Infinity.
 */
function constant(value: PlanValue): ExcelJSNamespace.CellValue {
  if (typeof value === "string") return xlsxText(value);
  if (typeof value === "number" && !Number.isFinite(value))
    return { error: NOT_A_NUMBER_ERROR } as ExcelJSNamespace.CellErrorValue;
  return value;
}

function writeTable(sheet: Worksheet, table: TablePlan): void {
  sheet.addTable({
    name: table.name,
    ref: table.anchor,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJSNamespace.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.headers.map((name) => ({ name: xlsxText(name), filterButton: true })),
    rows: table.rows.map((row) => row.map((value) => constant(value))),
  });
  const { row, column } = parseCell(table.anchor);
  table.headers.forEach((header, j) => {
    const numberFormat = table.numberFormats?.[header];
    if (numberFormat === undefined) return;
    for (let i = 0; i < table.rows.length; i++) sheet.getCell(row + 2 + i, column + j + 1).numFmt = numberFormat;
  });
}

function eachCell(sheet: Worksheet, rect: Rect, fn: (cell: Cell) => void): void {
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.columns; j++) fn(sheet.getCell(rect.top + i + 1, rect.left + j + 1));
  }
}

function border(line: BorderLine): Partial<ExcelJSNamespace.Border> {
  return { style: line.weight, color: { argb: toArgb(line.color) } };
}

/** Font and fill replace what was there; borders add up (see styles.ts). */
function applyStyle(cell: Cell, style: CellStyle): void {
  cell.font = {
    name: "Calibri",
    size: style.fontSize,
    bold: style.bold,
    italic: style.italic,
    color: { argb: toArgb(style.fontColor) },
  };
  cell.fill =
    style.fill === null
      ? { type: "pattern", pattern: "none" }
      : { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  const borders = { ...(cell.border ?? {}) };
  if (style.borders.top) borders.top = border(style.borders.top);
  if (style.borders.bottom) borders.bottom = border(style.borders.bottom);
  if (style.borders.left) borders.left = border(style.borders.left);
  if (style.borders.right) borders.right = border(style.borders.right);
  if (Object.keys(borders).length > 0) cell.border = borders;
}

function conditionalFormat(cf: ConditionalFormatPlan): ExcelJSNamespace.ConditionalFormattingOptions {
  if (cf.kind === "threeColorScale") {
    return {
      ref: cf.range,
      rules: [
        {
          type: "colorScale",
          priority: 1,
          cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
          color: cf.colors.map((c) => ({ argb: toArgb(c) })),
        },
      ],
    };
  }
  return {
    ref: cf.range,
    rules: [
      {
        type: "cellIs",
        priority: 1,
        operator: "equal",
        formulae: [`"${cf.text.replace(/"/g, '""')}"`],
        style: {
          font: { color: { argb: toArgb(cf.fontColor) } },
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(cf.fill) } },
        },
      },
    ],
  };
}
