import { PAYBACK_NEVER_NEGATIVE, PAYBACK_UNDER_WATER, RISK_INPUTS } from "../../core/risk";
import type { PlanValue } from "../plan-types";
import { inputRef } from "./inputs";
import { cell, COL, columnLetter, FMT, formula, ROW, type PlanContext, type SheetBuilder } from "./layout";
import {
  distributionRow,
  RISK_ROWS,
  riskRun,
  STATE_NEVER_NEGATIVE,
  STATE_UNDER_WATER,
  TRIAL_COL,
  yearColumn,
  yearLetter,
} from "./risk-layout";

/**
 * The Risk sheet's trials table, one row per trial: the stored uniforms, the inputs drawn from them, the trial's results,
 * and its case year by year in three blocks of the horizon's width (revenue, cumulative discounted cash flow, payback
 * state). It is a table of trials, not a timeline: each block reads the per-year constants above it on the timeline.
 */

const HEADERS = [
  "Trial",
  "Unit",
  "u: growth",
  "u: terminal growth",
  "u: margin",
  "u: capex",
  "Growth",
  "Terminal growth",
  "Cash margin",
  "Capex total",
  "NPV",
  "Paid back (1/0)",
  "Payback period",
  "Within target (1/0)",
  "Payback year index",
];

function stateText(state: number): PlanValue {
  if (state === PAYBACK_NEVER_NEGATIVE) return STATE_NEVER_NEGATIVE;
  return state === PAYBACK_UNDER_WATER ? STATE_UNDER_WATER : state;
}

/** The triangular inverse CDF of the spec, on the distribution rows of input i. */
function drawnFormula(i: number, u: string): string {
  const input = RISK_INPUTS[i];
  const at = (field: "mode" | "low" | "high" | "width" | "modeShare") =>
    cell(COL.constant, distributionRow(input, field), true);
  const [mode, low, high, width, share] = [at("mode"), at("low"), at("high"), at("width"), at("modeShare")];
  return (
    `IF(${width}=0,${mode},IF(${u}<${share},${low}+SQRT(${u}*${width}*(${mode}-${low})),` +
    `${high}-SQRT((1-${u})*${width}*(${high}-${mode}))))`
  );
}

