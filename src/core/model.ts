import { ModelInputError, requireFinite, requireNonNegative, requireRate, requireWholeNumber } from "./errors";
import { projectRevenue } from "./growth";
import { paceCapex, type PacingProfile } from "./pacing";
import { discountFlows, paybackYear, runningSum } from "./payback";

/** Longest horizon the model supports, in years. */
export const MAX_HORIZON = 50;
/** Calendar years the model accepts as its first year (four-digit years that Excel's date system can show). */
export const MIN_FIRST_YEAR = 1900;
export const MAX_FIRST_YEAR = 9999;

/** The inputs of the investment case, as `shared/spec/model.md` defines them. Amounts are in one currency. */
export interface CaseInputs {
  readonly capexTotal: number;
  readonly capexYears: number;
  readonly profile: PacingProfile;
  readonly customWeights?: readonly number[];
  readonly baseRevenue: number;
  readonly growth: number;
  readonly terminalGrowth: number;
  readonly baselineGrowth: number;
  readonly margin: number;
  readonly discountRate: number;
  readonly firstYear: number;
  readonly horizon: number;
}

/** Payback as the model reports it: a year, "not within the horizon", or "nothing to pay back". */
export type PaybackOutcome =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "notWithinHorizon" }
  | { readonly kind: "nothingToPayBack" };

export interface CaseResult {
  readonly years: number[];
  readonly capex: number[];
  readonly revenueWithInvestment: number[];
  readonly revenueWithout: number[];
  readonly incrementalRevenue: number[];
  readonly cashFlow: number[];
  readonly cumulativeCashFlow: number[];
  readonly discountedCashFlow: number[];
  readonly cumulativeDiscountedCashFlow: number[];
  readonly simplePayback: PaybackOutcome;
  readonly discountedPayback: PaybackOutcome;
}

export function validateCaseInputs(inputs: CaseInputs): void {
  requireWholeNumber(inputs.horizon, "horizon", 1, MAX_HORIZON);
  requireWholeNumber(inputs.capexYears, "capex_years", 1, inputs.horizon);
  requireNonNegative(inputs.capexTotal, "capex_total");
  requireNonNegative(inputs.baseRevenue, "base_revenue");
  requireRate(inputs.growth, "growth");
  requireRate(inputs.terminalGrowth, "terminal_growth");
  requireRate(inputs.baselineGrowth, "baseline_growth");
  requireFinite(inputs.margin, "margin");
  requireRate(inputs.discountRate, "discount_rate");
  requireWholeNumber(inputs.firstYear, "first_year", MIN_FIRST_YEAR, MAX_FIRST_YEAR);
}

function paybackOutcome(cashFlow: readonly number[], firstYear: number, discountRate: number): PaybackOutcome {
  try {
    return { kind: "year", year: paybackYear(cashFlow, firstYear, discountRate) };
  } catch (error) {
    if (error instanceof ModelInputError && error.kind === "na") return { kind: "notWithinHorizon" };
    if (error instanceof ModelInputError && error.kind === "num") return { kind: "nothingToPayBack" };
    throw error;
  }
}

/** Capex, revenue with and without the investment, incremental cash flow and payback, year by year. */
export function computeCase(inputs: CaseInputs): CaseResult {
  validateCaseInputs(inputs);
  const { horizon } = inputs;
  const paced = paceCapex(inputs.capexTotal, inputs.capexYears, inputs.profile, inputs.customWeights);
  const capex = Array.from({ length: horizon }, (_, k) => (k < paced.length ? paced[k] : 0));
  const revenueWithInvestment = projectRevenue(inputs.baseRevenue, inputs.growth, horizon, inputs.terminalGrowth);
  const revenueWithout = Array.from(
    { length: horizon },
    (_, k) => inputs.baseRevenue * Math.pow(1 + inputs.baselineGrowth, k + 1),
  );
  const incrementalRevenue = revenueWithInvestment.map((r, k) => r - revenueWithout[k]);
  const cashFlow = incrementalRevenue.map((dr, k) => inputs.margin * dr - capex[k]);
  const discountedCashFlow = discountFlows(cashFlow, inputs.discountRate);
  // A one-year horizon has a single flow, too few for a payback table.
  const payback = (rate: number): PaybackOutcome =>
    horizon < 2 ? { kind: "notWithinHorizon" } : paybackOutcome(cashFlow, inputs.firstYear, rate);
  return {
    years: Array.from({ length: horizon }, (_, k) => inputs.firstYear + k),
    capex,
    revenueWithInvestment,
    revenueWithout,
    incrementalRevenue,
    cashFlow,
    cumulativeCashFlow: runningSum(cashFlow),
    discountedCashFlow,
    cumulativeDiscountedCashFlow: runningSum(discountedCashFlow),
    simplePayback: payback(0),
    discountedPayback: payback(inputs.discountRate),
  };
}
