import { IRR_BISECTION_STEPS, IRR_SCAN_POINTS, IRR_SCAN_STEP, IRR_SEARCH_LIMIT } from "../../core/irr-search";
import { irrSearchTrace, valueAtOutcome, type IrrSearchTrace, type IrrSideTrace } from "../../core/irr-trace";
import type { PlanValue } from "../plan-types";
import { FMT } from "./formats";
import { cell, COL, columnLetter, periodColumn, ROW, timelineRange } from "./grid";
import { CHECK_TOLERANCE, inputRef } from "./inputs";
import type { IrrLayout, IrrSideRows } from "./payback-irr-layout";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { CheckSpec, PlanContext } from "./sheet-module";

/**
 * The IRR as a live search in native formulas (model.md, "Earnings and returns": the rate at which the NPV is 0, text
 * where the flows have no sign change), laid out as the core's internalRateOfReturn runs it: Excel's IRR() cannot be
 * used, since its Newton search from 10% finds no rate for the bear preset (the core's is −34.5%).
 *
 * The search: the flows scaled to a largest magnitude of 1; on each side of 0, the sign function (the NPV, or below 0
 * the NPV times (1 + r)^(n − 1), so that nothing overflows) at grid points x = ln(1 + r) = step × point, times its
 * sign at 0 and set to 0 after the first value at or below 0, so that COUNTIF(">0") + 1 is the first sign change;
 * then IRR_BISECTION_STEPS halvings of the bracket it ends, one row each; the IRR is the root nearer 0. Every sum is a
 * SERIESSUM, which HyperFormula evaluates by Horner's rule exactly as the core does. Cached values: irrSearchTrace.
 */

export const IRR_NO_SIGN_CHANGE = "no sign change";
export const IRR_NO_RATE_FOUND = "no rate found";

const RATE_FORMAT = "0.0000000000%";

// The Payback sheet's IRR cell, its search and the Checks sheet's check read one trace per plan.
const traceCache = new WeakMap<PlanContext["result"], IrrSearchTrace>();

export function irrTrace(ctx: Pick<PlanContext, "result">): IrrSearchTrace {
  let trace = traceCache.get(ctx.result);
  if (!trace) {
    trace = irrSearchTrace(ctx.result.cashFlow, IRR_BISECTION_STEPS);
    traceCache.set(ctx.result, trace);
  }
  return trace;
}

/** What the IRR cell shows: the rate, or why there is none. */
export function irrCellValue(trace: IrrSearchTrace): PlanValue {
  const { outcome } = trace;
  if (outcome.kind === "rate") return outcome.rate;
  return outcome.kind === "noSignChange" ? IRR_NO_SIGN_CHANGE : IRR_NO_RATE_FOUND;
}

const abs = (row: number): string => cell(COL.constant, row, true);

/** The rectangle of one side's scan grid (the last row's cells past the last point stay empty). */
function gridRect(L: IrrLayout, side: IrrSideRows): string {
  const lastRow = side.firstGridRow + L.gridRows - 1;
  return `${cell(COL.firstPeriod, side.firstGridRow, true)}:${cell(periodColumn(L.gridColumns - 1), lastRow, true)}`;
}

/** The IRR from the two sides' roots: text without a sign change or without a root, 0 where the NPV at 0 is 0. */
export function irrFormula(L: IrrLayout): string {
  const [above, below] = [abs(L.above.root), abs(L.below.root)];
  const [aboveNone, belowNone] = [
    `${abs(L.firstChangeAbove)}>${abs(L.points)}`,
    `${abs(L.firstChangeBelow)}>${abs(L.points)}`,
  ];
  return (
    `IF(${abs(L.changesSign)}=0,"${IRR_NO_SIGN_CHANGE}",IF(${abs(L.valueAtZero)}=0,0,` +
    `IF(AND(${aboveNone},${belowNone}),"${IRR_NO_RATE_FOUND}",IF(${belowNone},${above},IF(${aboveNone},${below},` +
    `IF(${above}<=-${below},${above},${below}))))))`
  );
}

