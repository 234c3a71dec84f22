import { ModelInputError, requireFinite, requireWholeNumber } from "./errors";
import { validateCaseInputs, type CaseInputs } from "./model";
import { paceCapex } from "./pacing";
import { MAX_SEED, uniformDraws } from "./random";

/**
 * How likely payback is (`shared/spec/model.md`, "Risk"): each trial redraws the uncertain inputs from triangular
 * distributions around the scenario's values and runs the investment case with them. The workbook's Risk sheet
 * computes the same trials in native formulas from the same stored uniforms, so the two agree figure for figure.
 */

/** The uncertain inputs, in the order their uniforms are drawn within a trial. */
export const RISK_INPUTS = ["growth", "terminalGrowth", "margin", "capexTotal"] as const;
export type RiskInput = (typeof RISK_INPUTS)[number];

/** Distances below and above the scenario's value: rates in their own unit, capexTotal as a fraction of it. */
export type RiskSpread = readonly [below: number, above: number];

export interface RiskSettings {
  /** Whole number, 1..MAX_TRIALS. */
  readonly trials: number;
  /** Whole number, 0..MAX_SEED. */
  readonly seed: number;
  readonly spreads: Readonly<Record<RiskInput, RiskSpread>>;
}

export const MAX_TRIALS = 10_000;

/** The NPV percentiles the risk analysis reports (RiskNpvP10, P50, P90). */
export const RISK_PERCENTILES = { low: 0.1, mid: 0.5, high: 0.9 } as const;

export interface RiskResult {
  readonly trials: number;
  /** Discounted payback period of each trial in years after the first flow; meaningful where `paidBack` is 1. */
  readonly paybackPeriod: Float64Array;
  /** 1 where the trial pays back (discounted) within the horizon, else 0. */
  readonly paidBack: Uint8Array;
  readonly npv: Float64Array;
  /** Share of trials whose discounted payback period is at most the target. */
  readonly probPaybackByTarget: number;
  /** Share of trials that pay back (discounted) within the horizon. */
  readonly probPaybackInHorizon: number;
  readonly npvP10: number;
  readonly npvP50: number;
  readonly npvP90: number;
  /** Trials paying back in model year k (first_year + k ≤ payback year < first_year + k + 1), k = 0..H−1. */
  readonly paybackHistogram: readonly number[];
  /** Trials that do not pay back within the horizon. */
  readonly notPaidBack: number;
  /** Present when the run was asked to keep them. */
  readonly paths?: RiskPaths;
}

/**
 * The triangular distribution (low a, mode c, high b) by its inverse CDF at u, as the spec writes it; x = c where
 * a = b. The workbook's Risk sheet uses the same two branches in an IF.
 */
export function triangularInverse(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width === 0) return mode;
  return u < (mode - low) / width
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** Low and high ends of an uncertain input's distribution around the scenario value. */
export function riskRange(input: RiskInput, value: number, [below, above]: RiskSpread): [number, number] {
  return input === "capexTotal" ? [value * (1 - below), value * (1 + above)] : [value - below, value + above];
}

/**
 * Checks settings against the scenario they spread: draws must stay inside what the model accepts (growth rates above
 * −100%, capex not below 0). A cash margin only needs to be finite: the model multiplies by it.
 */
export function validateRiskSettings(inputs: CaseInputs, settings: RiskSettings): void {
  requireWholeNumber(settings.trials, "trials", 1, MAX_TRIALS);
  requireWholeNumber(settings.seed, "seed", 0, MAX_SEED);
  for (const input of RISK_INPUTS) {
    const spread = settings.spreads[input];
    for (const side of spread) {
      if (!Number.isFinite(side) || side < 0) {
        throw new ModelInputError("num", `the ${input} spread must be two finite distances of 0 or more.`);
      }
    }
    const [low] = riskRange(input, inputs[input], spread);
    if (input === "capexTotal" && spread[0] > 1) {
      throw new ModelInputError("num", "the capexTotal spread below must be at most 1 (100% of the plan).");
    }
    if ((input === "growth" || input === "terminalGrowth") && low <= -1) {
      throw new ModelInputError("num", `the ${input} spread reaches -100% or below; keep the low end above -1.`);
    }
  }
}

