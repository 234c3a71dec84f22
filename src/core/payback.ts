import { ModelInputError, requireFinite, requireRate } from "./errors";

/** d_k = cf_k / (1 + r)^k: flow 0 is not discounted. */
export function discountFlows(cashflows: readonly number[], discountRate = 0): number[] {
  let factor = 1;
  return cashflows.map((flow, k) => {
    if (k > 0) factor *= 1 + discountRate;
    return flow / factor;
  });
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
