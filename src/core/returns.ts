import { ModelInputError, requireRate } from "./errors";
import {
  bisectionStep,
  discountedSum,
  gridBracket,
  gridValue,
  IRR_BISECTION_STEPS,
  IRR_SCAN_POINTS,
  midpoint,
  scaledFlows,
  type IrrBracket,
  type IrrSide,
} from "./irr-search";

export function requireFiniteFlows(cashflows: readonly number[]): void {
  for (let k = 0; k < cashflows.length; k++) {
    if (!Number.isFinite(cashflows[k])) throw new ModelInputError("num", "every cash flow must be a finite number.");
  }
}

/**
 * NPV = Σ_k cf_k / (1 + r)^k, flow 0 not discounted, as in the payback table. The discount factor is built by the same
 * running product as discountFlows, so the NPV equals the last cumulative discounted cash flow of the model to the bit.
 * Throws "num" where the sum is too large to represent (a rate close to −100% over many years).
 */
export function netPresentValue(cashflows: readonly number[], discountRate: number): number {
  requireRate(discountRate, "discount_rate");
  requireFiniteFlows(cashflows);
  let factor = 1;
  let npv = 0;
  for (let k = 0; k < cashflows.length; k++) {
    if (k > 0) factor *= 1 + discountRate;
    npv += cashflows[k] / factor;
  }
  if (!Number.isFinite(npv)) {
    throw new ModelInputError("num", "the NPV is too large to represent; use a discount rate further above -1.");
  }
  return npv;
}

/**
 * The IRR as the model reports it: a rate, "no sign change" (every flow ≥ 0 or every flow ≤ 0, so no rate gives an NPV
 * of 0), or "no rate found" (the flows change sign, but the NPV does not cross 0 for any rate the search covers).
 */
export type IrrOutcome =
  | { readonly kind: "rate"; readonly rate: number }
  | { readonly kind: "noSignChange" }
  | { readonly kind: "noRateFound" };

export { IRR_SCAN_STEP, IRR_SEARCH_LIMIT } from "./irr-search";

/**
 * The first root from r = 0 outward on one side: the scan's first grid point where the sign function (times its sign
 * at 0) is no longer above 0, then IRR_BISECTION_STEPS bisection steps on the bracket it ends. Undefined where the
 * sign never changes on that side. Exactly the steps irrSearchTrace lays out, stopping the scan where it may.
 */
export function firstRootFrom(scaled: readonly number[], side: IrrSide, signAtZero: number): number | undefined {
  for (let point = 1; point <= IRR_SCAN_POINTS; point++) {
    if (!(signAtZero * gridValue(scaled, side, point) > 0)) return bisect(scaled, signAtZero, gridBracket(side, point));
  }
  return undefined;
}

function bisect(scaled: readonly number[], signAtZero: number, bracket: IrrBracket): number {
  let current = bracket;
  // The last step's midpoint is the answer; the bracket after it is not needed.
  for (let step = 1; step < IRR_BISECTION_STEPS; step++) current = bisectionStep(scaled, signAtZero, current).next;
  return midpoint(current);
}

function signChanges(cashflows: readonly number[]): number {
  let changes = 0;
  let lastSign = 0;
  for (const flow of cashflows) {
    const sign = Math.sign(flow);
    if (sign === 0) continue;
    if (lastSign !== 0 && sign !== lastSign) changes++;
    lastSign = sign;
  }
  return changes;
}

/**
 * The internal rate of return: the rate r > −1 at which Σ cf_k / (1 + r)^k = 0.
 *
 * Why a scan and bisection rather than Newton's method (Excel's IRR): Newton needs a guess, may jump past −100% or to a
 * far root, and fails on flat stretches (Excel's and HyperFormula's IRR find no rate for the bear preset, whose IRR is
 * −34.5%); bisection on a bracket cannot fail. The bracket comes from a scan outward from r = 0 in steps of 0.01 in
 * ln(1 + r) (1 point of return near 0, wider far out), on a function with the NPV's sign that cannot overflow
 * (npvSign); then IRR_BISECTION_STEPS halvings. The Payback sheet lays out the same scan and steps in native
 * formulas (irr-trace.ts), so this is the rate its `ReturnsIRR` cell computes.
 *
 * Which root: with one sign change in the flows (a conventional investment) there is exactly one root (Descartes' rule
 * of signs in v = 1 / (1 + r)), and only the side of 0 where the NPV changes sign is scanned (the sheet scans both and
 * finds nothing on the other). With several sign changes there may be several roots or none: both sides are scanned,
 * and the root nearest 0 in |r| is returned (the positive one on a tie), a convention, since no single rate summarises
 * such flows. Two roots within one grid step of each other are not seen (the NPV touches or crosses 0 twice between
 * grid points). Flows that change sign but whose NPV never crosses 0 within the search limits give "noRateFound".
 *
 * Measured (tsx on this machine, 50 yearly flows, warm): a conventional case ≈ 8 µs (a few dozen grid points, then 56
 * bisection steps), as before the search had a fixed step count; several sign changes ≈ 0.16 ms; the worst case, no
 * root on either side, scans all 1,382 grid points of each side, ≈ 0.27 ms.
 */
export function internalRateOfReturn(cashflows: readonly number[]): IrrOutcome {
  requireFiniteFlows(cashflows);
  const changes = signChanges(cashflows);
  if (changes === 0) return { kind: "noSignChange" };
  const scaled = scaledFlows(cashflows);
  const valueAtZero = discountedSum(scaled, 1);
  if (valueAtZero === 0) return { kind: "rate", rate: 0 };
  const signAtZero = Math.sign(valueAtZero);
  let positive: number | undefined;
  let negative: number | undefined;
  if (changes === 1) {
    // The NPV tends to the sign of the first non-zero flow as r → ∞: the one root is on the positive side exactly when
    // the NPV at 0 has the other sign.
    const firstSign = Math.sign(cashflows.find((flow) => flow !== 0)!);
    if (signAtZero !== firstSign) positive = firstRootFrom(scaled, 1, signAtZero);
    else negative = firstRootFrom(scaled, -1, signAtZero);
  } else {
    positive = firstRootFrom(scaled, 1, signAtZero);
    negative = firstRootFrom(scaled, -1, signAtZero);
  }
  return nearestRoot(positive, negative);
}

/** The root nearest 0 in |r|, the positive one on a tie; "noRateFound" where neither side has one. */
export function nearestRoot(positive: number | undefined, negative: number | undefined): IrrOutcome {
  if (positive === undefined && negative === undefined) return { kind: "noRateFound" };
  if (negative === undefined || (positive !== undefined && positive <= -negative)) {
    return { kind: "rate", rate: positive! };
  }
  return { kind: "rate", rate: negative };
}
