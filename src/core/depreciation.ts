import { ModelInputError, requireWholeNumber } from "./errors";
import { MAX_PERIODS } from "./pacing";

/**
 * When an amount spent in year k starts to be charged: "same" from year k, "next" from year k + 1, "half" half a year's
 * charge in year k and in year k + life (the half-year convention), as `shared/spec/functions.md` defines them.
 */
export const DEPRECIATION_CONVENTIONS = ["half", "next", "same"] as const;
export type DepreciationConvention = (typeof DEPRECIATION_CONVENTIONS)[number];

/** Longest useful life, in years, the contract accepts. */
export const MAX_USEFUL_LIFE = 50;

/**
 * A window sum is recomputed from its terms once its accumulated rounding bound passes this share of its value: far
 * inside the contract's 1e-9, so that the result is as accurate as summing each window afresh.
 */
const WINDOW_SUM_TOLERANCE = 2 ** -40;
const UNIT_ROUNDOFF = 2 ** -53;

function validateCapex(capex: readonly number[]): void {
  // An indexed loop with the test inline, as in paybackPeriod: this runs on every recalculation of every cell.
  for (let k = 0; k < capex.length; k++) {
    const amount = capex[k];
    if (!(amount >= 0) || amount === Infinity) {
      throw new ModelInputError("num", `capex must hold finite amounts of 0 or more; item ${k + 1} is ${amount}.`);
    }
  }
}

/**
 * Straight-line depreciation of a stream of yearly capex: entry t is what the spend of years 0 … t charges in year t.
 *
 * The charge of year t is a sum over a window of `life` spends (plus the window before it for "next" and "half"), so
 * it is computed as a running window sum W_t = Σ_(k = t−life+1 … t) capex_k / life, one addition and one subtraction a
 * year: O(periods), where summing each window afresh is O(periods · life). Then same_t = W_t, next_t = W_(t−1) and
 * half_t = (W_t + W_(t−1)) / 2, which is the contract's half-year shares term by term.
 *
 * A running sum that subtracts can lose the small amounts that follow a large one (1e20 leaving the window takes the 1
 * beside it along). Each step therefore adds its rounding bound (unit roundoff × the sums it formed) to a running
 * bound, and where that bound passes 2^-40 of the window sum, the window is summed afresh from its terms, which resets
 * the bound. Streams without wide swings never trigger it; the worst case is O(periods · life), as summing afresh.
 *
 * Each amount is divided by the life before it is summed, so no sum exceeds the largest amount (to rounding) and
 * nothing overflows short of amounts next to the largest double; "half" halves each window sum before adding two.
 */
export function depreciate(
  capex: readonly number[],
  life: number,
  periods: number = capex.length,
  convention: DepreciationConvention = "half",
): number[] {
  validateCapex(capex);
  requireWholeNumber(life, "life", 1, MAX_USEFUL_LIFE);
  requireWholeNumber(periods, "periods", 1, MAX_PERIODS);
  const windowSums = lifeWindowSums(capex, life, periods);
  const charges = new Array<number>(periods);
  switch (convention) {
    case "same":
      for (let t = 0; t < periods; t++) charges[t] = windowSums[t];
      break;
    case "next":
      charges[0] = 0;
      for (let t = 1; t < periods; t++) charges[t] = windowSums[t - 1];
      break;
    case "half": {
      let previousHalf = 0;
      for (let t = 0; t < periods; t++) {
        const half = 0.5 * windowSums[t];
        charges[t] = half + previousHalf;
        previousHalf = half;
      }
      break;
    }
  }
  return charges;
}

/** W_t = Σ_(k = max(0, t−life+1) … t) capex_k / life for t = 0 … periods − 1 (amounts past the stream count as 0). */
function lifeWindowSums(capex: readonly number[], life: number, periods: number): Float64Array {
  const sums = new Float64Array(periods);
  const spent = capex.length;
  let sum = 0;
  let roundingBound = 0;
  for (let t = 0; t < periods; t++) {
    const entering = t < spent ? capex[t] / life : 0;
    const leavingYear = t - life;
    const leaving = leavingYear >= 0 && leavingYear < spent ? capex[leavingYear] / life : 0;
    const added = sum + entering;
    sum = added - leaving;
    roundingBound += UNIT_ROUNDOFF * (added + Math.abs(sum));
    if (roundingBound > WINDOW_SUM_TOLERANCE * sum) {
      sum = windowSumAfresh(capex, life, t);
      roundingBound = UNIT_ROUNDOFF * life * sum;
    }
    // Only amounts within a few roundings of the largest double get here: a window of them sums past it.
    if (sum === Infinity) throw new ModelInputError("num", "the depreciation is too large to represent.");
    sums[t] = sum;
  }
  return sums;
}

function windowSumAfresh(capex: readonly number[], life: number, t: number): number {
  let sum = 0;
  const last = Math.min(t, capex.length - 1);
  for (let k = Math.max(0, t - life + 1); k <= last; k++) sum += capex[k] / life;
  return sum;
}
