/**
 * The shared layout of every sheet, in four rooms: the grid (columns, rows, addresses), formats, the sheet-module
 * contract and the builder. Sheet modules import the room they need; this file gathers them for the plan and for
 * code outside the sheets.
 */
export { quoteSheetName } from "../cell-text";
export { AXIS_FMT, FMT, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK, paybackCellValue, TAB } from "./formats";
export {
  cell,
  COL,
  columnLetter,
  MASTER_CHECK_CELL,
  periodColumn,
  periodNumberRef,
  ROW,
  standardWidths,
  timelineRange,
} from "./grid";
export { formula, SheetBuilder, type PeriodRef, type TimelineRowSpec } from "./sheet-builder";
export { DEFAULT_SHEET_NAMES, type CheckSpec, type PlanContext, type SheetModule } from "./sheet-module";
