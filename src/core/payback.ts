import { ModelInputError, requireFinite, requireRate } from "./errors";

/**
 * The divisors (1 + r)^k for k = 0 .. count − 1, each the one before times (1 + r) (so 1 for flow 0), the way
 * `discountFlows` and a spreadsheet row that multiplies the previous cell both build them.
 */
export function discountDivisors(discountRate: number, count: number): number[] {
  const divisors = new Array<number>(count);
  let factor = 1;
  for (let k = 0; k < count; k++) {
    if (k > 0) factor *= 1 + discountRate;
    divisors[k] = factor;
  }
  return divisors;
}

/** d_k = cf_k / (1 + r)^k: flow 0 is not discounted. */
export function discountFlows(cashflows: readonly number[], discountRate = 0): number[] {
  const divisors = discountDivisors(discountRate, cashflows.length);
  return cashflows.map((flow, k) => flow / divisors[k]);
}

export function runningSum(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/**
 * Payback period in years, counted as payback tables do: the year before recovery plus the share of the
 * recovery year's (discounted) flow needed to bring the cumulative flow back to zero.
 * Throws "num" when the cumulative flow never goes negative, "na" when it does not recover within the flows.
 */
export function paybackPeriod(cashflows: readonly number[], discountRate = 0): number {
  requireRate(discountRate, "discount_rate");
  if (cashflows.length < 2) {
    throw new ModelInputError("value", "cashflows must hold at least 2 values (year 0, year 1, ...).");
  }
  // An indexed loop with the test inline: a for-of calling requireFinite per flow made PAYBACKYEAR twice as slow.
  for (let k = 0; k < cashflows.length; k++) {
    if (!Number.isFinite(cashflows[k])) throw new ModelInputError("num", "every cash flow must be a finite number.");
  }
  // One pass over d_k and C_k, computed exactly as discountFlows and runningSum do, without building either array.
  let factor = 1;
  let cumulative = 0;
  let wentNegative = false;
  for (let k = 0; k < cashflows.length; k++) {
    if (k > 0) factor *= 1 + discountRate;
    const discounted = cashflows[k] / factor;
    const before = cumulative;
    cumulative += discounted;
    if (wentNegative && cumulative >= 0) return k - 1 + -before / discounted;
    if (cumulative < 0) wentNegative = true;
  }
  if (!wentNegative)
    throw new ModelInputError("num", "nothing to pay back: the cumulative cash flow never goes below 0.");
  throw new ModelInputError("na", "not paid back within the cash flows given.");
}

/** Payback expressed as a calendar year: `firstYear` is the year of flow 0. */
export function paybackYear(cashflows: readonly number[], firstYear = 0, discountRate = 0): number {
  requireFinite(firstYear, "first_year");
  return firstYear + paybackPeriod(cashflows, discountRate);
}

/**
 * The payback rule of `paybackPeriod`, year by year, as a payback table lays it out (1 for yes, 0 for no):
 * whether the cumulative flow has been below zero up to and including year k, whether it is back at or above zero
 * after having been below, whether year k is the first such year, and in that year only the payback year
 * `firstYear + (k − 1) + (−C_(k−1) / d_k)` (0 in every other year, so that the row sums to the payback year).
 * Takes the cumulative flows and the flows they sum (discounted or not); validates nothing.
 */
export interface PaybackTrace {
  readonly negativeSoFar: number[];
  readonly backToZero: number[];
  readonly firstRecovery: number[];
  readonly paybackInYear: number[];
}

export function paybackTrace(cumulative: readonly number[], flows: readonly number[], firstYear: number): PaybackTrace {
  const negativeSoFar: number[] = [];
  const backToZero: number[] = [];
  const firstRecovery: number[] = [];
  const paybackInYear: number[] = [];
  let seenNegative = false;
  let recovered = false;
  for (let k = 0; k < cumulative.length; k++) {
    const negativeBefore = seenNegative;
    if (cumulative[k] < 0) seenNegative = true;
    negativeSoFar.push(seenNegative ? 1 : 0);
    const back = negativeBefore && cumulative[k] >= 0;
    backToZero.push(back ? 1 : 0);
    const first = back && !recovered;
    if (back) recovered = true;
    firstRecovery.push(first ? 1 : 0);
    // The year before recovery is firstYear + k − 1, a whole number, added first as the sheet adds it.
    paybackInYear.push(first ? firstYear + (k - 1) + -cumulative[k - 1] / flows[k] : 0);
  }
  return { negativeSoFar, backToZero, firstRecovery, paybackInYear };
}
