import {
  blockAddress,
  columnName,
  guardedPrint,
  officeConstant,
  officeFormula,
  parseCell,
  parseRect,
  rectAddress,
} from "../cell-text";
import {
  isFormulaCell,
  type ConditionalFormatPlan,
  type ListValidationPlan,
  type PlanCell,
  type SheetKey,
  type SheetPlan,
  type TablePlan,
} from "../plan-types";
import { addChart } from "../charts-office";
import { applyOfficePrint } from "../print";
import { sheetRefResolver } from "../sheet-ref";
import { STYLES, widthToPoints, type BorderLine, type CellStyle } from "../styles";

/**
 * Writes one sheet of the plan into a worksheet with Office.js: queued only, the caller syncs. Each block is one 2-D
 * write; text goes through the text guard (`officeConstant`), formulas are the plan's with every symbolic sheet
 * reference resolved once, by `sheetName`, to the name the sheet has while the build runs.
 */

export interface SheetTargets {
  /** The name a sheet of the plan has while this build writes (formulas are resolved to it). */
  readonly sheetName: (key: SheetKey) => string;
  /** The worksheet a sheet of the plan is being written to (chart ranges are taken from it). */
  readonly worksheet: (key: SheetKey) => Excel.Worksheet;
  /** The name a table of the plan has while this build writes. */
  readonly tableName: (planName: string) => string;
}

export function writeSheet(ws: Excel.Worksheet, sheet: SheetPlan, targets: SheetTargets): void {
  const resolve = sheetRefResolver(targets.sheetName);
  const entry = (cell: PlanCell) => (isFormulaCell(cell) ? officeFormula(resolve(cell.formula)) : officeConstant(cell));

  for (const { column, width } of sheet.columnWidths) {
    const letters = columnName(column - 1);
    ws.getRange(`${letters}:${letters}`).format.columnWidth = widthToPoints(width);
  }
  for (const block of sheet.blocks) {
    if (block.cells.length === 0 || block.cells[0].length === 0) continue;
    ws.getRange(blockAddress(block.anchor, block.cells.length, block.cells[0].length)).formulas = block.cells.map(
      (row) => row.map(entry),
    );
  }
  for (const table of sheet.tables) writeTable(ws, table, targets.tableName(table.name));
  for (const format of sheet.formats) {
    const range = ws.getRange(format.range);
    if (format.style) applyStyle(range, STYLES[format.style], parseRect(format.range));
    if (format.numberFormat !== undefined) {
      const rect = parseRect(format.range);
      const numberFormat = format.numberFormat;
      range.numberFormat = Array.from({ length: rect.rows }, () =>
        Array.from({ length: rect.columns }, () => numberFormat),
      );
    }
  }
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(rectAddress({ top: 0, left: 0, rows, columns })));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(columns);
  }
  for (const cf of sheet.conditionalFormats) addConditionalFormat(ws, cf);
  for (const chart of sheet.charts) addChart(ws, chart, targets.worksheet);
  for (const validation of sheet.validations ?? []) addListValidation(ws, validation);
  if (sheet.print) applyOfficePrint(ws, guardedPrint(sheet.print));
}

/** A drop-down list; titles stay within Excel's 32 characters, messages within its 255. */
function addListValidation(ws: Excel.Worksheet, validation: ListValidationPlan): void {
  const { dataValidation } = ws.getRange(validation.range);
  dataValidation.rule = { list: { inCellDropDown: true, source: `=${validation.list}` } };
  dataValidation.prompt = { showPrompt: true, title: "", message: validation.prompt.slice(0, 255) };
  dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "",
    message: validation.error.slice(0, 255),
  };
}

function writeTable(ws: Excel.Worksheet, table: TablePlan, tempName: string): void {
  const { row, column } = parseCell(table.anchor);
  const width = table.headers.length;
  // Header and rows in one write, guarded like any text; the table is then laid over them.
  const address = blockAddress(table.anchor, table.rows.length + 1, width);
  ws.getRange(address).formulas = [table.headers.map(officeConstant), ...table.rows.map((r) => r.map(officeConstant))];
  const created = ws.tables.add(address, true);
  created.name = tempName;
  created.style = table.style;
  table.headers.forEach((header, j) => {
    const numberFormat = table.numberFormats?.[header];
    if (numberFormat === undefined || table.rows.length === 0) return;
    const body = rectAddress({ top: row + 1, left: column + j, rows: table.rows.length, columns: 1 });
    ws.getRange(body).numberFormat = table.rows.map(() => [numberFormat]);
  });
}

function setBorder(
  range: Excel.Range,
  edge: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical",
  line: BorderLine,
): void {
  const border = range.format.borders.getItem(edge);
  if (line.weight === "double") {
    border.style = "Double";
  } else {
    border.style = "Continuous";
    border.weight = line.weight === "medium" ? "Medium" : "Thin";
  }
  border.color = line.color;
}

/**
 * Font and fill replace what was there; borders add up, and belong to every cell of the range (as in ExcelJS), so
 * the lines between cells are drawn too.
 */
function applyStyle(range: Excel.Range, style: CellStyle, rect: { rows: number; columns: number }): void {
  const font = range.format.font;
  font.color = style.fontColor;
  font.bold = style.bold;
  font.italic = style.italic;
  font.size = style.fontSize;
  if (style.fill === null) range.format.fill.clear();
  else range.format.fill.color = style.fill;
  const { top, bottom, left, right } = style.borders;
  if (top) setBorder(range, "EdgeTop", top);
  if (bottom) setBorder(range, "EdgeBottom", bottom);
  if (left) setBorder(range, "EdgeLeft", left);
  if (right) setBorder(range, "EdgeRight", right);
  const horizontal = bottom ?? top;
  const vertical = right ?? left;
  if (rect.rows > 1 && horizontal) setBorder(range, "InsideHorizontal", horizontal);
  if (rect.columns > 1 && vertical) setBorder(range, "InsideVertical", vertical);
}

function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const range = ws.getRange(cf.range);
  if (cf.kind === "threeColorScale") {
    const format = range.conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { type: "LowestValue", color: cf.colors[0] },
      midpoint: { formula: "50", type: "Percentile", color: cf.colors[1] },
      maximum: { type: "HighestValue", color: cf.colors[2] },
    };
    return;
  }
  const format = range.conditionalFormats.add("CellValue");
  format.cellValue.format.font.color = cf.fontColor;
  format.cellValue.format.fill.color = cf.fill;
  format.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
}
