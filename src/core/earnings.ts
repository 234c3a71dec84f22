import { ModelInputError, requireFinite, requireRate, requireWholeNumber } from "./errors";
import { depreciate, MAX_USEFUL_LIFE } from "./depreciation";
import { internalRateOfReturn, netPresentValue, type IrrOutcome } from "./returns";
import { MAX_FIRST_YEAR, MIN_FIRST_YEAR } from "./years";

/**
 * The earnings view of the investment case (`shared/spec/model.md`, "Earnings and returns"): what the spend charges to
 * the cloud segment's EBITA year by year, the margin path against the baseline margin, and NPV and IRR of the flows.
 * It takes the case's flows rather than recomputing them, so that capex, revenue and cash flow have one definition.
 */

/** The inputs the earnings view needs besides the flows; a CaseInputs with the four new fields has them all. */
export interface EarningsInputs {
  /** Share of capex that is technical infrastructure (servers, GPUs, network), 0..1. */
  readonly infraShare: number;
  /** Useful life of the infrastructure share, whole years 1..50. */
  readonly infraLife: number;
  /** Useful life of the rest (buildings, facilities), whole years 1..50. */
  readonly facilityLife: number;
  /** The segment's EBITA margin without the investment, −1..1. */
  readonly baselineEbitaMargin: number;
  /** Cash margin on incremental revenue. */
  readonly margin: number;
  readonly discountRate: number;
  readonly firstYear: number;
}

/** The case's flows for model years k = 0 … H − 1, as computeCase returns them (all the same length H ≥ 1). */
export interface EarningsFlows {
  readonly capex: readonly number[];
  /** R_k. */
  readonly revenueWithInvestment: readonly number[];
  /** B_k. */
  readonly revenueWithout: readonly number[];
  /** ΔR_k = R_k − B_k. */
  readonly incrementalRevenue: readonly number[];
  /** CF_k = margin · ΔR_k − Capex_k. */
  readonly cashFlow: readonly number[];
}

/** A year's EBITA margin, or "noRevenue" where the segment has no revenue that year (R_k = 0). */
export type EbitaMargin = number | "noRevenue";

/** The lowest margin and its year (the first on a tie), or "noRevenue" when no year has revenue. */
export type MarginTrough =
  { readonly kind: "year"; readonly year: number; readonly margin: number } | { readonly kind: "noRevenue" };

/** The first year after the trough with a margin back at or above the baseline margin. */
export type MarginRecovery = { readonly kind: "year"; readonly year: number } | { readonly kind: "notWithinHorizon" };

export interface EarningsResult {
  readonly years: number[];
  /** infra_share · CAPEX.DEPRECIATION(Capex, infra_life, H, "half"). */
  readonly infraDepreciation: number[];
  /** (1 − infra_share) · CAPEX.DEPRECIATION(Capex, facility_life, H, "half"). */
  readonly facilityDepreciation: number[];
  /** D_k: the two classes together. */
  readonly depreciation: number[];
  /** margin · ΔR_k − D_k. */
  readonly incrementalEbita: number[];
  /** baseline_ebita_margin · B_k: the segment's EBITA without the investment. */
  readonly ebitaWithout: number[];
  /** E_k = baseline_ebita_margin · B_k + margin · ΔR_k − D_k. */
  readonly ebita: number[];
  /** M_k = E_k / R_k. */
  readonly ebitaMargin: EbitaMargin[];
  readonly trough: MarginTrough;
  readonly recovery: MarginRecovery;
  readonly npv: number;
  readonly irr: IrrOutcome;
}

/** The range of the baseline EBITA margin the model accepts. */
export const BASELINE_EBITA_MARGIN_RANGE = { min: -1, max: 1 } as const;

export function validateEarningsInputs(inputs: EarningsInputs): void {
  if (!(inputs.infraShare >= 0 && inputs.infraShare <= 1)) {
    throw new ModelInputError("num", "infra_share must be a number from 0 to 1 (60% is 0.6).");
  }
  requireWholeNumber(inputs.infraLife, "infra_life", 1, MAX_USEFUL_LIFE);
  requireWholeNumber(inputs.facilityLife, "facility_life", 1, MAX_USEFUL_LIFE);
  const { min, max } = BASELINE_EBITA_MARGIN_RANGE;
  if (!(inputs.baselineEbitaMargin >= min && inputs.baselineEbitaMargin <= max)) {
    throw new ModelInputError("num", `baseline_ebita_margin must be a number from ${min} to ${max} (9% is 0.09).`);
  }
  requireFinite(inputs.margin, "margin");
  requireRate(inputs.discountRate, "discount_rate");
  requireWholeNumber(inputs.firstYear, "first_year", MIN_FIRST_YEAR, MAX_FIRST_YEAR);
}

