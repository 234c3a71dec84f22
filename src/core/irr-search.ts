/**
 * The pieces of the IRR search that the finance core and the Payback sheet share, step for step: the flows scaled to a
 * largest magnitude of 1, a function with the NPV's sign and roots that cannot overflow, the scan grid in
 * x = ln(1 + r), and one bisection step. `internalRateOfReturn` (returns.ts) runs them with early exits;
 * `irrSearchTrace` (irr-trace.ts) runs them in full, as the sheet lays them out; both give the same rate.
 *
 * Each sum is evaluated as Excel's SERIESSUM(x, 0, 1, coefficients) is (HyperFormula: Horner's rule from the last
 * coefficient), so that the sheet's cells compute what the core computed, to the bit in HyperFormula.
 */

/**
 * The search covers continuously compounded rates x = ln(1 + r) in [−X, X], X = ln(1 + 10^6): IRRs from −99.9999% to
 * +100,000,000% a year, far beyond any investment case; outside it an IRR is reported as "no rate found".
 */
export const IRR_SEARCH_LIMIT = Math.log1p(1e6);
/** Grid step in x = ln(1 + r) of the scan for sign changes: 1 percentage point of return near 0. */
export const IRR_SCAN_STEP = 0.01;
/** Grid points on each side of 0: ⌈X / step⌉ = 1,382 (the last one clamped to X). */
export const IRR_SCAN_POINTS = Math.ceil(IRR_SEARCH_LIMIT / IRR_SCAN_STEP);
/**
 * Bisection steps on the bracket the scan finds. A bracket is at most (e^0.01 − 1)(1 + r) ≈ 0.01005 (1 + r) wide;
 * 56 halvings leave 1.4e-19 (1 + r), below the spacing of doubles near r for every |r| ≥ 0.1% (so the answer is
 * the one the old search to adjacent doubles gave, to a unit in the last place) and within 1e-9 relative of the root
 * for every |r| ≥ 1.4e-10. A fixed count, since the sheet lays out one row per step.
 */
export const IRR_BISECTION_STEPS = 56;

/** Which side of 0 a search runs on: rates above 0 (+1) or below 0 (−1). */
export type IrrSide = 1 | -1;

/** The flows divided by their largest magnitude (all 0 when every flow is 0), as the sheet's scaled row. */
export function scaledFlows(cashflows: readonly number[]): number[] {
  let largest = 0;
  for (const flow of cashflows) largest = Math.max(largest, Math.abs(flow));
  return cashflows.map((flow) => (largest > 0 ? flow / largest : 0));
}

/** Σ s_k v^k by Horner's rule from the last flow: SERIESSUM(v, 0, 1, flows). */
export function discountedSum(scaled: readonly number[], v: number): number {
  let value = 0;
  for (let k = scaled.length - 1; k >= 0; k--) value = value * v + scaled[k];
  return value;
}

/** Σ s_k w^(n−1−k) by Horner's rule from the first flow: SERIESSUM(w, 0, 1, flows last first). */
export function compoundedSum(scaled: readonly number[], w: number): number {
  let value = 0;
  for (let k = 0; k < scaled.length; k++) value = value * w + scaled[k];
  return value;
}

/**
 * A function of the rate with the sign and the roots of the NPV, finite for every rate in (−1, ∞). For r ≥ 0 it is
 * Σ cf_k v^k with v = 1 / (1 + r) ≤ 1 (the NPV itself); for r < 0 it is Σ cf_k w^(n−1−k) with w = 1 + r < 1, the NPV
 * times w^(n−1) > 0. Every power is then at most 1 and, with the flows scaled to a largest magnitude of 1, every value
 * is at most n in magnitude: the search never meets an overflow, however close the rate is to −100%.
 */
export function npvSign(scaled: readonly number[], rate: number): number {
  return rate >= 0 ? discountedSum(scaled, 1 / (1 + rate)) : compoundedSum(scaled, 1 + rate);
}

/** x = ln(1 + r) of grid point j (0 is r = 0), clamped to the search limit. */
export function gridX(point: number): number {
  return Math.min(point * IRR_SCAN_STEP, IRR_SEARCH_LIMIT);
}

/** The rate of grid point j on a side: e^(±x) − 1, as the sheet's EXP computes it. */
export function gridRate(side: IrrSide, point: number): number {
  return Math.exp(side * gridX(point)) - 1;
}

/**
 * The sign function at grid point j ≥ 1 of a side: v = e^(−x) is both 1 / (1 + r) above 0 and 1 + r below 0, so both
 * sides take the one base EXP(−x).
 */
export function gridValue(scaled: readonly number[], side: IrrSide, point: number): number {
  const base = Math.exp(-gridX(point));
  return side > 0 ? discountedSum(scaled, base) : compoundedSum(scaled, base);
}

/** A bracket of the search: the end nearer 0 keeps the sign the function has at 0, the far end does not. */
export interface IrrBracket {
  readonly near: number;
  readonly far: number;
}

/** The bracket between grid points j − 1 and j of a side. */
export function gridBracket(side: IrrSide, point: number): IrrBracket {
  return { near: gridRate(side, point - 1), far: gridRate(side, point) };
}

/** The midpoint of a bracket, as AVERAGE(near, far) computes it. */
export function midpoint(bracket: IrrBracket): number {
  return (bracket.near + bracket.far) / 2;
}

/**
 * One bisection step: the sign function at the midpoint, times the sign at 0 (`signAtZero`), and the half that keeps
 * the sign change: above 0 the near half moves out to the midpoint, otherwise the far end moves in.
 */
export function bisectionStep(
  scaled: readonly number[],
  signAtZero: number,
  bracket: IrrBracket,
): { readonly value: number; readonly next: IrrBracket } {
  const mid = midpoint(bracket);
  const value = signAtZero * npvSign(scaled, mid);
  return { value, next: value > 0 ? { near: mid, far: bracket.far } : { near: bracket.near, far: mid } };
}
