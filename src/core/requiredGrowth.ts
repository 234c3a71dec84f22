import { ModelInputError, requireNonNegative, requireRate, requireWholeNumber } from "./errors";
import { MAX_HORIZON, type CaseInputs } from "./model";
import { paceCapex, type BuiltInProfile } from "./pacing";

export interface RequiredGrowthInputs {
  readonly capexTotal: number;
  readonly capexYears: number;
  readonly baseRevenue: number;
  readonly margin: number;
  readonly targetYears: number;
  readonly baselineGrowth: number;
  readonly discountRate: number;
  readonly profile: BuiltInProfile;
}

type RequiredGrowthCase = Pick<
  CaseInputs,
  "capexTotal" | "capexYears" | "baseRevenue" | "margin" | "baselineGrowth" | "discountRate"
> & { readonly profile: BuiltInProfile };

/** The required-growth question asked of an investment case: its capex, revenue, margin and rates, and a target. */
export function requiredGrowthInputsOf(inputs: RequiredGrowthCase, targetYears: number): RequiredGrowthInputs {
  return {
    capexTotal: inputs.capexTotal,
    capexYears: inputs.capexYears,
    baseRevenue: inputs.baseRevenue,
    margin: inputs.margin,
    targetYears,
    baselineGrowth: inputs.baselineGrowth,
    discountRate: inputs.discountRate,
    profile: inputs.profile,
  };
}

/** The search interval for the growth rate, (−1, 10], and the precision the contract fixes. */
export const GROWTH_SEARCH_LOW = -1;
export const GROWTH_SEARCH_HIGH = 10;
export const GROWTH_SEARCH_TOLERANCE = 1e-9;

export function validateRequiredGrowthInputs(inputs: RequiredGrowthInputs): void {
  requireNonNegative(inputs.capexTotal, "capex_total");
  requireWholeNumber(inputs.capexYears, "capex_years", 1, MAX_HORIZON);
  requireNonNegative(inputs.baseRevenue, "base_revenue");
  if (!Number.isFinite(inputs.margin) || inputs.margin <= 0) {
    throw new ModelInputError("num", "margin must be a finite number above 0 (30% is 0.3).");
  }
  if (!Number.isFinite(inputs.targetYears) || inputs.targetYears <= 0 || inputs.targetYears > MAX_HORIZON) {
    throw new ModelInputError("num", `target_years must be a number above 0 and at most ${MAX_HORIZON}.`);
  }
  requireRate(inputs.baselineGrowth, "baseline_growth");
  requireRate(inputs.discountRate, "discount_rate");
}

/**
 * Q(g): the cumulative discounted cash flow interpolated at `targetYears` after the first flow, for a constant
 * growth rate g. Payback happens by the target exactly when Q(g) ≥ 0.
 */
export function cumulativeAtTarget(inputs: RequiredGrowthInputs, growth: number, capex: readonly number[]): number {
  const k = Math.ceil(inputs.targetYears);
  const fractionOfYearK = inputs.targetYears - (k - 1);
  let cumulative = 0;
  let withInvestment = inputs.baseRevenue;
  let without = inputs.baseRevenue;
  let discount = 1;
  for (let year = 0; year <= k; year++) {
    withInvestment *= 1 + growth;
    without *= 1 + inputs.baselineGrowth;
    if (year > 0) discount *= 1 + inputs.discountRate;
    const flow = inputs.margin * (withInvestment - without) - (year < capex.length ? capex[year] : 0);
    cumulative += ((year < k ? 1 : fractionOfYearK) * flow) / discount;
  }
  return cumulative;
}

/** Amounts above this are scaled down before the search (those below are left exactly as they are). */
const LARGEST_UNSCALED_AMOUNT = 2 ** 64;

/**
 * The inputs with capex and base revenue divided by one power of two when either is huge. Every cash flow, and so
 * Q(g), is proportional to the two amounts together, and a power of two divides exactly: the sign of Q(g), and so the
 * answer, is unchanged, while (1 + g)^k times the revenue no longer overflows.
 */
function withAmountsScaled(inputs: RequiredGrowthInputs): RequiredGrowthInputs {
  const largest = Math.max(inputs.capexTotal, inputs.baseRevenue);
  if (largest <= LARGEST_UNSCALED_AMOUNT) return inputs;
  const scale = 2 ** -Math.ceil(Math.log2(largest));
  return { ...inputs, capexTotal: inputs.capexTotal * scale, baseRevenue: inputs.baseRevenue * scale };
}

function cashFlowsOverflow(growth: number): ModelInputError {
  return new ModelInputError(
    "num",
    `the discounted cash flows overflow at a growth rate of ${growth} (margin or discount rate too extreme to compute).`,
  );
}

/** model.md's "no answer": base revenue 0 with capex, or no rate up to the top of the search interval is enough. */
export function noRateIsEnough(): ModelInputError {
  // Made only when thrown: an Error captures a stack trace, which cost more than the whole search.
  return new ModelInputError("na", "no growth rate up to 1,000% a year pays back within the target.");
}

/**
 * What model.md answers before any search: validates the inputs, returns baseline_growth when there is no capex,
 * throws "na" when there is no base revenue to grow; undefined when the answer needs the search.
 */
export function requiredGrowthWithoutSearch(inputs: RequiredGrowthInputs): number | undefined {
  validateRequiredGrowthInputs(inputs);
  if (inputs.capexTotal === 0) return inputs.baselineGrowth;
  if (inputs.baseRevenue === 0) throw noRateIsEnough();
  return undefined;
}

/**
 * The smallest constant growth rate at which the investment pays back (discounted) `targetYears` after the first
 * flow, found by bisection on (−1, 10] far past the contract's 1e-9, to the limit of doubles (about 1e-15).
 * Throws "na" when no rate up to 1,000% a year is enough.
 */
export function requiredGrowth(inputs: RequiredGrowthInputs): number {
  const direct = requiredGrowthWithoutSearch(inputs);
  if (direct !== undefined) return direct;
  const scaled = withAmountsScaled(inputs);
  const capex = paceCapex(scaled.capexTotal, scaled.capexYears, scaled.profile);
  const q = (g: number): number => {
    const value = cumulativeAtTarget(scaled, g, capex);
    // Never read an overflow as "paid back" (Infinity ≥ 0) or as "not yet" (NaN): say so instead.
    if (!Number.isFinite(value)) throw cashFlowsOverflow(g);
    return value;
  };
  let high = GROWTH_SEARCH_HIGH;
  if (!(q(high) >= 0)) throw noRateIsEnough();
  let low = GROWTH_SEARCH_LOW;
  // Bisect far past the contract's 1e-9, as far as doubles allow: where the recovery-year flow is small, 1e-9 in g can
  // move the payback point it gives by more than 1e-6 years.
  while (high - low > GROWTH_SEARCH_TOLERANCE * 1e-6) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) break;
    if (q(mid) >= 0) high = mid;
    else low = mid;
  }
  return high;
}
