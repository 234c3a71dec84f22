import { ModelInputError, requireNonNegative, requireRate, requireWholeNumber } from "./errors";
import { MAX_PERIODS } from "./pacing";

/** Growth rate of period t (1-based) when the rate fades linearly from `growth` to `terminalGrowth` over n periods. */
export function fadedGrowthRate(growth: number, terminalGrowth: number, t: number, periods: number): number {
  return periods === 1 ? growth : growth + ((terminalGrowth - growth) * (t - 1)) / (periods - 1);
}

/**
 * Revenue for periods 1..n from a base-period value, compounding at a rate that fades linearly from `growth`
 * (period 1) to `terminalGrowth` (period n). Validates nothing: rates at or below −100% give the numbers the
 * arithmetic gives, as a spreadsheet row does, for what-if grids whose cases may lie outside the model's domain.
 */
export function compoundFadingGrowth(base: number, growth: number, periods: number, terminalGrowth: number): number[] {
  const revenue = new Array<number>(periods);
  // The rate of period k + 1 is fadedGrowthRate's, operation for operation (so the numbers are the same to the bit),
  // with the first period peeled off and the loop-invariant parts hoisted: this loop runs on every recalculation of
  // every CLOUDGROWTH cell, and in this shape V8 keeps it at the speed of a bare typed-array loop.
  let previous = base * (1 + growth);
  revenue[0] = previous;
  const fade = terminalGrowth - growth;
  const lastStep = periods - 1;
  for (let k = 1; k < periods; k++) {
    previous *= 1 + (growth + (fade * k) / lastStep);
    revenue[k] = previous;
  }
  return revenue;
}

/** `compoundFadingGrowth` for valid inputs only: CAPEX.CLOUDGROWTH and the model's revenue with the investment. */
export function projectRevenue(
  base: number,
  growth: number,
  periods: number,
  terminalGrowth: number = growth,
): number[] {
  requireNonNegative(base, "base");
  requireRate(growth, "growth");
  requireRate(terminalGrowth, "terminal_growth");
  requireWholeNumber(periods, "periods", 1, MAX_PERIODS);
  const revenue = compoundFadingGrowth(base, growth, periods, terminalGrowth);
  // The test inline, the message out of line: with both in a function of their own, CLOUDGROWTH ran 1.2× slower
  // (npm run bench:compare against the code before they were split).
  if (!Number.isFinite(revenue[periods - 1])) requireNoOverflow(revenue);
  return revenue;
}

/**
 * Throws "num" naming the first period whose projected revenue overflowed. Every factor 1 + g_t of a valid projection
 * is positive, so once a value overflows every later one is infinite too: checking the last value is enough.
 */
export function requireNoOverflow(revenue: readonly number[]): void {
  if (Number.isFinite(revenue[revenue.length - 1])) return;
  const firstOverflow = revenue.findIndex((value) => !Number.isFinite(value)) + 1;
  throw new ModelInputError(
    "num",
    `the projection overflows in period ${firstOverflow}; use a smaller base, growth or number of periods.`,
  );
}
