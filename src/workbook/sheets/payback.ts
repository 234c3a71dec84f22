import { paybackTrace } from "../../core/payback";
import { inputRef, lastPeriodLetter } from "./inputs";
import { irrChecks, writeIrrSearch } from "./payback-irr";
import { irrLayout, type IrrLayout } from "./payback-irr-layout";
import { returnsNames, writeReturns } from "./payback-returns";
import { CAPEX_ROWS } from "./capex";
import { CLOUD_ROWS } from "./cloud";
import { FMT, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK, paybackCellValue, TAB } from "./formats";
import { cell, COL, periodNumberRef, ROW, standardWidths, timelineRange } from "./grid";
import { writePaybackFlags } from "./payback-search";
import { formula, SheetBuilder } from "./sheet-builder";
import type { CheckSpec, PlanContext, SheetModule } from "./sheet-module";
import type { PlanValue } from "../plan-types";

/**
 * The Payback sheet: incremental cash flow, its discounted form, and payback found with timeline flags that follow
 * CAPEX.PAYBACKYEAR step by step: the first year the cumulative flow is negative, then the first later year it is
 * back at or above zero (p), and payback = year p − 1 + (−C(p−1) / d(p)).
 */

/** Rows of one payback search (simple or discounted), relative to its heading. */
interface SearchRows {
  readonly heading: number;
  readonly negativeSoFar: number;
  readonly backToZero: number;
  readonly firstRecovery: number;
  readonly paybackPart: number;
  readonly marker: number;
}

const search = (heading: number): SearchRows => ({
  heading,
  negativeSoFar: heading + 1,
  backToZero: heading + 2,
  firstRecovery: heading + 3,
  paybackPart: heading + 4,
  marker: heading + 5,
});

export const PAYBACK_ROWS = {
  capex: 8,
  contribution: 9,
  cashFlow: 10,
  cumulative: 11,
  divisor: 13,
  discounted: 14,
  cumulativeDiscounted: 15,
  simple: search(17),
  discountedSearch: search(24),
  resultsHeading: 31,
  simplePayback: 32,
  discountedPayback: 33,
  simplePeriod: 34,
  discountedPeriod: 35,
  returns: { heading: 37, npv: 38, irr: 39 },
  irrSearch: 41,
} as const;

/** The IRR search's rows, which depend on the horizon (the width of its grid). */
export function paybackIrrLayout(horizon: number): IrrLayout {
  return irrLayout(PAYBACK_ROWS.irrSearch, horizon);
}

/** Flag rows of one search, from the core's payback trace, and the chart's marker: the recovery flag × the extent. */
function searchValues(cumulative: readonly number[], flows: readonly number[], firstYear: number) {
  const trace = paybackTrace(cumulative, flows, firstYear);
  const extent = Math.max(Math.max(...cumulative), -Math.min(...cumulative));
  return { ...trace, marker: trace.firstRecovery.map((f) => f * extent) };
}

/** The flag rows of one payback search (simple or discounted), following CAPEX.PAYBACKYEAR step by step. */
function writeSearch(
  b: SheetBuilder,
  ctx: PlanContext,
  rows: SearchRows,
  title: string,
  cumulativeRow: number,
  flowRow: number,
  cum: readonly number[],
  flows: readonly number[],
): void {
  const { horizon } = ctx;
  const v = searchValues(cum, flows, ctx.scenario.firstYear);
  const cumRange = timelineRange(cumulativeRow, horizon);
  b.heading(rows.heading, title);
  writePaybackFlags(b, rows, { cumulativeRow, flowRow, yearRow: ROW.year }, v);
  b.timelineRow(rows.marker, {
    label: "Payback marker for the chart",
    unit: "RMB bn",
    formula: (p) => `${p.col}${rows.firstRecovery}*MAX(MAX(${cumRange}),-MIN(${cumRange}))`,
    values: v.marker,
    numberFormat: FMT.rmbBn,
  });
}

