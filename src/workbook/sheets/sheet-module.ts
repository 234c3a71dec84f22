import type { BenchmarkDataset } from "../../benchmarks/schema";
import type { InvestmentCaseInputs, InvestmentCaseResult } from "../../core/model";
import type { Scenario } from "../../scenario/types";
import type { WorkbookLanguage } from "../i18n/translator";
import type { NamePlan, SheetKey, SheetPlan } from "../plan-types";

/**
 * The contract between the plan and a sheet module: what a module is given (the context) and what it contributes
 * (a sheet, defined names, checks). A new sheet is a new module; no other module changes.
 */

export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  cover: "Cover",
  inputs: "Inputs",
  capex: "Capex",
  cloud: "Cloud",
  payback: "Payback",
  sensitivity: "Sensitivity",
  risk: "Risk",
  benchmarks: "Benchmarks",
  checks: "Checks",
  dashboard: "Dashboard",
  earnings: "Earnings",
  tornado: "Tornado",
  scenarios: "Scenarios",
};

/** A self-check the Checks sheet shows, contributed by the module whose cells it tests. */
export interface CheckSpec {
  readonly label: string;
  /** A formula returning TRUE when all is well. */
  readonly formula: string;
  /** What the finance core says it evaluates to. */
  readonly value: boolean;
  readonly note: string;
}

export interface PlanContext {
  readonly scenario: Scenario;
  readonly inputs: InvestmentCaseInputs;
  /** The case and its earnings view, as the core computed them. */
  readonly result: InvestmentCaseResult;
  readonly dataset?: BenchmarkDataset;
  readonly horizon: number;
  /**
   * The language the plan is built in. Texts stay English here (one pass translates them); only what a formula must
   * compute differently reads it: numbers turned into text inside sentences (number-text.ts).
   */
  readonly language: WorkbookLanguage;
  /** The scenarios side by side on Inputs, left to right; `scenario` is one of them, at `activeScenario` (0-based). */
  readonly scenarios: readonly Scenario[];
  readonly activeScenario: number;
  /** The display name of a sheet, after the caller's renames. */
  sheetName(key: SheetKey): string;
  /** A reference to `address` on sheet `key`, for use in formulas and chart ranges. */
  ref(key: SheetKey, address: string): string;
  /** Whether every check passes: the value of the master check that each sheet links to. */
  readonly allChecksPass: boolean;
}

/** One sheet of the plan. `checks` and `names` are gathered from every module before any sheet is built. */
export interface SheetModule {
  readonly key: SheetKey;
  /** True for calculation sheets that carry the shared timeline (linked from Inputs) in rows 4-5. */
  readonly hasTimeline?: boolean;
  build(ctx: PlanContext): SheetPlan;
  names?(ctx: PlanContext): NamePlan[];
  checks?(ctx: PlanContext): CheckSpec[];
}
