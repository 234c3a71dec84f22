import type { CaseInputs } from "../core/model";
import type { PacingProfile } from "../core/pacing";
import type { RiskSettings } from "../core/risk";

/**
 * One investment case as the user sets it up: the model inputs of `shared/spec/model.md` plus what the workbook and
 * the task pane show around them. Amounts are in RMB bn (the currency Alibaba reports in); `fx` converts them to USD
 * for display only.
 */
export interface Scenario {
  /** Short name shown on the Cover and Inputs sheets. */
  readonly name: string;
  /** Why the numbers are what they are; shown on the Inputs sheet. */
  readonly description: string;
  /** Total capex of the plan, RMB bn. */
  readonly capexTotal: number;
  /** Years over which the plan is spent (1..horizon). */
  readonly capexYears: number;
  readonly profile: PacingProfile;
  /** One weight per capex year; used only with the "custom" profile (kept otherwise, so a profile switch loses nothing). */
  readonly customWeights?: readonly number[];
  /** First model year (flow 0), a calendar year. */
  readonly firstYear: number;
  /** Model years, 1..50. */
  readonly horizon: number;
  /** CNY per USD. */
  readonly fx: number;
  /** Where the exchange rate comes from. */
  readonly fxSource: string;
  /** Cloud revenue of the base year (the year before `firstYear`), RMB bn. */
  readonly baseRevenue: number;
  /** Where the base revenue comes from (quarters and their sum). */
  readonly baseRevenueSource: string;
  /** Growth with the investment in the first model year, fading linearly to `terminalGrowth` in the last. */
  readonly growth: number;
  readonly terminalGrowth: number;
  /** Growth the cloud would have had without the investment. */
  readonly baselineGrowth: number;
  /** Cash margin on incremental revenue (0.3 is 30%). */
  readonly margin: number;
  readonly discountRate: number;
  /** Payback target, in years after the first flow; used by the required-growth output. */
  readonly targetPaybackYears: number;
  /** Trials, seed and spreads of the risk analysis; DEFAULT_RISK where a file has none. */
  readonly risk?: RiskSettings;
}

export type ScenarioField = keyof Scenario;

/** One problem with one field, worded for an inline message next to that field. */
export interface ScenarioIssue {
  readonly field: ScenarioField | "json";
  readonly message: string;
}

export type ScenarioParse =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** The horizon a scenario gets when it does not say. */
export const DEFAULT_HORIZON = 10;

/** The finance core's view of a scenario: custom weights go only with the custom profile. */
export function toCaseInputs(scenario: Scenario): CaseInputs {
  return {
    capexTotal: scenario.capexTotal,
    capexYears: scenario.capexYears,
    profile: scenario.profile,
    customWeights: scenario.profile === "custom" ? scenario.customWeights : undefined,
    baseRevenue: scenario.baseRevenue,
    growth: scenario.growth,
    terminalGrowth: scenario.terminalGrowth,
    baselineGrowth: scenario.baselineGrowth,
    margin: scenario.margin,
    discountRate: scenario.discountRate,
    firstYear: scenario.firstYear,
    horizon: scenario.horizon,
  };
}