/** The payback years and periods, as the searches' flags give them, or why there is none. */
function writeResults(b: SheetBuilder, ctx: PlanContext): void {
  const { scenario: s, horizon, result } = ctx;
  const R = PAYBACK_ROWS;
  b.heading(R.resultsHeading, "Results");
  const outcome = (rows: SearchRows, cumulativeRow: number): string =>
    `IF(SUM(${timelineRange(rows.firstRecovery, horizon)})=1,SUM(${timelineRange(rows.paybackPart, horizon)}),` +
    `IF(OR(MIN(${timelineRange(cumulativeRow, horizon)})<0,${inputRef(ctx, "horizon")}=1),` +
    `"${NOT_WITHIN_HORIZON}","${NOTHING_TO_PAY_BACK}"))`;
  const simple = paybackCellValue(result.simplePayback);
  const discounted = paybackCellValue(result.discountedPayback);
  b.valueRow(
    R.simplePayback,
    "Payback year, simple",
    "year",
    formula(outcome(R.simple, R.cumulative), simple),
    "output",
    FMT.paybackYear,
  );
  b.valueRow(
    R.discountedPayback,
    "Payback year, discounted",
    "year",
    formula(outcome(R.discountedSearch, R.cumulativeDiscounted), discounted),
    "output",
    FMT.paybackYear,
  );
  const periodOf = (row: number, value: PlanValue): PlanValue =>
    typeof value === "number" ? value - s.firstYear : value;
  const asPeriod = (row: number): string => {
    const at = cell(COL.constant, row);
    return `IF(ISNUMBER(${at}),${at}-${inputRef(ctx, "firstYear")},${at})`;
  };
  b.valueRow(
    R.simplePeriod,
    "Payback period, simple (years after the first flow)",
    "years",
    formula(asPeriod(R.simplePayback), periodOf(R.simplePayback, simple)),
    "output",
    FMT.years,
  );
  b.valueRow(
    R.discountedPeriod,
    "Payback period, discounted (years after the first flow)",
    "years",
    formula(asPeriod(R.discountedPayback), periodOf(R.discountedPayback, discounted)),
    "output",
    FMT.years,
  );
  for (const text of [NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK]) {
    b.conditional({
      kind: "textEquals",
      range: `${cell(COL.constant, R.simplePayback)}:${cell(COL.constant, R.discountedPeriod)}`,
      text,
      fill: "#FCE4D6",
      fontColor: "#9C0006",
    });
  }
}