/** PERCENTILE.INC of sorted values: rank p · (n − 1), interpolated between neighbours, as Excel and LibreOffice do. */
export function percentileInclusive(sorted: ArrayLike<number>, p: number): number {
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
}

/** The parts of every trial that the scenario fixes, made once per run (and shown on the Risk sheet). */
export interface TrialFrame {
  readonly horizon: number;
  /** Each capex year's share of the total under the scenario's pacing. */
  readonly capexShare: Float64Array;
  readonly revenueWithout: Float64Array;
  /** (1 + r)^k, built by repeated multiplication exactly as discountFlows does. */
  readonly discountFactor: Float64Array;
}

export function trialFrame(inputs: CaseInputs): TrialFrame {
  const { horizon } = inputs;
  const paced = paceCapex(1, inputs.capexYears, inputs.profile, inputs.customWeights);
  const capexShare = new Float64Array(horizon);
  capexShare.set(paced);
  const revenueWithout = new Float64Array(horizon);
  const discountFactor = new Float64Array(horizon);
  let factor = 1;
  for (let k = 0; k < horizon; k++) {
    revenueWithout[k] = inputs.baseRevenue * Math.pow(1 + inputs.baselineGrowth, k + 1);
    if (k > 0) factor *= 1 + inputs.discountRate;
    discountFactor[k] = factor;
  }
  return { horizon, capexShare, revenueWithout, discountFactor };
}

/**
 * Where the payback search stands after a year, as the Risk sheet's state row holds it: PAYBACK_NEVER_NEGATIVE while
 * the cumulative flow has never gone below 0, PAYBACK_UNDER_WATER once it has and until it recovers, and from then on
 * the payback period itself (0 or more).
 */
export const PAYBACK_NEVER_NEGATIVE = -2;
export const PAYBACK_UNDER_WATER = -1;

/** Every trial's inputs and year-by-year path, kept only where a caller asks for them (the workbook's Risk sheet). */
export interface RiskPaths {
  /** Trial t's drawn input i (in RISK_INPUTS order) at t · RISK_INPUTS.length + i. */
  readonly drawn: Float64Array;
  /** Trial t's value in model year k at t · horizon + k. */
  readonly revenue: Float64Array;
  readonly cumulativeDiscounted: Float64Array;
  readonly paybackState: Float64Array;
}

interface TrialOutputs {
  readonly paybackPeriod: Float64Array;
  readonly paidBack: Uint8Array;
  readonly npv: Float64Array;
  readonly paths?: RiskPaths;
}

/** Outcome of one trial, written into the run's arrays at `trial`. */
function runTrial(
  inputs: CaseInputs,
  frame: TrialFrame,
  drawn: { growth: number; terminalGrowth: number; margin: number; capexTotal: number },
  out: TrialOutputs,
  trial: number,
): void {
  const { horizon, capexShare, revenueWithout, discountFactor } = frame;
  const fade = drawn.terminalGrowth - drawn.growth;
  const lastStep = horizon - 1;
  const paths = out.paths;
  let revenue = inputs.baseRevenue;
  let cumulative = 0;
  let state = PAYBACK_NEVER_NEGATIVE;
  for (let k = 0; k < horizon; k++) {
    // The fading rate of CAPEX.CLOUDGROWTH: g_(k+1) = growth + fade · k / (H − 1), and growth alone when H = 1.
    revenue *= 1 + (k === 0 ? drawn.growth : drawn.growth + (fade * k) / lastStep);
    const flow = drawn.margin * (revenue - revenueWithout[k]) - drawn.capexTotal * capexShare[k];
    const before = cumulative;
    cumulative += flow / discountFactor[k];
    // The recovery year's flow is taken as the change in the running total, as the sheet's state row takes it, so
    // that the two agree to the bit.
    if (state === PAYBACK_UNDER_WATER && cumulative >= 0) state = k - 1 + -before / (cumulative - before);
    else if (state === PAYBACK_NEVER_NEGATIVE && cumulative < 0) state = PAYBACK_UNDER_WATER;
    if (paths) {
      paths.revenue[trial * horizon + k] = revenue;
      paths.cumulativeDiscounted[trial * horizon + k] = cumulative;
      paths.paybackState[trial * horizon + k] = state;
    }
  }
  if (!Number.isFinite(cumulative)) {
    throw new ModelInputError("num", "a risk trial's cash flows overflow; narrow the spreads or the inputs.");
  }
  // A trial whose cumulative flow never goes below 0 has nothing to pay back: it counts as paid back at once. A
  // one-year horizon has one flow, too few for a payback table, as in the investment case itself.
  const paid = horizon >= 2 && state !== PAYBACK_UNDER_WATER;
  out.paidBack[trial] = paid ? 1 : 0;
  out.paybackPeriod[trial] = paid ? Math.max(state, 0) : 0;
  out.npv[trial] = cumulative;
}

