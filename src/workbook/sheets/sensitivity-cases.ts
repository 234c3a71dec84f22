import type { PlanValue } from "../plan-types";
import { CAPEX_ROWS } from "./capex";
import { CLOUD_ROWS } from "./cloud";
import { FMT, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK } from "./formats";
import { cell, COL, columnLetter, periodColumn, ROW, timelineRange } from "./grid";
import { inputRef, type InputId } from "./inputs";
import { PAYBACK_ROWS } from "./payback";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";
import { GROWTH_TOO_LOW, type GridFigures } from "./sensitivity-figures";
import { GRID_SIZE, SENSITIVITY_ROWS as R } from "./sensitivity-layout";

/**
 * The calculation under the grids: the model year by year for every grid case, on the scenario's timeline. Revenue
 * is one row per grid row (it depends on growth only); each case has a cumulative cash flow, its payback year in the
 * year of recovery, and the same discounted, with the case's payback in column C for the grids to pick.
 */

type TimelineStyle = "calculation" | "link" | "timeline";

/** A timeline row whose formula is written from the column's letter and the previous column's. */
function timeline(
  b: SheetBuilder,
  row: number,
  label: string,
  unit: string,
  f: (c: string, prev: string) => string,
  values: readonly PlanValue[],
  numberFormat: string,
  style: TimelineStyle = "calculation",
): void {
  b.timelineRow(row, { label, unit, formula: (p) => f(p.col, p.prev), values, style, numberFormat });
}

/** The timeline (linked from Inputs), capex and discount divisors the cases share, and each grid row's revenue. */
export function writeSharedRows(b: SheetBuilder, ctx: PlanContext, figures: GridFigures): void {
  const { result } = ctx;
  const input = (id: InputId): string => inputRef(ctx, id);
  const period = (c: string): string => `${c}$${R.period}`;
  b.heading(R.timelineHeading, "Calculation: each grid case year by year (timeline from Inputs)");
  const year = (c: string) => ctx.ref("inputs", `${c}$${ROW.year}`);
  timeline(b, R.year, "Year", "year", year, result.years, FMT.year, "timeline");
  const periods = result.years.map((_, k) => k + 1);
  const periodRef = (c: string) => ctx.ref("inputs", `${c}$${ROW.period}`);
  timeline(b, R.period, "Model year number", "count", periodRef, periods, FMT.count, "timeline");
  const capex = (c: string) => ctx.ref("capex", `${c}$${CAPEX_ROWS.capex}`);
  timeline(b, R.capex, "Capex", "RMB bn", capex, result.capex, FMT.rmbBn, "link");
  const divisor = (c: string) => ctx.ref("payback", `${c}$${PAYBACK_ROWS.divisor}`);
  timeline(b, R.divisor, "Discount divisor", "factor", divisor, result.discountDivisors, FMT.factor, "link");

  b.heading(
    R.revenueHeading,
    "Revenue with the investment for each grid row's initial growth (terminal growth from Inputs)",
  );
  for (let i = 0; i < GRID_SIZE; i++) {
    const row = R.revenue[i];
    const { timeline: flows } = figures.cases[i][0];
    timeline(
      b,
      row,
      `Revenue with the investment, grid row ${i + 1}`,
      "RMB bn",
      (c, prev) =>
        `IF(${period(c)}=1,${input("baseRevenue")},${prev}${row})*(1+($C${row}+(${input("terminalGrowth")}-$C${row})*` +
        `(${period(c)}-1)/MAX(${input("horizon")}-1,1)))`,
      flows.revenueWithInvestment,
      FMT.rmbBn,
    );
    b.set(row, COL.constant, formula(`$C$${R.simpleFirst + i}`, figures.growths[i]));
    b.format(cell(COL.constant, row), "link", FMT.rate);
    timeline(
      b,
      R.incremental[i],
      `Incremental revenue, grid row ${i + 1}`,
      "RMB bn",
      (c) => `${c}${row}-${ctx.ref("cloud", `${c}$${CLOUD_ROWS.revenueWithout}`)}`,
      flows.incrementalRevenue,
      FMT.rmbBn,
    );
  }
}