/** Scaled and reversed flows, the sign function at 0 and the scan's size. */
function writeInputs(b: SheetBuilder, ctx: PlanContext, L: IrrLayout, cashFlowRow: number, t: IrrSearchTrace): void {
  const h = ctx.horizon;
  const cashFlows = timelineRange(cashFlowRow, h);
  const scaled = timelineRange(L.scaled, h);
  const lastPeriod = `$${columnLetter(periodColumn(h - 1))}$${ROW.period}`;
  b.heading(L.heading, "IRR search: where the NPV changes sign, scanned outward from 0, then bisected");
  const largest = formula(`MAX(MAX(${cashFlows}),-MIN(${cashFlows}))`, t.largest);
  b.valueRow(L.largest, "Largest cash flow in magnitude", "RMB bn", largest, "calculation", FMT.rmbBn);
  b.timelineRow(L.scaled, {
    label: "Cash flow divided by the largest magnitude",
    unit: "factor",
    formula: (p) => `IF(${abs(L.largest)}>0,${p.col}$${cashFlowRow}/${abs(L.largest)},0)`,
    values: t.scaled,
    numberFormat: FMT.factor,
  });
  b.timelineRow(L.reversed, {
    label: "The same, last year first (the coefficients below 0)",
    unit: "factor",
    formula: (p) => `INDEX(${scaled},1,${lastPeriod}+1-${p.col}$${ROW.period})`,
    values: t.reversed,
    numberFormat: FMT.factor,
  });
  const atZero = formula(`SERIESSUM(1,0,1,${scaled})`, t.valueAtZero);
  b.valueRow(
    L.valueAtZero,
    "Sign function at 0: the sum of the scaled flows",
    "factor",
    atZero,
    "calculation",
    FMT.factor,
  );
  const sign = formula(`SIGN(${abs(L.valueAtZero)})`, t.signAtZero);
  b.valueRow(L.signAtZero, "Its sign", "number", sign, "calculation", FMT.count);
  const changes = formula(
    `IF(AND(COUNTIF(${cashFlows},">0")>0,COUNTIF(${cashFlows},"<0")>0),1,0)`,
    t.changesSign ? 1 : 0,
  );
  b.valueRow(L.changesSign, "Cash flows change sign (1) or not (0)", "flag", changes, "calculation", FMT.flag);
  const points = formula(`COUNT(${gridRect(L, L.above)})`, IRR_SCAN_POINTS);
  b.valueRow(L.points, "Scan points on each side of 0", "count", points, "calculation", FMT.count);
  b.set(L.gridHeader, COL.label, "Scan point within the row (the row's last point in C)").set(
    L.gridHeader,
    COL.unit,
    "count",
  );
  b.format(cell(COL.label, L.gridHeader), "label").format(cell(COL.unit, L.gridHeader), "unit");
  for (let c = 0; c < L.gridColumns; c++) {
    const col = periodColumn(c);
    b.set(L.gridHeader, col, formula(`${columnLetter(col - 1)}${L.gridHeader}+1`, c + 1));
  }
  b.format(
    `${cell(COL.firstPeriod, L.gridHeader)}:${cell(periodColumn(L.gridColumns - 1), L.gridHeader)}`,
    "calculation",
    FMT.count,
  );
}

/** One side's scan: C the row's last point, D the point before the row's first, then the grid values. */
function writeScan(
  b: SheetBuilder,
  ctx: PlanContext,
  L: IrrLayout,
  side: IrrSideRows,
  t: IrrSearchTrace,
  s: IrrSideTrace,
  above: boolean,
): void {
  const h = ctx.horizon;
  const coefficients = timelineRange(above ? L.scaled : L.reversed, h);
  const width = `$${columnLetter(periodColumn(L.gridColumns - 1))}$${L.gridHeader}`;
  const lastColumn = columnLetter(periodColumn(L.gridColumns - 1));
  const [step, limit] = [inputRef(ctx, "irrScanStep"), inputRef(ctx, "irrSearchLimit")];
  b.heading(
    side.heading,
    above
      ? "Scan above 0: the sign function at rate e^(step × point) − 1, times its sign at 0; 0 after the first value at or below 0"
      : "Scan below 0: the sign function at rate e^(−step × point) − 1, times its sign at 0; 0 after the first value at or below 0",
  );
  for (let i = 0; i < L.gridRows; i++) {
    const row = side.firstGridRow + i;
    b.set(
      row,
      COL.label,
      above ? "Points above 0 (up to C; D is the point before)" : "Points below 0 (up to C; D is the point before)",
    );
    b.set(row, COL.unit, "factor");
    b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    b.set(row, COL.constant, formula(i === 0 ? width : `C${row - 1}+${width}`, (i + 1) * L.gridColumns));
    const carried =
      i === 0
        ? formula(`ABS(${abs(L.valueAtZero)})`, Math.abs(t.valueAtZero))
        : formula(`${lastColumn}${row - 1}`, s.grid[i * L.gridColumns - 1]);
    b.set(row, COL.total, carried);
    b.format(cell(COL.constant, row), "calculation", FMT.count).format(cell(COL.total, row), "calculation", FMT.factor);
    const count = i === L.gridRows - 1 ? L.lastRowPoints : L.gridColumns;
    for (let c = 0; c < count; c++) {
      const col = columnLetter(periodColumn(c));
      const prev = `${columnLetter(periodColumn(c) - 1)}${row}`;
      const x = `MIN(($C${row}-${width}+${col}$${L.gridHeader})*${step},${limit})`;
      const f =
        `IF(OR($D${row}<=0,AND(ISNUMBER(${prev}),${prev}<=0)),0,` +
        `${abs(L.signAtZero)}*SERIESSUM(EXP(-${x}),0,1,${coefficients}))`;
      b.set(row, periodColumn(c), formula(f, s.grid[i * L.gridColumns + c]));
    }
    b.format(`${cell(COL.firstPeriod, row)}:${cell(periodColumn(count - 1), row)}`, "calculation", FMT.factor);
  }
}

