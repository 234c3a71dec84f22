import { ModelInputError, requireFinite, requireNonNegative, requireRate, requireWholeNumber } from "./errors";
import { computeEarnings, type EarningsInputs, type EarningsResult } from "./earnings";
import { compoundFadingGrowth, requireNoOverflow } from "./growth";
import { paceCapex, type PacingProfile } from "./pacing";
import { discountDivisors, paybackYear, runningSum } from "./payback";
import { MAX_FIRST_YEAR, MIN_FIRST_YEAR } from "./years";

/** Longest horizon the model supports, in years. */
export const MAX_HORIZON = 50;
/** Calendar years the model accepts as its first year (four-digit years that Excel's date system can show). */
export { MAX_FIRST_YEAR, MIN_FIRST_YEAR } from "./years";

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

/** The year-by-year figures of a case (model years k = 0 .. H − 1), as model.md defines them. */
export interface CaseTimeline {
  readonly years: number[];
  readonly capex: number[];
  readonly revenueWithInvestment: number[];
  readonly revenueWithout: number[];
  readonly incrementalRevenue: number[];
  /** margin · ΔR_k: the cash the incremental revenue brings in. */
  readonly contribution: number[];
  /** CF_k = contribution_k − capex_k. */
  readonly cashFlow: number[];
  readonly cumulativeCashFlow: number[];
  /** (1 + discount_rate)^k, 1 for the first model year. */
  readonly discountDivisors: number[];
  readonly discountedCashFlow: number[];
  readonly cumulativeDiscountedCashFlow: number[];
}

export interface CaseResult extends CaseTimeline {
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

/**
 * The flows of a case for a capex schedule (0 after its last value), in model.md's order of operations. Validates nothing, so that a what-if grid can lay out cases outside the model's domain (growth at or
 * below −100%) the way its formulas compute them; `computeCase` is this for valid inputs, plus payback.
 */
export function caseTimeline(inputs: CaseInputs, schedule: readonly number[]): CaseTimeline {
  const { horizon } = inputs;
  const capex = Array.from({ length: horizon }, (_, k) => (k < schedule.length ? schedule[k] : 0));
  const revenueWithInvestment = compoundFadingGrowth(inputs.baseRevenue, inputs.growth, horizon, inputs.terminalGrowth);
  const revenueWithout = Array.from(
    { length: horizon },
    (_, k) => inputs.baseRevenue * Math.pow(1 + inputs.baselineGrowth, k + 1),
  );
  const incrementalRevenue = revenueWithInvestment.map((r, k) => r - revenueWithout[k]);
  const contribution = incrementalRevenue.map((dr) => inputs.margin * dr);
  const cashFlow = contribution.map((c, k) => c - capex[k]);
  const divisors = discountDivisors(inputs.discountRate, horizon);
  const discountedCashFlow = cashFlow.map((flow, k) => flow / divisors[k]);
  return {
    years: Array.from({ length: horizon }, (_, k) => inputs.firstYear + k),
    capex,
    revenueWithInvestment,
    revenueWithout,
    incrementalRevenue,
    contribution,
    cashFlow,
    cumulativeCashFlow: runningSum(cashFlow),
    discountDivisors: divisors,
    discountedCashFlow,
    cumulativeDiscountedCashFlow: runningSum(discountedCashFlow),
  };
}

/** Simple and discounted payback of a case's cash flows. A one-year horizon has too few flows for a payback table. */
export function casePayback(
  cashFlow: readonly number[],
  firstYear: number,
  discountRate: number,
): Pick<CaseResult, "simplePayback" | "discountedPayback"> {
  const payback = (rate: number): PaybackOutcome =>
    cashFlow.length < 2 ? { kind: "notWithinHorizon" } : paybackOutcome(cashFlow, firstYear, rate);
  return { simplePayback: payback(0), discountedPayback: payback(discountRate) };
}

/**
 * Throws "num" naming the first figure and year of a timeline that is not finite. Valid inputs can still overflow
 * past the revenue: a discount rate near −100% divides by (1 + r)^k, which underflows to 0 over a long horizon (−99.99999%
 * over 50 years), and a running sum or a margin times a huge revenue can pass the largest double. No caller may see
 * such a case as an answer: a cell would hold Infinity, and a tornado's swing would rank it first.
 */
export function requireFiniteTimeline(timeline: CaseTimeline): void {
  const figures: readonly [string, readonly number[]][] = [
    ["revenue without the investment", timeline.revenueWithout],
    ["incremental revenue", timeline.incrementalRevenue],
    ["contribution", timeline.contribution],
    ["cash flow", timeline.cashFlow],
    ["cumulative cash flow", timeline.cumulativeCashFlow],
    ["discounted cash flow", timeline.discountedCashFlow],
    ["cumulative discounted cash flow", timeline.cumulativeDiscountedCashFlow],
  ];
  for (const [name, values] of figures) {
    const k = values.findIndex((value) => !Number.isFinite(value));
    if (k >= 0) {
      throw new ModelInputError(
        "num",
        `the ${name} of year ${timeline.years[k]} is too large to represent; use a discount rate further from -100%, smaller amounts or a shorter horizon.`,
      );
    }
  }
}

/** Capex, revenue with and without the investment, incremental cash flow and payback, year by year. */
export function computeCase(inputs: CaseInputs): CaseResult {
  validateCaseInputs(inputs);
  const paced = paceCapex(inputs.capexTotal, inputs.capexYears, inputs.profile, inputs.customWeights);
  const timeline = caseTimeline(inputs, paced);
  requireNoOverflow(timeline.revenueWithInvestment);
  requireFiniteTimeline(timeline);
  return { ...timeline, ...casePayback(timeline.cashFlow, inputs.firstYear, inputs.discountRate) };
}

/** A case with the four inputs of the earnings view (model.md, "Earnings and returns"). */
export interface InvestmentCaseInputs
  extends CaseInputs, Pick<EarningsInputs, "infraShare" | "infraLife" | "facilityLife" | "baselineEbitaMargin"> {}

/** The case and its earnings view: depreciation, EBITA and its margin, the trough and recovery, NPV and IRR. */
export interface InvestmentCaseResult extends CaseResult {
  readonly earnings: EarningsResult;
}

/** computeCase, then the earnings view of its flows: every figure the workbook and the pane show, computed once. */
export function computeInvestmentCase(inputs: InvestmentCaseInputs): InvestmentCaseResult {
  const result = computeCase(inputs);
  return { ...result, earnings: computeEarnings(inputs, result) };
}

/** An amount of the model's currency (RMB) in USD: model.md's fx is CNY per USD. */
export function toUsd(amount: number, fx: number): number {
  return amount / fx;
}