export function writeTrials(b: SheetBuilder, ctx: PlanContext): void {
  const R = RISK_ROWS;
  const h = ctx.horizon;
  const { draws, run } = riskRun(ctx);
  const paths = run.paths!;
  const horizon = inputRef(ctx, "horizon");
  const target = inputRef(ctx, "targetPaybackYears");
  b.heading(R.trialsHeading, "Trials: stored uniforms, drawn inputs, and each trial's case year by year");
  HEADERS.forEach((text, i) => b.set(R.trialsHeader, i + 1, text));
  const blockTitles = ["Revenue with the investment", "Cumulative discounted cash flow", "Payback state"];
  blockTitles.forEach((text, block) => b.set(R.trialsHeading, yearColumn(block, 0, h), text));
  for (let block = 0; block < 3; block++) {
    for (let k = 0; k < h; k++) b.set(R.trialsHeader, yearColumn(block, k, h), `Year ${k + 1}`);
  }
  /** A per-year constant above the timeline column of model year k. */
  const yearly = (row: number, k: number) => `$${columnLetter(COL.firstPeriod + k)}$${row}`;
  const periodNumber = (k: number) => yearly(ROW.period, k);
  for (let t = 0; t < run.trials; t++) {
    const row = R.firstTrial + t;
    const at = (col: number) => `${columnLetter(col)}${row}`;
    b.set(row, TRIAL_COL.label, `Trial ${t + 1}`).set(row, TRIAL_COL.unit, "per trial");
    RISK_INPUTS.forEach((_, i) => {
      b.set(row, TRIAL_COL.firstUniform + i, draws[t * RISK_INPUTS.length + i]);
      const drawn = formula(drawnFormula(i, at(TRIAL_COL.firstUniform + i)), paths.drawn[t * RISK_INPUTS.length + i]);
      b.set(row, TRIAL_COL.firstDrawn + i, drawn);
    });
    const [growth, terminal, margin, capex] = [0, 1, 2, 3].map((i) => at(TRIAL_COL.firstDrawn + i));
    for (let k = 0; k < h; k++) {
      const value = (array: Float64Array) => array[t * h + k];
      // The same shape in every year: the revenue of the year before is the base revenue in the first.
      const opening = k === 0 ? inputRef(ctx, "baseRevenue") : `${yearLetter(0, k - 1, h)}${row}`;
      const rate = `(${growth}+(${terminal}-${growth})*(${periodNumber(k)}-1)/MAX(${horizon}-1,1))`;
      b.set(row, yearColumn(0, k, h), formula(`${opening}*(1+${rate})`, value(paths.revenue)));
      const revenue = `${yearLetter(0, k, h)}${row}`;
      const flow =
        `(${margin}*(${revenue}-${yearly(R.revenueWithout, k)})-${capex}*${yearly(R.capexShare, k)})` +
        `/${yearly(R.divisor, k)}`;
      const before = `${yearLetter(1, k - 1, h)}${row}`;
      b.set(row, yearColumn(1, k, h), formula(k === 0 ? flow : `${before}+${flow}`, value(paths.cumulativeDiscounted)));
      const cumulative = `${yearLetter(1, k, h)}${row}`;
      const previous = `${yearLetter(2, k - 1, h)}${row}`;
      const first = `IF(${cumulative}<0,"${STATE_UNDER_WATER}","${STATE_NEVER_NEGATIVE}")`;
      const later =
        `IF(ISNUMBER(${previous}),${previous},IF(AND(${previous}="${STATE_UNDER_WATER}",${cumulative}>=0),` +
        `(${periodNumber(k - 1)}-1)+(-${before})/(${cumulative}-${before}),` +
        `IF(${cumulative}<0,"${STATE_UNDER_WATER}",${previous})))`;
      b.set(row, yearColumn(2, k, h), formula(k === 0 ? first : later, stateText(value(paths.paybackState))));
    }
    const lastState = `${yearLetter(2, h - 1, h)}${row}`;
    const paid = at(TRIAL_COL.paidBack);
    const period = at(TRIAL_COL.period);
    const paidValue = run.paidBack[t];
    const periodValue = run.paybackPeriod[t];
    b.set(row, TRIAL_COL.npv, formula(`${yearLetter(1, h - 1, h)}${row}`, run.npv[t]));
    b.set(
      row,
      TRIAL_COL.paidBack,
      formula(`IF(AND(${horizon}>1,${lastState}<>"${STATE_UNDER_WATER}"),1,0)`, paidValue),
    );
    b.set(row, TRIAL_COL.period, formula(`IF(${paid}=1,IF(ISNUMBER(${lastState}),${lastState},0),0)`, periodValue));
    const withinTarget = paidValue === 1 && periodValue <= ctx.scenario.targetPaybackYears ? 1 : 0;
    b.set(row, TRIAL_COL.byTarget, formula(`IF(AND(${paid}=1,${period}<=${target}),1,0)`, withinTarget));
    b.set(
      row,
      TRIAL_COL.bin,
      formula(`IF(${paid}=1,INT(${period}),"")`, paidValue === 1 ? Math.floor(periodValue) : ""),
    );
  }
  formatTrials(b, run.trials, h);
}

function formatTrials(b: SheetBuilder, trials: number, h: number): void {
  const R = RISK_ROWS;
  const last = R.firstTrial + trials - 1;
  const span = (first: number, lastCol: number, fmt: string, style: "calculation" | "output") =>
    b.format(`${columnLetter(first)}${R.firstTrial}:${columnLetter(lastCol)}${last}`, style, fmt);
  b.format(`A${R.trialsHeader}:${yearLetter(2, h - 1, h)}${R.trialsHeader}`, "tableHeader");
  b.format(`A${R.firstTrial}:A${last}`, "label").format(`B${R.firstTrial}:B${last}`, "unit");
  span(TRIAL_COL.firstUniform, TRIAL_COL.firstUniform + 3, "0.000000", "calculation");
  span(TRIAL_COL.firstDrawn, TRIAL_COL.firstDrawn + 2, FMT.rate, "calculation");
  span(TRIAL_COL.firstDrawn + 3, TRIAL_COL.npv, FMT.rmbBn, "calculation");
  span(TRIAL_COL.paidBack, TRIAL_COL.paidBack, FMT.flag, "calculation");
  span(TRIAL_COL.period, TRIAL_COL.period, FMT.years, "output");
  span(TRIAL_COL.byTarget, TRIAL_COL.bin, FMT.count, "calculation");
  span(yearColumn(0, 0, h), yearColumn(1, h - 1, h), FMT.rmbBn, "calculation");
  span(yearColumn(2, 0, h), yearColumn(2, h - 1, h), "0.00", "calculation");
}