/** The headings of the four blocks of case rows. */
export function writeCaseHeadings(b: SheetBuilder): void {
  b.heading(R.cumulative - 1, "Cumulative cash flow of each grid case");
  b.heading(R.part - 1, "Simple payback: the year of first recovery (payback in column C)");
  b.heading(R.cumulativeDiscounted - 1, "Cumulative discounted cash flow of each grid case");
  b.heading(R.partDiscounted - 1, "Discounted payback: the year of first recovery (payback in column C)");
}

/** The rows of grid case (i, j): cumulative and discounted cumulative cash flow, and payback in the recovery year. */
export function writeCase(b: SheetBuilder, ctx: PlanContext, figures: GridFigures, i: number, j: number): void {
  const { horizon } = ctx;
  const gridCase = figures.cases[i][j];
  const { timeline: flows } = gridCase;
  const n = i * GRID_SIZE + j;
  const cum = R.cumulative + n;
  const part = R.part + n;
  const cumD = R.cumulativeDiscounted + n;
  const partD = R.partDiscounted + n;
  const inc = R.incremental[i];
  const label = `grid row ${i + 1}, column ${j + 1}`;
  const flow = (c: string): string => `($D${cum}*${c}$${inc}-${c}$${R.capex})`;
  const cumulative = (c: string, prev: string) => `${prev}${cum}+${flow(c)}`;
  timeline(b, cum, `Cumulative cash flow, ${label}`, "RMB bn", cumulative, flows.cumulativeCashFlow, FMT.rmbBn);
  b.set(cum, COL.constant, formula(`$C$${R.simpleFirst + i}`, figures.growths[i]));
  b.set(cum, COL.total, formula(`${columnLetter(periodColumn(j))}$${R.marginValue}`, figures.margins[j]));
  b.format(`${cell(COL.constant, cum)}:${cell(COL.total, cum)}`, "link", FMT.rate);
  const recovery = (row: number, cumRow: number, flowOf: (c: string) => string) => (c: string, prev: string) =>
    `IF(AND(${prev}${cumRow}<0,${c}${cumRow}>=0,SUM($E${row}:${prev}${row})=0),` +
    `${prev}$${R.year}+-${prev}${cumRow}/${flowOf(c)},0)`;
  const simpleLabel = `Payback year in its year, simple, ${label}`;
  timeline(
    b,
    part,
    simpleLabel,
    "year",
    recovery(part, cum, flow),
    gridCase.simpleTrace.paybackInYear,
    FMT.paybackYear,
  );
  timeline(
    b,
    cumD,
    `Cumulative discounted cash flow, ${label}`,
    "RMB bn",
    (c, prev) => `${prev}${cumD}+${flow(c)}/${c}$${R.divisor}`,
    flows.cumulativeDiscountedCashFlow,
    FMT.rmbBn,
  );
  timeline(
    b,
    partD,
    `Payback year in its year, discounted, ${label}`,
    "year",
    recovery(partD, cumD, (c) => `(${flow(c)}/${c}$${R.divisor})`),
    gridCase.discountedTrace.paybackInYear,
    FMT.paybackYear,
  );
  const outcome = (row: number, cumRow: number): string =>
    `IF($C$${cum}<=-1,"${GROWTH_TOO_LOW}",IF(SUM(${timelineRange(row, horizon)})>0,SUM(${timelineRange(row, horizon)}),` +
    `IF(OR(MIN(${timelineRange(cumRow, horizon)})<0,${inputRef(ctx, "horizon")}=1),"${NOT_WITHIN_HORIZON}","${NOTHING_TO_PAY_BACK}")))`;
  b.set(part, COL.constant, formula(outcome(part, cum), gridCase.simple));
  b.set(partD, COL.constant, formula(outcome(partD, cumD), gridCase.discounted));
  b.format(cell(COL.constant, part), "output", FMT.paybackYear);
  b.format(cell(COL.constant, partD), "output", FMT.paybackYear);
}
