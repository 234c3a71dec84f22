import type { BenchmarkDataset } from "../../benchmarks/schema";
import type { CaseInputs, CaseResult, PaybackOutcome } from "../../core/model";
import type { Scenario } from "../../scenario/types";
import type {
  BlockPlan,
  ChartPlan,
  ColumnWidthPlan,
  ConditionalFormatPlan,
  FormatPlan,
  FormulaCell,
  NamePlan,
  PlanCell,
  PlanValue,
  SheetKey,
  SheetPlan,
  StyleName,
  TablePlan,
} from "../plan-types";
import { columnName } from "../cell-text";

/**
 * The shared layout every sheet module follows (FAST: the same columns on every sheet, one timeline per calculation
 * sheet in the same place), and the small toolkit the modules use to write it. A new sheet is a new module that
 * imports this file and the row maps of the sheets it reads; no other module changes.
 */

export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  cover: "Cover",
  inputs: "Inputs",
  capex: "Capex",
  cloud: "Cloud",
  payback: "Payback",
  sensitivity: "Sensitivity",
  risk: "Risk",
  benchmarks: "Benchmarks",
  checks: "Checks",
  dashboard: "Dashboard",
};

/** Column roles, 1-based. Constants live in C, row totals in D, the timeline from F; E stays blank on timeline rows. */
export const COL = { label: 1, unit: 2, constant: 3, total: 4, note: 5, firstPeriod: 6 } as const;

/** Rows shared by every sheet: title, master-check link, and the timeline header of calculation sheets. */
export const ROW = { title: 1, masterCheck: 2, year: 4, period: 5, firstContent: 7 } as const;

/** Number formats, each carrying its unit so that a value read alone still says what it is. */
export const FMT = {
  rmbBn: '#,##0.00 "RMB bn"',
  usdBn: '#,##0.00 "USD bn"',
  rate: "0.0%",
  year: "0",
  years: '0.0 "years"',
  paybackYear: "0.00",
  fx: '0.0000 "CNY/USD"',
  weight: "0.0000",
  share: "0.0000",
  flag: "0",
  factor: "0.0000",
  count: "0",
} as const;

export const TAB = { cover: "#404040", inputs: "#FFC000", calc: "#5B9BD5", output: "#70AD47", checks: "#C00000" };

/** What payback shows when there is no year, as text so that readers and conditional formats can match it. */
export const NOT_WITHIN_HORIZON = "not within horizon";
export const NOTHING_TO_PAY_BACK = "nothing to pay back";

export function paybackCellValue(outcome: PaybackOutcome): PlanValue {
  if (outcome.kind === "year") return outcome.year;
  return outcome.kind === "notWithinHorizon" ? NOT_WITHIN_HORIZON : NOTHING_TO_PAY_BACK;
}