function validateFlows(flows: EarningsFlows): number {
  const horizon = flows.capex.length;
  const rows = [
    flows.capex,
    flows.revenueWithInvestment,
    flows.revenueWithout,
    flows.incrementalRevenue,
    flows.cashFlow,
  ] as const;
  if (horizon < 1 || rows.some((row) => row.length !== horizon)) {
    throw new ModelInputError("value", "the flows must all cover the same horizon of at least one year.");
  }
  for (const row of rows) {
    for (let k = 0; k < horizon; k++) {
      if (!Number.isFinite(row[k])) throw overflowIn("the revenue or cash flow", k);
    }
  }
  return horizon;
}

const overflowIn = (what: string, year: number): ModelInputError =>
  new ModelInputError(
    "num",
    `${what} overflows in model year ${year + 1}; use smaller amounts, growth rates or a shorter horizon.`,
  );

/** The smallest margin, the first such year on a tie; years without revenue are skipped. */
export function marginTrough(margins: readonly EbitaMargin[], years: readonly number[]): MarginTrough {
  let index = -1;
  for (let k = 0; k < margins.length; k++) {
    const margin = margins[k];
    if (margin === "noRevenue") continue;
    if (index < 0 || margin < (margins[index] as number)) index = k;
  }
  return index < 0 ? { kind: "noRevenue" } : { kind: "year", year: years[index], margin: margins[index] as number };
}

/** The first year after the trough with a margin ≥ the baseline margin. */
export function marginRecovery(
  margins: readonly EbitaMargin[],
  years: readonly number[],
  trough: MarginTrough,
  baselineEbitaMargin: number,
): MarginRecovery {
  if (trough.kind === "noRevenue") return { kind: "notWithinHorizon" };
  for (let k = years.indexOf(trough.year) + 1; k < margins.length; k++) {
    const margin = margins[k];
    if (margin !== "noRevenue" && margin >= baselineEbitaMargin) return { kind: "year", year: years[k] };
  }
  return { kind: "notWithinHorizon" };
}

/**
 * Depreciation by asset class, EBITA and its margin with the investment, the margin trough and recovery, NPV and IRR.
 * Every number is finite: a figure that would overflow is an error ("num") naming the year, never an infinity.
 */
export function computeEarnings(inputs: EarningsInputs, flows: EarningsFlows): EarningsResult {
  validateEarningsInputs(inputs);
  const horizon = validateFlows(flows);
  const infraCharges = depreciate(flows.capex, inputs.infraLife, horizon, "half");
  const facilityCharges = depreciate(flows.capex, inputs.facilityLife, horizon, "half");
  const facilityShare = 1 - inputs.infraShare;
  const years = new Array<number>(horizon);
  const infraDepreciation = new Array<number>(horizon);
  const facilityDepreciation = new Array<number>(horizon);
  const depreciation = new Array<number>(horizon);
  const incrementalEbita = new Array<number>(horizon);
  const ebitaWithout = new Array<number>(horizon);
  const ebita = new Array<number>(horizon);
  const ebitaMargin = new Array<EbitaMargin>(horizon);
  for (let k = 0; k < horizon; k++) {
    years[k] = inputs.firstYear + k;
    // Each class's charge is at most its share of the largest capex amount, so none of these sums can overflow.
    infraDepreciation[k] = inputs.infraShare * infraCharges[k];
    facilityDepreciation[k] = facilityShare * facilityCharges[k];
    depreciation[k] = infraDepreciation[k] + facilityDepreciation[k];
    // Evaluated in the order the spec writes them, which the workbook's formulas follow.
    const incrementalProfit = inputs.margin * flows.incrementalRevenue[k];
    incrementalEbita[k] = incrementalProfit - depreciation[k];
    ebitaWithout[k] = inputs.baselineEbitaMargin * flows.revenueWithout[k];
    ebita[k] = ebitaWithout[k] + incrementalProfit - depreciation[k];
    if (!Number.isFinite(incrementalEbita[k]) || !Number.isFinite(ebita[k])) throw overflowIn("EBITA", k);
    const revenue = flows.revenueWithInvestment[k];
    if (revenue === 0) ebitaMargin[k] = "noRevenue";
    else {
      ebitaMargin[k] = ebita[k] / revenue;
      if (!Number.isFinite(ebitaMargin[k])) throw overflowIn("the EBITA margin (revenue is all but 0)", k);
    }
  }
  const trough = marginTrough(ebitaMargin, years);
  return {
    years,
    infraDepreciation,
    facilityDepreciation,
    depreciation,
    incrementalEbita,
    ebitaWithout,
    ebita,
    ebitaMargin,
    trough,
    recovery: marginRecovery(ebitaMargin, years, trough, inputs.baselineEbitaMargin),
    npv: netPresentValue(flows.cashFlow, inputs.discountRate),
    irr: internalRateOfReturn(flows.cashFlow),
  };
}
