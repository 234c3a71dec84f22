/**
 * The declarative workbook plan: everything a renderer needs to write the model, and nothing about how.
 * The plan is built once from a scenario (and the benchmark dataset) and rendered twice: by Office.js into the open
 * workbook and by ExcelJS into an .xlsx file. Renderers must not add content of their own beyond what the plan says
 * (charts are drawn by each renderer from the same `ChartPlan`: Office.js natively, the .xlsx writer as DrawingML parts).
 *
 * Addresses are A1-style without sheet ("B4", "B4:M20"); formulas are written without the leading "=" and use only
 * functions that Excel 2016 and LibreOffice Calc both compute. Formulas and chart ranges refer to other sheets
 * symbolically, by key ("⟦inputs⟧!$C$5", made by `sheetRef` in sheet-ref.ts), never by display name: each renderer
 * resolves them once, to the names it writes.
 */

/** A constant. Text is always written as text, never interpreted as a formula (see `FormulaCell`). */
export type PlanValue = number | string | boolean | null;

/**
 * An error a formula returns on purpose. Only "#N/A": a figure the dataset lacks, which charts leave as a gap (a text
 * such as "" is plotted as 0 by a line chart, and a missing quarter read as 0% growth).
 */
export interface PlanError {
  readonly error: "#N/A";
}

export const NOT_AVAILABLE: PlanError = { error: "#N/A" };

export function isPlanError(value: unknown): value is PlanError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A live formula and the value the finance core computed for it, which the .xlsx carries as the cached result. */
export interface FormulaCell {
  readonly formula: string;
  readonly value: PlanValue | PlanError;
}

export type PlanCell = PlanValue | FormulaCell;

export function isFormulaCell(cell: PlanCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** A rectangle of cells written in one go (one 2-D array in Office.js). All rows have the same length. */
export interface BlockPlan {
  readonly anchor: string;
  readonly cells: readonly (readonly PlanCell[])[];
}

/**
 * The closed set of cell styles; `styles.ts` says what each looks like. FAST / industry conventions: inputs in blue
 * font on pale yellow, calculations in black, links to other sheets in green, checks shown red/green.
 */
export type StyleName =
  | "title"
  | "subtitle"
  | "heading"
  | "label"
  | "unit"
  | "note"
  | "input"
  | "calculation"
  | "link"
  | "output"
  | "check"
  | "timeline"
  | "tableHeader";

/** Formatting laid over a range: a style, a number format (units live in number formats and the units column), or both. */
export interface FormatPlan {
  readonly range: string;
  readonly style?: StyleName;
  readonly numberFormat?: string;
}

export interface ColumnWidthPlan {
  /** 1-based column index (A = 1). */
  readonly column: number;
  /** Width in characters, as Excel's column width. */
  readonly width: number;
}

/** An Excel table whose cells the table itself writes (header row, then the rows). */
export interface TablePlan {
  readonly name: string;
  /** Top-left cell of the header row. */
  readonly anchor: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanValue[])[];
  readonly style: string;
  /** Number format per header, where the column needs one. */
  readonly numberFormats?: Readonly<Record<string, string>>;
}

export type ConditionalFormatPlan =
  | {
      readonly kind: "threeColorScale";
      readonly range: string;
      /** Fill colours for the lowest, middle and highest values, "#RRGGBB". */
      readonly colors: readonly [string, string, string];
    }
  | {
      /** Cells whose text equals `text` (for example "never") get this fill and font colour. */
      readonly kind: "textEquals";
      readonly range: string;
      readonly text: string;
      readonly fill: string;
      readonly fontColor: string;
    };

/**
 * A drop-down list on a cell: the value must be one of the cells of `list`, an absolute range on the same sheet
 * ("$F$12:$I$12"). `prompt` shows when the cell is selected, `error` when something else is typed.
 */
export interface ListValidationPlan {
  readonly range: string;
  readonly list: string;
  readonly prompt: string;
  readonly error: string;
}

export interface ChartSeriesPlan {
  readonly name: string;
  /** Symbolic sheet range of the values, for example `sheetRef("capex", "$F$10:$O$10")`. */
  readonly values: string;
  /** Drawn as markers without a line over the chart's bars or lines (a point to look at, such as the base case). */
  readonly marker?: boolean;
}

export interface ChartPlan {
  /** "bar" is horizontal bars (categories down the side, as a tornado); "stackedColumn" stacks the series. */
  readonly kind: "column" | "bar" | "line" | "stackedColumn";
  readonly title: string;
  /** Where the chart sits on its sheet, as a cell range it covers. */
  readonly position: string;
  /** Symbolic sheet range of the category labels (the timeline). */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  /**
   * Number format of the value axis's labels ("#,##0", "0%"), declared with the chart because the axis does not know
   * what its series hold: a share drawn with "#,##0" labels its axis −1, 0, 1. Both renderers write it.
   */
  readonly valueAxisFormat: string;
}

/** Stable identities of the sheets the add-in makes; display names can differ when a user's sheet has the name. */
export type SheetKey =
  | "cover"
  | "inputs"
  | "capex"
  | "cloud"
  | "payback"
  | "sensitivity"
  | "benchmarks"
  | "checks"
  | "dashboard"
  | "earnings"
  | "risk"
  | "tornado"
  | "scenarios";

/** How a sheet prints (derived in print.ts). Ranges are absolute: "$1:$5" rows, "$A:$E" columns. */
export interface PrintPlan {
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4";
  readonly fitToPagesWide: number;
  /** 0: as many pages tall as the sheet needs. */
  readonly fitToPagesTall: number;
  readonly titleRows?: string;
  readonly titleColumns?: string;
  /** What prints, where a sheet's working below its results would otherwise fill the pages: "$A$1:$N$40". */
  readonly area?: string;
  /** Left, centre and right parts, in Excel's header codes (&P page, &N pages, &D date, &A sheet). */
  readonly header: { readonly left: string; readonly center: string; readonly right: string };
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
}

export interface SheetPlan {
  readonly key: SheetKey;
  readonly name: string;
  readonly tabColor?: string;
  readonly columnWidths: readonly ColumnWidthPlan[];
  /** Rows and columns frozen at the top-left (timeline header and label columns). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly blocks: readonly BlockPlan[];
  readonly formats: readonly FormatPlan[];
  readonly tables: readonly TablePlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartPlan[];
  readonly validations?: readonly ListValidationPlan[];
  readonly print?: PrintPlan;
  /** The last row that prints (the rows below are working, such as the Payback sheet's IRR search); all by default. */
  readonly printThroughRow?: number;
}

/** A workbook-scoped defined name for a key input or output. */
export interface NamePlan {
  readonly name: string;
  readonly sheet: SheetKey;
  /** Absolute A1 range on that sheet, for example "$C$5". */
  readonly range: string;
  readonly comment: string;
}

export interface WorkbookPlan {
  readonly title: string;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
}