export const paybackSheet: SheetModule = {
  key: "payback",
  hasTimeline: true,
  build(ctx) {
    const { horizon, result } = ctx;
    const R = PAYBACK_ROWS;
    const b = new SheetBuilder(ctx, "payback");
    b.title("Payback: incremental cash flow and payback year").masterCheckLink().timelineHeader();

    b.heading(R.capex - 1, "Incremental cash flow");
    b.timelineRow(R.capex, {
      label: "Capex",
      unit: "RMB bn",
      formula: (p) => ctx.ref("capex", `${p.col}$${CAPEX_ROWS.capex}`),
      values: result.capex,
      style: "link",
      numberFormat: FMT.rmbBn,
    });
    b.timelineRow(R.contribution, {
      label: "Cash contribution of incremental revenue",
      unit: "RMB bn",
      formula: (p) => ctx.ref("cloud", `${p.col}$${CLOUD_ROWS.contribution}`),
      values: result.contribution,
      style: "link",
      numberFormat: FMT.rmbBn,
    });
    b.timelineRow(R.cashFlow, {
      label: "Incremental cash flow",
      unit: "RMB bn",
      formula: (p) => `${p.col}${R.contribution}-${p.col}${R.capex}`,
      values: result.cashFlow,
      style: "output",
      numberFormat: FMT.rmbBn,
      total: true,
    });
    b.timelineRow(R.cumulative, {
      label: "Cumulative cash flow",
      unit: "RMB bn",
      formula: (p) => `${p.prev}${R.cumulative}+${p.col}${R.cashFlow}`,
      values: result.cumulativeCashFlow,
      style: "output",
      numberFormat: FMT.rmbBn,
    });

    b.heading(R.divisor - 1, "Discounted cash flow (the first model year is not discounted)");
    b.timelineRow(R.divisor, {
      label: "Discount divisor (1 + rate)^(year number − 1)",
      unit: "factor",
      formula: (p) => `IF(${periodNumberRef(p)}=1,1,${p.prev}${R.divisor}*(1+${inputRef(ctx, "discountRate")}))`,
      values: result.discountDivisors,
      numberFormat: FMT.factor,
    });
    b.timelineRow(R.discounted, {
      label: "Discounted cash flow",
      unit: "RMB bn",
      formula: (p) => `${p.col}${R.cashFlow}/${p.col}${R.divisor}`,
      values: result.discountedCashFlow,
      numberFormat: FMT.rmbBn,
      total: true,
    });
    b.timelineRow(R.cumulativeDiscounted, {
      label: "Cumulative discounted cash flow",
      unit: "RMB bn",
      formula: (p) => `${p.prev}${R.cumulativeDiscounted}+${p.col}${R.discounted}`,
      values: result.cumulativeDiscountedCashFlow,
      style: "output",
      numberFormat: FMT.rmbBn,
    });

    writeSearch(
      b,
      ctx,
      R.simple,
      "Simple payback",
      R.cumulative,
      R.cashFlow,
      result.cumulativeCashFlow,
      result.cashFlow,
    );
    writeSearch(
      b,
      ctx,
      R.discountedSearch,
      "Discounted payback",
      R.cumulativeDiscounted,
      R.discounted,
      result.cumulativeDiscountedCashFlow,
      result.discountedCashFlow,
    );

    writeResults(b, ctx);
    const irr = paybackIrrLayout(horizon);
    writeReturns(b, ctx, R.returns, R.discounted, irr);
    writeIrrSearch(b, ctx, irr, R.cashFlow);

    return b.build({
      tabColor: TAB.calc,
      columnWidths: standardWidths(Math.max(horizon, irr.gridColumns)),
      freeze: { rows: ROW.period, columns: COL.note },
      // The IRR search below (two scan grids and two bisections, about 400 rows) is working, not a page to read.
      printThroughRow: PAYBACK_ROWS.irrSearch - 1,
    });
  },
  names() {
    return [
      {
        name: "SimplePaybackYear",
        sheet: "payback",
        range: cell(COL.constant, PAYBACK_ROWS.simplePayback, true),
        comment: "Simple payback year, or why there is none",
      },
      {
        name: "DiscountedPaybackYear",
        sheet: "payback",
        range: cell(COL.constant, PAYBACK_ROWS.discountedPayback, true),
        comment: "Discounted payback year, or why there is none",
      },
      ...returnsNames(PAYBACK_ROWS.returns),
    ];
  },
  checks(ctx): CheckSpec[] {
    const { result, horizon } = ctx;
    const R = PAYBACK_ROWS;
    const tol = inputRef(ctx, "checkTolerance");
    const sum = (sheet: "capex" | "cloud" | "payback", row: number) =>
      `SUM(${ctx.ref(sheet, timelineRange(row, horizon))})`;
    const sCf = result.cashFlow.reduce((a, v) => a + v, 0);
    const sContribution = result.contribution.reduce((a, v) => a + v, 0);
    const sCapex = result.capex.reduce((a, v) => a + v, 0);
    const first = ctx.ref("inputs", cell(COL.firstPeriod, ROW.year, true));
    const last = ctx.ref("inputs", `$${lastPeriodLetter(horizon)}$${ROW.year}`);
    const consistent = (rows: SearchRows, resultRow: number, cum: number[], flows: number[], value: PlanValue) => {
      const at = ctx.ref("payback", cell(COL.constant, resultRow, true));
      const flags = `SUM(${ctx.ref("payback", timelineRange(rows.firstRecovery, horizon))})`;
      const count = searchValues(cum, flows, ctx.scenario.firstYear).firstRecovery.reduce((a, f) => a + f, 0);
      const expected =
        typeof value === "number"
          ? count === 1 && value >= result.years[0] && value <= result.years[horizon - 1]
          : count === 0;
      return {
        formula: `IF(ISNUMBER(${at}),AND(${flags}=1,${at}>=${first},${at}<=${last}),${flags}=0)`,
        value: expected,
      };
    };
    return [
      {
        label: "Cash flow is contribution less capex",
        formula:
          `ABS(${sum("payback", R.cashFlow)}-(${sum("cloud", CLOUD_ROWS.contribution)}-${sum("capex", CAPEX_ROWS.capex)}))` +
          `<=${tol}*MAX(1,ABS(${sum("cloud", CLOUD_ROWS.contribution)}),${sum("capex", CAPEX_ROWS.capex)})`,
        value: Math.abs(sCf - (sContribution - sCapex)) <= 1e-9 * Math.max(1, Math.abs(sContribution), sCapex),
        note: "The Payback sheet's cash flow agrees with the Cloud and Capex sheets in total.",
      },
      {
        label: "Simple payback is consistent",
        ...consistent(
          R.simple,
          R.simplePayback,
          result.cumulativeCashFlow,
          result.cashFlow,
          paybackCellValue(result.simplePayback),
        ),
        note: "A payback year comes from exactly one year of recovery and lies within the timeline; no year, no recovery.",
      },
      {
        label: "Discounted payback is consistent",
        ...consistent(
          R.discountedSearch,
          R.discountedPayback,
          result.cumulativeDiscountedCashFlow,
          result.discountedCashFlow,
          paybackCellValue(result.discountedPayback),
        ),
        note: "As for simple payback, on the discounted flows.",
      },
      ...irrChecks(ctx, paybackIrrLayout(horizon), R.returns.irr),
    ];
  },
};
