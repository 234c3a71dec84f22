import type { InvestmentCaseInputs } from "../core/model";
import type { RiskSettings } from "../core/risk";
import { DEFAULT_RISK } from "./risk";
import type { ScenarioValues } from "./fields";

/**
 * One investment case as the user sets it up: the model inputs of `shared/spec/model.md` plus what the workbook and
 * the task pane show around them. Amounts are in RMB bn (the currency Alibaba reports in); `fx` converts them to USD
 * for display only. The fields, their kinds and bounds are the registry's (`fields.ts`), which documents each one.
 */
export type Scenario = ScenarioValues;

export type ScenarioField = keyof Scenario;

/** One problem with one field, worded for an inline message next to that field. */
export interface ScenarioIssue {
  readonly field: ScenarioField | "json";
  readonly message: string;
}

export type ScenarioParse =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export { DEFAULT_HORIZON } from "./fields";

/** The finance core's view of a scenario: custom weights go only with the custom profile. */
export function toCaseInputs(scenario: Scenario): InvestmentCaseInputs {
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
    infraShare: scenario.infraShare,
    infraLife: scenario.infraLife,
    facilityLife: scenario.facilityLife,
    baselineEbitaMargin: scenario.baselineEbitaMargin,
  };
}

/** The risk analysis's view of a scenario: its risk fields, each falling back to the default block. */
export function toRiskSettings(scenario: Scenario): RiskSettings {
  const d = DEFAULT_RISK;
  const spread = (below: number | undefined, above: number | undefined, fallback: readonly [number, number]) =>
    [below ?? fallback[0], above ?? fallback[1]] as const;
  return {
    trials: scenario.riskTrials ?? d.trials,
    seed: scenario.riskSeed ?? d.seed,
    spreads: {
      growth: spread(scenario.riskGrowthBelow, scenario.riskGrowthAbove, d.spreads.growth),
      terminalGrowth: spread(
        scenario.riskTerminalGrowthBelow,
        scenario.riskTerminalGrowthAbove,
        d.spreads.terminalGrowth,
      ),
      margin: spread(scenario.riskMarginBelow, scenario.riskMarginAbove, d.spreads.margin),
      capexTotal: spread(scenario.riskCapexBelow, scenario.riskCapexAbove, d.spreads.capexTotal),
    },
  };
}
