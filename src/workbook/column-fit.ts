import { parseCell, parseRect } from "./cell-text";
import { isFormulaCell, type ColumnWidthPlan, type SheetPlan, type WorkbookPlan } from "./plan-types";
import { DEFAULT_FONT_SIZE, STYLES } from "./styles";

/**
 * Column widths wide enough for the numbers in them, derived in one place for every sheet: each number the plan
 * caches is formatted in its cell's number format, measured, and its column widened where the text would not fit.
 * A spreadsheet shows a number that does not fit as "###" (text is only cut off), so a printed or PDF'd model with
 * the sheets' standard widths (12 characters a year) showed "###" for 126.67 RMB bn on Capex, Cloud, Payback,
 * Earnings, Sensitivity and Risk. Widths only grow: a sheet's own widths stay where its numbers fit.
 */

/**
 * Width of a character in Excel's width unit (the default font's digit), for Calibri and for what LibreOffice puts in
 * its place where Calibri is missing (DejaVu Sans here), whichever is wider. Calibrated on LibreOffice's PDF at
 * width 12: "84.44 RMB bn" (11.6 by this table) and "-10.21 RMB bn" (12.2) fit, "126.67 RMB bn" (12.6) showed "###".
 */
function characterWidth(ch: string): number {
  if (/[0-9]/.test(ch)) return 1;
  if (/[.,:;'|!iljI ]/.test(ch)) return 0.5;
  if (ch === "-" || ch === "(" || ch === ")") return 0.6;
  if (ch === "%") return 1.5;
  if (/[MW]/.test(ch)) return 1.6;
  if (/[mw]/.test(ch)) return 1.5;
  if (/[A-Z]/.test(ch)) return 1.25;
  if (/[rtf]/.test(ch)) return 0.7;
  return 1;
}

/** The text's width in digits. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += characterWidth(ch);
  return width;
}

/** Room a number needs beside its text before it turns into "###" (the cell's margins, measured as above). */
const MARGIN = 0.8;

/** `format`'s sections, split at ";" outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  return [...out, current];
}

function digits(value: number, decimals: number, grouped: boolean): string {
  const [whole, fraction] = value.toFixed(decimals).split(".");
  const groupedWhole = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return fraction === undefined ? groupedWhole : `${groupedWhole}.${fraction}`;
}

/**
 * A number as a spreadsheet shows it in one of the plan's number formats ("#,##0.00 "RMB bn"", "0.0%", "0.0E+00"),
 * or undefined for a format this does not read (General and text, which are shown narrower rather than as "###").
 */
export function formattedNumber(value: number, format: string): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const parts = sections(format);
  const negativeSection = value < 0 && parts.length > 1;
  const section = negativeSection ? parts[1] : parts[0];
  const numeric = /[0#?][0#?,]*(?:\.[0#?]*)?(?:E[+-][0#]+)?/.exec(
    section.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)),
  );
  if (numeric === null || /General|@/i.test(section)) return undefined;
  const run = numeric[0];
  const percent = section.replace(/"[^"]*"/g, "").includes("%");
  const decimals = (/\.([0#?]*)/.exec(run)?.[1] ?? "").length;
  const magnitude = Math.abs(value) * (percent ? 100 : 1);
  const body = /E[+-]/.test(run)
    ? magnitude
        .toExponential(decimals)
        .replace(/e([+-])(\d+)$/, (_, sign: string, exp: string) => `E${sign}${exp.padStart(2, "0")}`)
    : digits(magnitude, decimals, run.includes(","));
  const text = section.slice(0, numeric.index) + body + section.slice(numeric.index + run.length);
  const sign = value < 0 && !negativeSection ? "-" : "";
  return sign + text.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
}

interface CellLook {
  numberFormat?: string;
  /** How much wider than the default font the cell's font sets a text (size, and bold). */
  scale: number;
}

/**
 * Bold text is wider: LibreOffice showed bold "126.67 RMB bn" at width 14 and "###" at 13, where the regular one
 * fits at 13 (and bold "-259.48 RMB bn" at 15, "1,234.56 RMB bn" at 16).
 */
const BOLD_SCALE = 1.1;

/** Each formatted cell's number format and font scale, later formats over earlier ones, keyed "row:column". */
function looks(sheet: SheetPlan): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const format of sheet.formats) {
    const rect = parseRect(format.range);
    const style = format.style === undefined ? undefined : STYLES[format.style];
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.columns; c++) {
        const key = `${rect.top + r}:${rect.left + c}`;
        const look = out.get(key) ?? { scale: 1 };
        if (format.numberFormat !== undefined) look.numberFormat = format.numberFormat;
        if (style) look.scale = (style.fontSize / DEFAULT_FONT_SIZE) * (style.bold ? BOLD_SCALE : 1);
        out.set(key, look);
      }
    }
  }
  return out;
}

/** The width each column's numbers need (1-based columns), from the blocks' cached values and the tables' rows. */
export function neededWidths(sheet: SheetPlan): Map<number, number> {
  const cellLooks = looks(sheet);
  const needed = new Map<number, number>();
  const need = (column: number, value: unknown, format: string | undefined, scale: number) => {
    if (typeof value !== "number" || format === undefined) return;
    const text = formattedNumber(value, format);
    if (text === undefined) return;
    const width = Math.ceil((textWidth(text) * scale + MARGIN) * 4) / 4;
    if (width > (needed.get(column + 1) ?? 0)) needed.set(column + 1, width);
  };
  for (const block of sheet.blocks) {
    const at = parseCell(block.anchor);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const look = cellLooks.get(`${at.row + r}:${at.column + c}`);
        need(at.column + c, isFormulaCell(cell) ? cell.value : cell, look?.numberFormat, look?.scale ?? 1);
      }),
    );
  }
  for (const table of sheet.tables) {
    const at = parseCell(table.anchor);
    table.headers.forEach((header, c) => {
      const format = table.numberFormats?.[header];
      table.rows.forEach((row) => need(at.column + c, row[c], format, 1));
    });
  }
  return needed;
}

/** The sheet with each column at least as wide as its numbers need. */
export function withFittedWidths(sheet: SheetPlan): SheetPlan {
  const needed = neededWidths(sheet);
  const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.width]));
  // Excel's standard width: a column the sheet leaves alone is this wide.
  const STANDARD = 8.43;
  for (const [column, width] of needed) widths.set(column, Math.max(widths.get(column) ?? STANDARD, width));
  const columnWidths: ColumnWidthPlan[] = [...widths]
    .sort(([a], [b]) => a - b)
    .map(([column, width]) => ({ column, width }));
  return { ...sheet, columnWidths };
}

export function withFittedPlanWidths(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map(withFittedWidths) };
}