/**
 * Runs the trials of `settings` on the case. `draws` (trials × RISK_INPUTS.length uniforms, trial by trial) default to
 * the seeded generator's; the workbook passes the ones it stores. The per-trial loop allocates nothing, so 10,000
 * trials × 50 years take a few milliseconds (`npm run bench`).
 */
export function runRisk(
  inputs: CaseInputs,
  targetYears: number,
  settings: RiskSettings,
  draws: ArrayLike<number> = uniformDraws(settings.seed, settings.trials * RISK_INPUTS.length),
  keepPaths = false,
): RiskResult {
  validateCaseInputs(inputs);
  validateRiskSettings(inputs, settings);
  requireFinite(targetYears, "target_years");
  const { trials } = settings;
  if (draws.length < trials * RISK_INPUTS.length) {
    throw new ModelInputError("value", `the risk run needs ${trials * RISK_INPUTS.length} uniform draws.`);
  }
  const frame = trialFrame(inputs);
  const ranges = RISK_INPUTS.map((input) => riskRange(input, inputs[input], settings.spreads[input]));
  const cells = trials * inputs.horizon;
  const out: TrialOutputs = {
    paybackPeriod: new Float64Array(trials),
    paidBack: new Uint8Array(trials),
    npv: new Float64Array(trials),
    ...(keepPaths
      ? {
          paths: {
            drawn: new Float64Array(trials * RISK_INPUTS.length),
            revenue: new Float64Array(cells),
            cumulativeDiscounted: new Float64Array(cells),
            paybackState: new Float64Array(cells),
          },
        }
      : {}),
  };
  const drawn = { growth: 0, terminalGrowth: 0, margin: 0, capexTotal: 0 };
  for (let trial = 0; trial < trials; trial++) {
    const at = trial * RISK_INPUTS.length;
    drawn.growth = triangularInverse(draws[at], ranges[0][0], inputs.growth, ranges[0][1]);
    drawn.terminalGrowth = triangularInverse(draws[at + 1], ranges[1][0], inputs.terminalGrowth, ranges[1][1]);
    drawn.margin = triangularInverse(draws[at + 2], ranges[2][0], inputs.margin, ranges[2][1]);
    drawn.capexTotal = triangularInverse(draws[at + 3], ranges[3][0], inputs.capexTotal, ranges[3][1]);
    if (out.paths) out.paths.drawn.set([drawn.growth, drawn.terminalGrowth, drawn.margin, drawn.capexTotal], at);
    runTrial(inputs, frame, drawn, out, trial);
  }
  return summarise(out, trials, targetYears, inputs.horizon);
}

function summarise(out: TrialOutputs, trials: number, targetYears: number, horizon: number): RiskResult {
  const paybackHistogram = new Array<number>(horizon).fill(0);
  let byTarget = 0;
  let inHorizon = 0;
  for (let trial = 0; trial < trials; trial++) {
    if (out.paidBack[trial] === 0) continue;
    inHorizon++;
    if (out.paybackPeriod[trial] <= targetYears) byTarget++;
    paybackHistogram[Math.min(Math.floor(out.paybackPeriod[trial]), horizon - 1)]++;
  }
  const sorted = Float64Array.from(out.npv).sort();
  return {
    trials,
    ...out,
    probPaybackByTarget: byTarget / trials,
    probPaybackInHorizon: inHorizon / trials,
    npvP10: percentileInclusive(sorted, RISK_PERCENTILES.low),
    npvP50: percentileInclusive(sorted, RISK_PERCENTILES.mid),
    npvP90: percentileInclusive(sorted, RISK_PERCENTILES.high),
    paybackHistogram,
    notPaidBack: trials - inHorizon,
  };
}
