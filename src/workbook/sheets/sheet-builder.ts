import type {
  ListValidationPlan,
  BlockPlan,
  ChartPlan,
  ColumnWidthPlan,
  ConditionalFormatPlan,
  FormatPlan,
  FormulaCell,
  PlanCell,
  PlanError,
  PlanValue,
  SheetKey,
  SheetPlan,
  StyleName,
  TablePlan,
} from "../plan-types";
import { FMT } from "./formats";
import {
  ACTIVE_SCENARIO_CELL,
  cell,
  COL,
  columnLetter,
  MASTER_CHECK_CELL,
  periodColumn,
  ROW,
  timelineRange,
} from "./grid";
import type { PlanContext } from "./sheet-module";

/** The toolkit sheet modules write with: cells, rows along the timeline, formats, and the cut into blocks. */

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
  readonly values: readonly (PlanValue | PlanError)[];
  readonly style?: StyleName;
  readonly numberFormat?: string;
  /** Adds a row total in the total column (D): SUM across the timeline, cached as the sum of `values` (all numbers). */
  readonly total?: boolean;
  readonly constant?: PlanCell;
}

export function formula(text: string, value: PlanValue | PlanError): FormulaCell {
  return { formula: text, value };
}

/** Collects cells by row and column, then cuts them into rectangular blocks of consecutive rows. */
export class SheetBuilder {
  private readonly rows = new Map<number, Map<number, PlanCell>>();
  private readonly formats: FormatPlan[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly conditionalFormats: ConditionalFormatPlan[] = [];
  private readonly charts: ChartPlan[] = [];
  private readonly validations: ListValidationPlan[] = [];

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

  validation(validation: ListValidationPlan): this {
    this.validations.push(validation);
    return this;
  }

  chart(chart: ChartPlan): this {
    this.charts.push(chart);
    return this;
  }

  title(text: string): this {
    return this.set(ROW.title, COL.label, text).format(cell(COL.label, ROW.title), "title");
  }

  /**
   * Row 2 of every sheet: the master check, linked from the Checks sheet (which computes it there itself); row 3: the
   * active scenario's name, linked from the Inputs sheet's selector.
   */
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
    // The scenario the figures are of, live: the print header can only say which scenario the workbook was built from,
    // and after a switch on Inputs that is no longer the one shown.
    this.set(ROW.activeScenario, COL.label, "Active scenario").format(cell(COL.label, ROW.activeScenario), "label");
    this.set(
      ROW.activeScenario,
      COL.constant,
      formula(this.ctx.ref("inputs", ACTIVE_SCENARIO_CELL), this.ctx.scenario.name),
    );
    this.format(cell(COL.constant, ROW.activeScenario), "link");
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
    printThroughRow?: number;
  }): SheetPlan {
    return {
      key: this.key,
      name: this.ctx.sheetName(this.key),
      ...(options.tabColor ? { tabColor: options.tabColor } : {}),
      columnWidths: options.columnWidths,
      ...(options.freeze ? { freeze: options.freeze } : {}),
      ...(options.printThroughRow !== undefined ? { printThroughRow: options.printThroughRow } : {}),
      blocks: this.blocks(),
      formats: this.formats,
      tables: this.tables,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      ...(this.validations.length > 0 ? { validations: this.validations } : {}),
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
