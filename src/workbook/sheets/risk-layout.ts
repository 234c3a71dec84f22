import { uniformDraws } from "../../core/random";
import { RISK_INPUTS, runRisk, type RiskInput } from "../../core/risk";
import { toRiskSettings } from "../../scenario/types";
import { columnLetter, ROW, type PlanContext } from "./layout";

/** Where things sit on the Risk sheet, and the one core run its cached values come from. */

/** Per uncertain input, five constant rows: mode (the scenario's value), low, high, width, share below the mode. */
export const DISTRIBUTION_FIELDS = ["mode", "low", "high", "width", "modeShare"] as const;
export type DistributionField = (typeof DISTRIBUTION_FIELDS)[number];

const FIRST_DISTRIBUTION = ROW.firstContent + 1;
const AFTER_DISTRIBUTIONS = FIRST_DISTRIBUTION + RISK_INPUTS.length * DISTRIBUTION_FIELDS.length;

/** Rows the histogram's chart covers. */
export const RISK_CHART_ROWS = 18;

export const RISK_ROWS = {
  distributionsHeading: ROW.firstContent,
  yearlyHeading: AFTER_DISTRIBUTIONS + 1,
  revenueWithout: AFTER_DISTRIBUTIONS + 2,
  capexShare: AFTER_DISTRIBUTIONS + 3,
  divisor: AFTER_DISTRIBUTIONS + 4,
  resultsHeading: AFTER_DISTRIBUTIONS + 6,
  probByTarget: AFTER_DISTRIBUTIONS + 7,
  probInHorizon: AFTER_DISTRIBUTIONS + 8,
  npvP10: AFTER_DISTRIBUTIONS + 9,
  npvP50: AFTER_DISTRIBUTIONS + 10,
  npvP90: AFTER_DISTRIBUTIONS + 11,
  notPaidBack: AFTER_DISTRIBUTIONS + 12,
  builtTrials: AFTER_DISTRIBUTIONS + 13,
  builtSeed: AFTER_DISTRIBUTIONS + 14,
  histogramHeading: AFTER_DISTRIBUTIONS + 16,
  histogram: AFTER_DISTRIBUTIONS + 17,
  /** The histogram's chart, below the results (beside them it covered their notes), above the trials. */
  chartTop: AFTER_DISTRIBUTIONS + 19,
  trialsHeading: AFTER_DISTRIBUTIONS + 20 + RISK_CHART_ROWS,
  trialsHeader: AFTER_DISTRIBUTIONS + 21 + RISK_CHART_ROWS,
  firstTrial: AFTER_DISTRIBUTIONS + 22 + RISK_CHART_ROWS,
} as const;

/** Row of one field of one uncertain input's distribution. */
export function distributionRow(input: RiskInput, field: DistributionField): number {
  return (
    FIRST_DISTRIBUTION + RISK_INPUTS.indexOf(input) * DISTRIBUTION_FIELDS.length + DISTRIBUTION_FIELDS.indexOf(field)
  );
}

/**
 * Columns of the trials table (1-based): label and unit as on every row, the four stored uniforms, the four drawn
 * inputs, the trial's results, then three blocks of the horizon's width (revenue, cumulative discounted cash flow,
 * payback state).
 */
export const TRIAL_COL = {
  label: 1,
  unit: 2,
  firstUniform: 3,
  firstDrawn: 7,
  npv: 11,
  paidBack: 12,
  period: 13,
  byTarget: 14,
  bin: 15,
  firstYear: 16,
} as const;

/** Column of model year k (0-based) in block b: 0 revenue, 1 cumulative discounted flow, 2 payback state. */
export function yearColumn(block: number, k: number, horizon: number): number {
  return TRIAL_COL.firstYear + block * horizon + k;
}

export function yearLetter(block: number, k: number, horizon: number): string {
  return columnLetter(yearColumn(block, k, horizon));
}

/** The payback state as the sheet shows it: text while unpaid, the payback period once paid back. */
export const STATE_NEVER_NEGATIVE = "never negative";
export const STATE_UNDER_WATER = "under water";

export function riskSettingsOf(ctx: PlanContext) {
  return toRiskSettings(ctx.scenario);
}

const runs = new WeakMap<PlanContext, ReturnType<typeof computeRiskRun>>();

/** The core's run behind every cached value of the sheet, made once per plan. */
export function riskRun(ctx: PlanContext): ReturnType<typeof computeRiskRun> {
  let run = runs.get(ctx);
  if (run === undefined) runs.set(ctx, (run = computeRiskRun(ctx)));
  return run;
}

/** The stored draws and the core's run on them, with each trial's path kept. */
function computeRiskRun(ctx: PlanContext) {
  const settings = riskSettingsOf(ctx);
  const draws = uniformDraws(settings.seed, settings.trials * RISK_INPUTS.length);
  return { settings, draws, run: runRisk(ctx.inputs, ctx.scenario.targetPaybackYears, settings, draws, true) };
}