/** One side's bisection: the bracket in C and D, the sign function at its midpoint in F; the root below. */
function writeBisection(
  b: SheetBuilder,
  ctx: PlanContext,
  L: IrrLayout,
  side: IrrSideRows,
  s: IrrSideTrace,
  above: boolean,
): void {
  const h = ctx.horizon;
  const [step, limit] = [inputRef(ctx, "irrScanStep"), inputRef(ctx, "irrSearchLimit")];
  const first = abs(above ? L.firstChangeAbove : L.firstChangeBelow);
  const sign = above ? "" : "-";
  b.heading(
    side.bisectionHeading,
    above
      ? "Bisection above 0: the bracket (near end in C, far end in D) and the sign function at its midpoint (F)"
      : "Bisection below 0: the bracket (near end in C, far end in D) and the sign function at its midpoint (F)",
  );
  const mid = (row: number) => `AVERAGE($C${row},$D${row})`;
  side.steps.forEach((row, i) => {
    const { near, far, value } = s.steps[i];
    b.set(row, COL.label, `Step ${i + 1}: bracket and the sign function at its midpoint`).set(
      row,
      COL.unit,
      "% a year",
    );
    b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    const prev = row - 1;
    const nearFormula =
      i === 0 ? `EXP(${sign}MIN((${first}-1)*${step},${limit}))-1` : `IF($F${prev}>0,${mid(prev)},$C${prev})`;
    const farFormula =
      i === 0 ? `EXP(${sign}MIN(${first}*${step},${limit}))-1` : `IF($F${prev}>0,$D${prev},${mid(prev)})`;
    b.set(row, COL.constant, formula(nearFormula, near)).set(row, COL.total, formula(farFormula, far));
    const base = above ? `1/(1+${mid(row)})` : `1+${mid(row)}`;
    const coefficients = timelineRange(above ? L.scaled : L.reversed, h);
    b.set(row, COL.firstPeriod, formula(`${abs(L.signAtZero)}*SERIESSUM(${base},0,1,${coefficients})`, value));
    b.format(`${cell(COL.constant, row)}:${cell(COL.total, row)}`, "calculation", RATE_FORMAT);
    b.format(cell(COL.firstPeriod, row), "calculation", FMT.factor);
  });
  const last = side.steps[side.steps.length - 1];
  const label = above ? "Root above 0: the last step's midpoint" : "Root below 0: the last step's midpoint";
  b.valueRow(side.root, label, "% a year", formula(mid(last), s.root), "calculation", RATE_FORMAT);
}

/** The whole search block; `cashFlowRow` is the Payback sheet's incremental cash flow. */
export function writeIrrSearch(b: SheetBuilder, ctx: PlanContext, L: IrrLayout, cashFlowRow: number): void {
  const t = irrTrace(ctx);
  writeInputs(b, ctx, L, cashFlowRow, t);
  writeScan(b, ctx, L, L.above, t, t.above, true);
  writeScan(b, ctx, L, L.below, t, t.below, false);
  const firstChange = (row: number, side: IrrSideRows, s: IrrSideTrace, label: string) =>
    b.valueRow(
      row,
      label,
      "count",
      formula(`COUNTIF(${gridRect(L, side)},">0")+1`, s.firstChange),
      "calculation",
      FMT.count,
    );
  firstChange(L.firstChangeAbove, L.above, t.above, "First point at or below 0 above 0 (points + 1: none)");
  firstChange(L.firstChangeBelow, L.below, t.below, "First point at or below 0 below 0 (points + 1: none)");
  writeBisection(b, ctx, L, L.above, t.above, true);
  writeBisection(b, ctx, L, L.below, t.below, false);
}

/**
 * The Checks sheet's checks of the search: the grid reaches the search limit (the step or the limit on Inputs were
 * not changed beyond what the laid-out points cover), and the sign function at the IRR is 0 (to the check tolerance).
 */
export function irrChecks(ctx: PlanContext, L: IrrLayout, irrRow: number): CheckSpec[] {
  const at = (row: number, col: number = COL.constant) => ctx.ref("payback", cell(col, row, true));
  const irr = at(irrRow);
  const lastValue = (side: IrrSideRows) => at(side.steps[side.steps.length - 1], COL.firstPeriod);
  const value = valueAtOutcome(irrTrace(ctx));
  return [
    {
      label: "IRR scan reaches its limit",
      formula: `${at(L.points)}*${inputRef(ctx, "irrScanStep")}>=${inputRef(ctx, "irrSearchLimit")}`,
      value: IRR_SCAN_POINTS * IRR_SCAN_STEP >= IRR_SEARCH_LIMIT,
      note: "The laid-out scan points times the step on Inputs cover the search limit on Inputs.",
    },
    {
      label: "IRR is a root of the NPV",
      formula:
        `IF(ISNUMBER(${irr}),ABS(IF(${irr}=0,${at(L.valueAtZero)},IF(${irr}>0,${lastValue(L.above)},` +
        `${lastValue(L.below)})))<=${inputRef(ctx, "checkTolerance")},TRUE())`,
      value: value === undefined || Math.abs(value) <= CHECK_TOLERANCE,
      note: "Where there is an IRR, the search's sign function at it is 0: the bisection ended at a sign change.",
    },
  ];
}
