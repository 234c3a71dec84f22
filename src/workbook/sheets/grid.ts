import type { ColumnWidthPlan } from "../plan-types";
import { columnName } from "../cell-text";

/**
 * The grid every sheet shares (FAST: the same columns on every sheet, one timeline per calculation sheet in the same
 * place): column roles, shared rows, and A1 addresses built from them.
 */

/** Column roles, 1-based. Constants live in C, row totals in D, the timeline from F; E stays blank on timeline rows. */
export const COL = { label: 1, unit: 2, constant: 3, total: 4, note: 5, firstPeriod: 6 } as const;

/**
 * Rows shared by every sheet: title, master-check link, the active scenario's name, and the timeline header of
 * calculation sheets. Rows 1 to 3 (or 5) are the print titles, so every printed page says which scenario it shows.
 */
export const ROW = { title: 1, masterCheck: 2, activeScenario: 3, year: 4, period: 5, firstContent: 7 } as const;

/** 1-based column index to letters: 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  return columnName(index - 1);
}

/** "C9", or "$C$9" when absolute. */
export function cell(col: number, row: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

/** The column of timeline period k (0-based). */
export function periodColumn(k: number): number {
  return COL.firstPeriod + k;
}

/** The model year number (1, 2, …) of a timeline column, from the sheet's own timeline header. */
export function periodNumberRef(p: { readonly col: string }): string {
  return `${p.col}$${ROW.period}`;
}

/** The full-width address of timeline row `row`, e.g. "$F$9:$O$9". */
export function timelineRange(row: number, horizon: number, absolute = true): string {
  return `${cell(COL.firstPeriod, row, absolute)}:${cell(periodColumn(horizon - 1), row, absolute)}`;
}

/** The master check's cell on the Checks sheet; every other sheet links to it in row 2. */
export const MASTER_CHECK_CELL = cell(COL.constant, ROW.masterCheck, true);

/** The Inputs sheet's scenario selector (`ActiveScenario`); every sheet shows what it holds in row 3. */
export const ACTIVE_SCENARIO_SELECTOR_ROW = ROW.firstContent + 2;
export const ACTIVE_SCENARIO_CELL = cell(COL.constant, ACTIVE_SCENARIO_SELECTOR_ROW, true);

/** Standard column widths: label, unit, constant, total, note, then the timeline. */
export function standardWidths(horizon: number, noteWidth = 2, labelWidth = 44): ColumnWidthPlan[] {
  const widths: ColumnWidthPlan[] = [
    { column: COL.label, width: labelWidth },
    { column: COL.unit, width: 12 },
    { column: COL.constant, width: 16 },
    { column: COL.total, width: 14 },
    { column: COL.note, width: noteWidth },
  ];
  for (let k = 0; k < horizon; k++) widths.push({ column: periodColumn(k), width: 12 });
  return widths;
}