/** 1-based column index to letters: 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  return columnName(index - 1);
}

/** "C9", or "$C$9" when absolute. */
export function cell(col: number, row: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

export function periodColumn(k: number): number {
  return COL.firstPeriod + k;
}

/** Excel's own rule for quoting: always quoting is valid, and an apostrophe inside is doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A self-check the Checks sheet shows, contributed by the module whose cells it tests. */
export interface CheckSpec {
  readonly label: string;
  /** A formula returning TRUE when all is well. */
  readonly formula: string;
  /** What the finance core says it evaluates to. */
  readonly value: boolean;
  readonly note: string;
}

export interface PlanContext {
  readonly scenario: Scenario;
  readonly inputs: CaseInputs;
  readonly result: CaseResult;
  readonly dataset?: BenchmarkDataset;
  readonly horizon: number;
  /** The display name of a sheet, after the caller's renames. */
  sheetName(key: SheetKey): string;
  /** A reference to `address` on sheet `key`, for use in formulas and chart ranges. */
  ref(key: SheetKey, address: string): string;
  /** Whether every check passes: the value of the master check that each sheet links to. */
  readonly allChecksPass: boolean;
}

/** One sheet of the plan. `checks` and `names` are gathered from every module before any sheet is built. */
export interface SheetModule {
  readonly key: SheetKey;
  /** True for calculation sheets that carry the shared timeline (linked from Inputs) in rows 4-5. */
  readonly hasTimeline?: boolean;
  build(ctx: PlanContext): SheetPlan;
  names?(ctx: PlanContext): NamePlan[];
  checks?(ctx: PlanContext): CheckSpec[];
}

/** Column letters of timeline period k, the one before it, and its 0-based index, for writing a row's formula. */
export interface PeriodRef {
  readonly k: number;
  readonly col: string;
  readonly prev: string;
}

export interface TimelineRowSpec {
  readonly label: string;
  readonly unit: string;
  readonly formula: (p: PeriodRef) => string;
  readonly values: readonly PlanValue[];
  readonly style?: StyleName;
  readonly numberFormat?: string;
  /** Adds a row total in the total column (D): SUM across the timeline, cached as the sum of `values` (all numbers). */
  readonly total?: boolean;
  readonly constant?: PlanCell;
}

/** The model year number (1, 2, …) of a timeline column, from the sheet's own timeline header. */
export function periodNumberRef(p: { readonly col: string }): string {
  return `${p.col}$${ROW.period}`;
}

export function formula(text: string, value: PlanValue): FormulaCell {
  return { formula: text, value };
}

/** The full-width address of timeline row `row`, e.g. "$F$9:$O$9". */
export function timelineRange(row: number, horizon: number, absolute = true): string {
  return `${cell(COL.firstPeriod, row, absolute)}:${cell(periodColumn(horizon - 1), row, absolute)}`;
}

/** Collects cells by row and column, then cuts them into rectangular blocks of consecutive rows. */
export class SheetBuilder {
  private readonly rows = new Map<number, Map<number, PlanCell>>();
  private readonly formats: FormatPlan[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly conditionalFormats: ConditionalFormatPlan[] = [];
  private readonly charts: ChartPlan[] = [];

  constructor(
    readonly ctx: PlanContext,
    readonly key: SheetKey,
  ) {}

  set(row: number, col: number, value: PlanCell): this {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(col, value);
    return this;
  }

  format(range: string, style?: StyleName, numberFormat?: string): this {
    this.formats.push({ range, ...(style ? { style } : {}), ...(numberFormat ? { numberFormat } : {}) });
    return this;
  }

  table(table: TablePlan): this {
    this.tables.push(table);
    return this;
  }

  conditional(format: ConditionalFormatPlan): this {
    this.conditionalFormats.push(format);
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  title(text: string): this {
    return this.set(ROW.title, COL.label, text).format(cell(COL.label, ROW.title), "title");
  }

  /** Row 2 of every sheet: the master check, linked from the Checks sheet (which computes it there itself). */
  masterCheckLink(): this {
    this.set(ROW.masterCheck, COL.label, "All checks pass").format(cell(COL.label, ROW.masterCheck), "label");
    if (this.key !== "checks") {
      this.set(
        ROW.masterCheck,
        COL.constant,
        formula(this.ctx.ref("checks", MASTER_CHECK_CELL), this.ctx.allChecksPass),
      );
      this.format(cell(COL.constant, ROW.masterCheck), "check");
    }
    return this;
  }

  heading(row: number, text: string): this {
    return this.set(row, COL.label, text).format(cell(COL.label, row), "heading");
  }

  /** The timeline header rows (year, period number), linked from the Inputs sheet's master timeline. */
  timelineHeader(): this {
    const h = this.ctx.horizon;
    const { result } = this.ctx;
    this.timelineRow(ROW.year, {
      label: "Year",
      unit: "year",
      formula: (p) => this.ctx.ref("inputs", `${p.col}$${ROW.year}`),
      values: result.years,
      style: "timeline",
      numberFormat: FMT.year,
    });
    this.timelineRow(ROW.period, {
      label: "Model year number",
      unit: "count",
      formula: (p) => this.ctx.ref("inputs", `${p.col}$${ROW.period}`),
      values: Array.from({ length: h }, (_, k) => k + 1),
      style: "timeline",
      numberFormat: FMT.count,
    });
    return this;
  }

  timelineRow(row: number, spec: TimelineRowSpec): this {
    const h = this.ctx.horizon;
    if (spec.values.length !== h)
      throw new Error(`row ${row} (${spec.label}) has ${spec.values.length} values, not ${h}`);
    this.set(row, COL.label, spec.label).set(row, COL.unit, spec.unit);
    this.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    if (spec.constant !== undefined) this.set(row, COL.constant, spec.constant);
    for (let k = 0; k < h; k++) {
      const p: PeriodRef = { k, col: columnLetter(periodColumn(k)), prev: columnLetter(periodColumn(k) - 1) };
      this.set(row, periodColumn(k), formula(spec.formula(p), spec.values[k]));
    }
    const style = spec.style ?? "calculation";
    this.format(timelineRange(row, h, false), style, spec.numberFormat);
    if (spec.total === true) {
      let sum = 0;
      for (const value of spec.values) {
        if (typeof value !== "number")
          throw new Error(`row ${row} (${spec.label}) has a total but a value that is not a number`);
        sum += value;
      }
      this.set(row, COL.total, formula(`SUM(${timelineRange(row, h, false)})`, sum));
      this.format(cell(COL.total, row), "calculation", spec.numberFormat);
    }
    return this;
  }

  /** A constant-column row: label, unit, one value in C, an optional note in E. */
  valueRow(
    row: number,
    label: string,
    unit: string,
    value: PlanCell,
    style: StyleName,
    numberFormat?: string,
    note?: string,
  ): this {
    this.set(row, COL.label, label).set(row, COL.unit, unit).set(row, COL.constant, value);
    this.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    this.format(cell(COL.constant, row), style, numberFormat);
    if (note !== undefined) this.set(row, COL.note, note).format(cell(COL.note, row), "note");
    return this;
  }

  build(options: {
    tabColor?: string;
    columnWidths: readonly ColumnWidthPlan[];
    freeze?: { rows: number; columns: number };
  }): SheetPlan {
    return {
      key: this.key,
      name: this.ctx.sheetName(this.key),
      ...(options.tabColor ? { tabColor: options.tabColor } : {}),
      columnWidths: options.columnWidths,
      ...(options.freeze ? { freeze: options.freeze } : {}),
      blocks: this.blocks(),
      formats: this.formats,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
    };
  }

  private blocks(): BlockPlan[] {
    const rowNumbers = [...this.rows.keys()].sort((a, b) => a - b);
    const blocks: BlockPlan[] = [];
    let group: number[] = [];
    const flush = (): void => {
      if (group.length === 0) return;
      let first = Infinity;
      let last = -Infinity;
      for (const r of group) {
        for (const c of this.rows.get(r)!.keys()) {
          first = Math.min(first, c);
          last = Math.max(last, c);
        }
      }
      const cells = group.map((r) => {
        const row = this.rows.get(r)!;
        return Array.from({ length: last - first + 1 }, (_, i) => row.get(first + i) ?? null);
      });
      blocks.push({ anchor: cell(first, group[0]), cells });
      group = [];
    };
    for (const r of rowNumbers) {
      if (group.length > 0 && r !== group[group.length - 1] + 1) flush();
      group.push(r);
    }
    flush();
    return blocks;
  }
}

/** The master check's cell on the Checks sheet; every other sheet links to it in row 2. */
export const MASTER_CHECK_CELL = cell(COL.constant, ROW.masterCheck, true);

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
