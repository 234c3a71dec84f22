import type { EarningsResult, MarginRecovery, MarginTrough } from "../../core/earnings";
import type { PlanValue } from "../plan-types";
import { NOT_WITHIN_HORIZON } from "./formats";
import type { WorkbookLanguage } from "../i18n/translator";
import { numberText, percentText } from "./number-text";

/** Rows of the Earnings sheet, and the values and words its results show, from the core's earnings view. */

export const EARNINGS_ROWS = {
  capex: 8,
  revenueWith: 9,
  revenueWithout: 10,
  contribution: 11,
  infra: { window: 14, previous: 15, charge: 16 },
  facility: { window: 19, previous: 20, charge: 21 },
  depreciation: 23,
  incrementalEbita: 26,
  ebitaWithout: 27,
  ebita: 28,
  margin: 31,
  baselineMargin: 32,
  troughFlag: 35,
  backAtBaseline: 36,
  recoveryFlag: 37,
  resultsHeading: 39,
  trough: 40,
  troughYear: 41,
  recoveryYear: 42,
  sentence: 43,
  chartTop: 46,
} as const;

/** What a margin cell shows in a year without revenue, and the trough when no year has any. */
export const NO_REVENUE = "no revenue";

export function troughCellValue(trough: MarginTrough): PlanValue {
  return trough.kind === "year" ? trough.margin : NO_REVENUE;
}

export function troughYearCellValue(trough: MarginTrough): PlanValue {
  return trough.kind === "year" ? trough.year : NO_REVENUE;
}

export function recoveryCellValue(recovery: MarginRecovery): PlanValue {
  return recovery.kind === "year" ? recovery.year : NOT_WITHIN_HORIZON;
}

/**
 * The trough and recovery flags as the sheet's rows lay them out: 1 in the core's trough year; 1 in each later year
 * with revenue and a margin at or above the baseline; 1 in the core's recovery year.
 */
export function troughAndRecoveryFlags(earnings: EarningsResult, baseline: number) {
  const { years, ebitaMargin, trough, recovery } = earnings;
  const troughIndex = trough.kind === "year" ? years.indexOf(trough.year) : years.length;
  const at = (year: number | undefined) => years.map((y) => (y === year ? 1 : 0));
  return {
    trough: at(trough.kind === "year" ? trough.year : undefined),
    backAtBaseline: ebitaMargin.map((m, k) => (k > troughIndex && m !== "noRevenue" && m >= baseline ? 1 : 0)),
    recovery: at(recovery.kind === "year" ? recovery.year : undefined),
  };
}

/**
 * The headline sentence, as the sheet's formula builds it: "EBITA margin falls to 2.1% in 2027 from 9.0%, back to
 * 9.0% by 2031; NPV RMB -52.0 bn at 9.0%."
 */
export function earningsSentence(
  earnings: EarningsResult,
  baseline: number,
  discountRate: number,
  language: WorkbookLanguage,
): string {
  const { trough, recovery } = earnings;
  const pct = (rate: number): string => percentText(rate, language);
  const npv = `; NPV RMB ${numberText(earnings.npv, 1, language)} bn at ${pct(discountRate)}.`;
  if (trough.kind !== "year") return `EBITA margin: ${NO_REVENUE} within the horizon${npv}`;
  const at = `${pct(trough.margin)} in ${trough.year}`;
  if (!(trough.margin < baseline)) return `EBITA margin stays at or above ${pct(baseline)} (lowest ${at})${npv}`;
  const back =
    recovery.kind === "year"
      ? `back to ${pct(baseline)} by ${recovery.year}`
      : `not back to ${pct(baseline)} within the horizon`;
  return `EBITA margin falls to ${at} from ${pct(baseline)}, ${back}${npv}`;
}
