import type { PaybackOutcome } from "../../core/model";
import type { PlanValue } from "../plan-types";

/** How numbers and outcomes look on every sheet: number formats, tab colours, and payback's texts. */

/** Number formats, each carrying its unit so that a value read alone still says what it is. */
export const FMT = {
  rmbBn: '#,##0.00 "RMB bn"',
  /**
   * The required-growth search's flows: at its upper end (1000% a year) they run to 10^12 RMB bn, whose sign is what
   * the search reads; in #,##0.00 they needed columns 30 characters wide.
   */
  searchFlow: '0.00E+00 "RMB bn"',
  usdBn: '#,##0.00 "USD bn"',
  rate: "0.0%",
  year: "0",
  years: '0.0 "years"',
  paybackYear: "0.00",
  fx: '0.0000 "CNY/USD"',
  weight: "0.0000",
  share: "0.0000",
  flag: "0",
  factor: "0.0000",
  count: "0",
} as const;

/** Value-axis labels of charts: no unit (the title says it) and no decimals, so that ticks stay short. */
export const AXIS_FMT = { amount: "#,##0", share: "0%" } as const;

export const TAB = { cover: "#404040", inputs: "#FFC000", calc: "#5B9BD5", output: "#70AD47", checks: "#C00000" };

/** What payback shows when there is no year, as text so that readers and conditional formats can match it. */
export const NOT_WITHIN_HORIZON = "not within horizon";
export const NOTHING_TO_PAY_BACK = "nothing to pay back";

export function paybackCellValue(outcome: PaybackOutcome): PlanValue {
  if (outcome.kind === "year") return outcome.year;
  return outcome.kind === "notWithinHorizon" ? NOT_WITHIN_HORIZON : NOTHING_TO_PAY_BACK;
}
