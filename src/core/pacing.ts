import { ModelInputError, requireNonNegative, requireWholeNumber } from "./errors";

export const PACING_PROFILES = ["even", "front", "back", "scurve", "custom"] as const;
export type PacingProfile = (typeof PACING_PROFILES)[number];
export type BuiltInProfile = Exclude<PacingProfile, "custom">;
export const BUILT_IN_PROFILES: readonly BuiltInProfile[] = ["even", "front", "back", "scurve"];

/** Upper bound on periods: 50 years of months, far beyond any capex plan, small enough to spill comfortably. */
export const MAX_PERIODS = 600;

/** Steepness and midpoint of the logistic S-curve, fixed by the function contract. */
export const SCURVE_STEEPNESS = 10;
export const SCURVE_MIDPOINT = 0.5;

/** σ(x) = 1 / (1 + e^(−x)). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** σ(−k/2) and σ(k/2): the logistic at the start and at the end of the schedule, which G rescales to 0 and 1. */
export const SCURVE_LOGISTIC_AT_START = logistic(-SCURVE_STEEPNESS * SCURVE_MIDPOINT);
export const SCURVE_LOGISTIC_AT_END = logistic(SCURVE_STEEPNESS * (1 - SCURVE_MIDPOINT));

/** Cumulative share of the budget spent by fraction `x` of the schedule: a logistic curve rescaled to run 0 → 1. */
export function sCurveCumulative(x: number): number {
  return (
    (logistic(SCURVE_STEEPNESS * (x - SCURVE_MIDPOINT)) - SCURVE_LOGISTIC_AT_START) /
    (SCURVE_LOGISTIC_AT_END - SCURVE_LOGISTIC_AT_START)
  );
}

/**
 * The S-curve over a model timeline of `horizon` years when the budget is spent over the first `periods`: the share
 * of the schedule elapsed at the start and end of each year (capped at 1) and G of each, so that year k's weight is
 * G(end) − G(start), the same numbers `profileWeights("scurve", periods)` gives (0 after the schedule).
 */
export interface SCurveSchedule {
  readonly elapsedAtStart: number[];
  readonly elapsedAtEnd: number[];
  readonly cumulativeAtStart: number[];
  readonly cumulativeAtEnd: number[];
}

export function sCurveSchedule(periods: number, horizon: number): SCurveSchedule {
  const elapsedAtStart = Array.from({ length: horizon }, (_, k) => Math.min(k / periods, 1));
  const elapsedAtEnd = Array.from({ length: horizon }, (_, k) => Math.min((k + 1) / periods, 1));
  return {
    elapsedAtStart,
    elapsedAtEnd,
    cumulativeAtStart: elapsedAtStart.map(sCurveCumulative),
    cumulativeAtEnd: elapsedAtEnd.map(sCurveCumulative),
  };
}

/** The pacing weights of a built-in profile over a timeline of `horizon` years: `profileWeights`, then 0s. */
export function profileWeightsOverHorizon(profile: BuiltInProfile, periods: number, horizon: number): number[] {
  const weights = profileWeights(profile, periods);
  return Array.from({ length: horizon }, (_, k) => (k < periods ? weights[k] : 0));
}

export function isPacingProfile(text: string): text is PacingProfile {
  return (PACING_PROFILES as readonly string[]).includes(text);
}

/** The unnormalised weight of each period for a built-in profile. */
export function profileWeights(profile: BuiltInProfile, periods: number): number[] {
  const weights = new Array<number>(periods);
  switch (profile) {
    case "even":
      for (let i = 1; i <= periods; i++) weights[i - 1] = 1;
      break;
    case "front":
      for (let i = 1; i <= periods; i++) weights[i - 1] = periods - i + 1;
      break;
    case "back":
      for (let i = 1; i <= periods; i++) weights[i - 1] = i;
      break;
    case "scurve": {
      // w_i = G(i/n) − G((i−1)/n), each G computed once and carried to the next period.
      let previous = sCurveCumulative(0);
      for (let i = 1; i <= periods; i++) {
        const current = sCurveCumulative(i / periods);
        weights[i - 1] = current - previous;
        previous = current;
      }
      break;
    }
  }
  return weights;
}

function validateCustomWeights(weights: readonly number[], periods: number): void {
  if (weights.length !== periods) {
    throw new ModelInputError(
      "value",
      `weights must hold exactly ${periods} values (one per period); got ${weights.length}.`,
    );
  }
  let sum = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new ModelInputError("num", "weights must be finite numbers of 0 or more.");
    sum += w;
  }
  if (!(sum > 0) || !Number.isFinite(sum))
    throw new ModelInputError("num", "weights must have a positive, finite sum.");
}

/**
 * Spreads `total` over `periods` periods in proportion to the profile's weights.
 * The result always sums to `total` (to rounding) and is never negative.
 */
export function paceCapex(
  total: number,
  periods: number,
  profile: PacingProfile = "even",
  customWeights?: readonly number[],
): number[] {
  requireNonNegative(total, "total");
  requireWholeNumber(periods, "periods", 1, MAX_PERIODS);
  let weights: readonly number[];
  if (profile === "custom") {
    if (customWeights === undefined) {
      throw new ModelInputError("value", 'weights are required with the "custom" profile.');
    }
    validateCustomWeights(customWeights, periods);
    weights = customWeights;
  } else {
    if (customWeights !== undefined) {
      throw new ModelInputError("value", `weights go only with the "custom" profile, not "${profile}".`);
    }
    weights = profileWeights(profile, periods);
  }
  let sum = 0;
  for (let i = 0; i < periods; i++) sum += weights[i];
  // One result array, filled in a plain loop: this runs on every recalculation of every PACING cell.
  const spend = new Array<number>(periods);
  // Dividing first keeps total · w from overflowing for budgets near the largest double.
  for (let i = 0; i < periods; i++) spend[i] = total * (weights[i] / sum);
  return spend;
}
