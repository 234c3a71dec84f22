import type { PlanValue, PrintPlan } from "./plan-types";

/**
 * What goes into a cell, shared by both renderers: A1 addressing, and the guard that keeps text as text.
 *
 * Text in a plan can come from a downloaded dataset, so it must never turn into a formula (spreadsheet formula
 * injection: "=HYPERLINK(...)", "=WEBSERVICE(...)", DDE payloads). Excel reads an entry as a formula when it starts
 * with "=", and also with "+", "-" or "@"; a leading tab or carriage return is how such payloads get past naive
 * filters, and Excel in East Asian locales treats full-width "＝" like "=". Office.js writes constants through
 * `range.formulas`, which Excel reads as typed entries, so such text gets a leading apostrophe, which Excel keeps as
 * "this is text" and does not store in the value. ExcelJS writes strings as string cells, which are never formulas.
 */

const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\n", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/** True when Excel would read this text as a formula if typed or written through `range.formulas`. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]);
}

const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s./-]*\d/i;

/**
 * True when Excel would store this text as something else if it were typed: a formula, but also a number, date,
 * time, percentage, boolean or error ("1e5", "(5)", "1/2", "Mar 2025", "TRUE", "#N/A"), or lose a leading
 * apostrophe. Such text is written with an apostrophe so that the cell holds exactly the plan's string.
 */
export function needsTextPrefix(text: string): boolean {
  if (text.length === 0) return false;
  if (isFormulaLike(text) || text.startsWith("'") || text.startsWith("#")) return true;
  if (/^\s/.test(text) || /^(true|false)$/i.test(text.trim())) return true;
  if (!/[A-Za-z]/.test(text) || /^[\d(.$€£¥]/.test(text)) return true;
  return MONTH_START.test(text);
}

// ---------------------------------------------------------------- the one boundary for text and numbers

/** Excel's limit on the characters in one cell; longer text makes Excel refuse or repair the file. */
export const MAX_CELL_TEXT_LENGTH = 32_767;

/** Marks text cut to fit a cell. */
const CUT_MARK = "…";

/**
 * Characters XML 1.0 forbids, which make every part that holds them unreadable: C0 controls other than tab, line feed
 * and carriage return, U+FFFE and U+FFFF, and surrogates without their other half.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as it may go into a cell (or any part of a file): characters XML 1.0 forbids dropped, and cut with "…" to
 * Excel's 32,767 characters. Every string of a plan passes here in both renderers, whoever made it (a scenario, a
 * downloaded dataset, a translation), so that a written file is always well-formed and Excel always opens it.
 */
export function cellText(text: string, max = MAX_CELL_TEXT_LENGTH): string {
  const clean = text.replace(XML_ILLEGAL, "");
  if (clean.length <= max) return clean;
  let end = max - CUT_MARK.length;
  // Never cut a surrogate pair in two.
  const code = clean.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return clean.slice(0, end) + CUT_MARK;
}

/** A print setup with its header and footer texts through the text guard (they hold the scenario's name). */
export function guardedPrint(print: PrintPlan): PrintPlan {
  const guard = (part: PrintPlan["header"]) => ({
    left: cellText(part.left),
    center: cellText(part.center),
    right: cellText(part.right),
  });
  return { ...print, header: guard(print.header), footer: guard(print.footer) };
}

/** What a cell holds instead of a number that is not finite: the error Excel itself gives for an overflow. */
export const NOT_A_NUMBER_ERROR = "#NUM!";

/** A constant as Office.js must write it into `range.formulas` so that Excel stores exactly this value. */
export function officeConstant(value: PlanValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") {
    const text = cellText(value);
    return needsTextPrefix(text) ? `'${text}` : text;
  }
  // Never NaN or Infinity in a cell: Excel would show 65535 or refuse the write; its typed "#NUM!" is the error.
  if (typeof value === "number" && !Number.isFinite(value)) return NOT_A_NUMBER_ERROR;
  return value;
}

/** A plan formula (written without "=") as Office.js writes it. */
export function officeFormula(formula: string): string {
  return `=${formula}`;
}

// ---------------------------------------------------------------- A1 addressing

export interface CellRef {
  /** 0-based. */
  readonly row: number;
  /** 0-based. */
  readonly column: number;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** 0-based column index to letters: 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function parseCell(address: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Expected a cell address like "B4", got "${address}"`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

export function parseRect(range: string): Rect {
  const [a, b = a] = range.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  const top = Math.min(p.row, q.row);
  const left = Math.min(p.column, q.column);
  return { top, left, rows: Math.abs(q.row - p.row) + 1, columns: Math.abs(q.column - p.column) + 1 };
}

export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cellAddress(rect.top + rect.rows - 1, rect.left + rect.columns - 1)}`;
}

/** The range a block of `rows` × `columns` cells covers from its top-left anchor. */
export function blockAddress(anchor: string, rows: number, columns: number): string {
  const { row, column } = parseCell(anchor);
  return rectAddress({ top: row, left: column, rows, columns });
}

/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

/** A sheet name as formulas and references write it; quoting is always allowed, so always quote. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'Capex'!E10:N10" (or "Capex!E10") into sheet name and local range. */
export function splitSheetRange(reference: string): { sheet: string; range: string } {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) throw new Error(`Expected a sheet-qualified range like "'Capex'!E10:N10", got "${reference}"`);
  let sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: reference.slice(bang + 1).replace(/\$/g, "") };
}
