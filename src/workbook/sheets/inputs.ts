import { MAX_HORIZON } from "../../core/model";
import { PACING_PROFILES } from "../../core/pacing";
import { GROWTH_SEARCH_HIGH, GROWTH_SEARCH_LOW } from "../../core/requiredGrowth";
import { DEFAULT_RISK } from "../../scenario/risk";
import type { Scenario } from "../../scenario/types";

const riskOf = (s: Scenario) => s.risk ?? DEFAULT_RISK;
import type { NamePlan, PlanValue } from "../plan-types";
import {
  cell,
  COL,
  columnLetter,
  FMT,
  periodColumn,
  ROW,
  SheetBuilder,
  standardWidths,
  TAB,
  timelineRange,
  type PlanContext,
  type SheetModule,
} from "./layout";

/**
 * The Inputs sheet: the only place the model takes numbers from the user. Constants sit in column C with their unit
 * and source; the one time series (custom pacing weights) sits on the shared timeline. The master timeline is
 * computed here from the first year, and every calculation sheet links to it.
 */

/** Steepness and midpoint of the S-curve, as CAPEX.PACING's contract fixes them. */
export const SCURVE_STEEPNESS = 10;
export const SCURVE_MIDPOINT = 0.5;
/** Relative tolerance of the Checks sheet's comparisons. */
export const CHECK_TOLERANCE = 1e-9;
/** Default steps of the Sensitivity grid: five points of initial growth and of cash margin. */
export const SENSITIVITY_GROWTH_STEP = 0.05;
export const SENSITIVITY_MARGIN_STEP = 0.05;

export type InputId =
  | "scenarioName"
  | "capexTotal"
  | "capexYears"
  | "profile"
  | "firstYear"
  | "horizon"
  | "baseRevenue"
  | "growth"
  | "terminalGrowth"
  | "baselineGrowth"
  | "margin"
  | "discountRate"
  | "targetPaybackYears"
  | "fx"
  | "scurveSteepness"
  | "scurveMidpoint"
  | "checkTolerance"
  | "sensitivityGrowthStep"
  | "sensitivityMarginStep"
  | "growthSearchLow"
  | "growthSearchHigh"
  | "riskTrials"
  | "riskSeed"
  | "riskGrowthBelow"
  | "riskGrowthAbove"
  | "riskTerminalGrowthBelow"
  | "riskTerminalGrowthAbove"
  | "riskMarginBelow"
  | "riskMarginAbove"
  | "riskCapexBelow"
  | "riskCapexAbove"
  | "riskPercentileLow"
  | "riskPercentileMid"
  | "riskPercentileHigh";

interface InputEntry {
  readonly id: InputId;
  readonly label: string;
  readonly unit: string;
  readonly numberFormat?: string;
  /** Workbook name of the cell. */
  readonly name: string;
  readonly value: (s: Scenario) => PlanValue;
  readonly note: (s: Scenario) => string;
}

type Section = { readonly heading: string; readonly entries: readonly InputEntry[] };

const SECTIONS: readonly Section[] = [
  {
    heading: "Scenario",
    entries: [
      {
        id: "scenarioName",
        label: "Scenario",
        unit: "text",
        name: "ScenarioName",
        value: (s) => s.name,
        note: (s) => s.description,
      },
    ],
  },
  {
    heading: "Capex plan",
    entries: [
      {
        id: "capexTotal",
        label: "Capex total",
        unit: "RMB bn",
        numberFormat: FMT.rmbBn,
        name: "CapexTotal",
        value: (s) => s.capexTotal,
        note: () => 'Announced 24 Feb 2025: "at least RMB 380 bn over the next three years" (Xinhua, Reuters).',
      },
      {
        id: "capexYears",
        label: "Capex years",
        unit: "years",
        numberFormat: FMT.count,
        name: "CapexYears",
        value: (s) => s.capexYears,
        note: () => "Whole number from 1 to the horizon.",
      },
      {
        id: "profile",
        label: "Pacing profile",
        unit: "text",
        name: "PacingProfile",
        value: (s) => s.profile,
        note: () => `One of ${PACING_PROFILES.join(", ")}; "custom" uses the weights at the foot of this sheet.`,
      },
    ],
  },
  {
    heading: "Timeline",
    entries: [
      {
        id: "firstYear",
        label: "First model year",
        unit: "year",
        numberFormat: FMT.year,
        name: "FirstYear",
        value: (s) => s.firstYear,
        note: () => "Calendar year of the first flow; the base year is the year before.",
      },
      {
        id: "horizon",
        label: "Horizon",
        unit: "years",
        numberFormat: FMT.count,
        name: "HorizonYears",
        value: (s) => s.horizon,
        note: () =>
          `1 to ${MAX_HORIZON}. Sets the number of timeline columns when the workbook is built: to change it, ` +
          "change it in the task pane and rebuild (the Checks sheet flags a mismatch).",
      },
    ],
  },
  {
    heading: "Cloud business",
    entries: [
      {
        id: "baseRevenue",
        label: "Base revenue (base year)",
        unit: "RMB bn",
        numberFormat: FMT.rmbBn,
        name: "BaseRevenue",
        value: (s) => s.baseRevenue,
        note: (s) => s.baseRevenueSource,
      },
      {
        id: "growth",
        label: "Growth with the investment, first year",
        unit: "% a year",
        numberFormat: FMT.rate,
        name: "GrowthFirstYear",
        value: (s) => s.growth,
        note: () => "Fades linearly to the terminal rate in the last model year, as CAPEX.CLOUDGROWTH does.",
      },
      {
        id: "terminalGrowth",
        label: "Growth with the investment, last year",
        unit: "% a year",
        numberFormat: FMT.rate,
        name: "TerminalGrowth",
        value: (s) => s.terminalGrowth,
        note: () => "The rate the fade reaches in the last model year.",
      },
      {
        id: "baselineGrowth",
        label: "Growth without the investment",
        unit: "% a year",
        numberFormat: FMT.rate,
        name: "BaselineGrowth",
        value: (s) => s.baselineGrowth,
        note: () => "Constant growth the cloud would have had anyway.",
      },
      {
        id: "margin",
        label: "Cash margin on incremental revenue",
        unit: "%",
        numberFormat: FMT.rate,
        name: "CashMargin",
        value: (s) => s.margin,
        note: () => "Before capex (capex is a flow of its own here, so no depreciation is charged).",
      },
    ],
  },
  {
    heading: "Returns and display",
    entries: [
      {
        id: "discountRate",
        label: "Discount rate",
        unit: "% a year",
        numberFormat: FMT.rate,
        name: "DiscountRate",
        value: (s) => s.discountRate,
        note: () => "Discounts flow k by (1 + rate)^k; the first model year is not discounted.",
      },
      {
        id: "targetPaybackYears",
        label: "Target payback",
        unit: "years",
        numberFormat: FMT.years,
        name: "TargetPaybackYears",
        value: (s) => s.targetPaybackYears,
        note: () => "Years after the first flow; used by the required-growth output.",
      },
      {
        id: "fx",
        label: "Exchange rate",
        unit: "CNY per USD",
        numberFormat: FMT.fx,
        name: "FxCnyPerUsd",
        value: (s) => s.fx,
        note: (s) => s.fxSource,
      },
    ],
  },
  {
    heading: "Sensitivity grid",
    entries: [
      {
        id: "sensitivityGrowthStep",
        label: "Initial growth step between grid rows",
        unit: "% a year",
        numberFormat: FMT.rate,
        name: "SensitivityGrowthStep",
        value: () => SENSITIVITY_GROWTH_STEP,
        note: () => "The Sensitivity grid's rows run from 3 steps below the scenario's initial growth to 3 above.",
      },
      {
        id: "sensitivityMarginStep",
        label: "Cash margin step between grid columns",
        unit: "%",
        numberFormat: FMT.rate,
        name: "SensitivityMarginStep",
        value: () => SENSITIVITY_MARGIN_STEP,
        note: () => "The Sensitivity grid's columns run from 3 steps below the scenario's cash margin to 3 above.",
      },
    ],
  },
  {
    heading: "Risk (triangular spreads around the scenario)",
    entries: [
      {
        id: "riskTrials",
        label: "Risk trials",
        unit: "count",
        numberFormat: FMT.count,
        name: "RiskTrials",
        value: (s) => riskOf(s).trials,
        note: () => "Whole number 1 to 10,000; the Risk sheet has one row per trial (a change needs a rebuild).",
      },
      {
        id: "riskSeed",
        label: "Risk seed",
        unit: "number",
        numberFormat: FMT.count,
        name: "RiskSeed",
        value: (s) => riskOf(s).seed,
        note: () => "Seed of the Mulberry32 uniforms stored on the Risk sheet (a change needs a rebuild).",
      },
      {
        id: "riskGrowthBelow",
        label: "Risk spread below: growth, first year",
        unit: "% points",
        numberFormat: FMT.rate,
        name: "RiskGrowthBelow",
        value: (s) => riskOf(s).spreads.growth[0],
        note: () => "Distance below the scenario value: the low end of its triangular distribution.",
      },
      {
        id: "riskGrowthAbove",
        label: "Risk spread above: growth, first year",
        unit: "% points",
        numberFormat: FMT.rate,
        name: "RiskGrowthAbove",
        value: (s) => riskOf(s).spreads.growth[1],
        note: () => "Distance above the scenario value: the high end of its triangular distribution.",
      },
      {
        id: "riskTerminalGrowthBelow",
        label: "Risk spread below: growth, last year",
        unit: "% points",
        numberFormat: FMT.rate,
        name: "RiskTerminalGrowthBelow",
        value: (s) => riskOf(s).spreads.terminalGrowth[0],
        note: () => "Distance below the scenario value: the low end of its triangular distribution.",
      },
      {
        id: "riskTerminalGrowthAbove",
        label: "Risk spread above: growth, last year",
        unit: "% points",
        numberFormat: FMT.rate,
        name: "RiskTerminalGrowthAbove",
        value: (s) => riskOf(s).spreads.terminalGrowth[1],
        note: () => "Distance above the scenario value: the high end of its triangular distribution.",
      },
      {
        id: "riskMarginBelow",
        label: "Risk spread below: cash margin",
        unit: "% points",
        numberFormat: FMT.rate,
        name: "RiskMarginBelow",
        value: (s) => riskOf(s).spreads.margin[0],
        note: () => "Distance below the scenario value: the low end of its triangular distribution.",
      },
      {
        id: "riskMarginAbove",
        label: "Risk spread above: cash margin",
        unit: "% points",
        numberFormat: FMT.rate,
        name: "RiskMarginAbove",
        value: (s) => riskOf(s).spreads.margin[1],
        note: () => "Distance above the scenario value: the high end of its triangular distribution.",
      },
      {
        id: "riskCapexBelow",
        label: "Risk spread below: capex total",
        unit: "share of plan",
        numberFormat: FMT.rate,
        name: "RiskCapexBelow",
        value: (s) => riskOf(s).spreads.capexTotal[0],
        note: () => "Distance below the scenario value: the low end of its triangular distribution.",
      },
      {
        id: "riskCapexAbove",
        label: "Risk spread above: capex total",
        unit: "share of plan",
        numberFormat: FMT.rate,
        name: "RiskCapexAbove",
        value: (s) => riskOf(s).spreads.capexTotal[1],
        note: () => "Distance above the scenario value: the high end of its triangular distribution.",
      },
    ],
  },
  {
    heading: "Model constants (fixed by the CAPEX function contract)",
    entries: [
      {
        id: "scurveSteepness",
        label: "S-curve steepness",
        unit: "number",
        numberFormat: "0.00",
        name: "SCurveSteepness",
        value: () => SCURVE_STEEPNESS,
        note: () => "Logistic steepness k of CAPEX.PACING's S-curve; change it only to explore.",
      },
      {
        id: "scurveMidpoint",
        label: "S-curve midpoint",
        unit: "share",
        numberFormat: "0.00",
        name: "SCurveMidpoint",
        value: () => SCURVE_MIDPOINT,
        note: () => "Share of the capex period at which half the budget is spent.",
      },
      {
        id: "checkTolerance",
        label: "Check tolerance",
        unit: "relative",
        numberFormat: "0.0E+00",
        name: "CheckTolerance",
        value: () => CHECK_TOLERANCE,
        note: () => "How far sums may differ from their targets (rounding) before a check fails.",
      },
      {
        id: "riskPercentileLow",
        label: "Risk NPV percentile, low",
        unit: "share",
        numberFormat: FMT.rate,
        name: "RiskPercentileLow",
        value: () => 0.1,
        note: () => "The Risk sheet's NPV percentiles (PERCENTILE, inclusive) are P10, P50 and P90 by definition.",
      },
      {
        id: "riskPercentileMid",
        label: "Risk NPV percentile, middle",
        unit: "share",
        numberFormat: FMT.rate,
        name: "RiskPercentileMid",
        value: () => 0.5,
        note: () => "The Risk sheet's NPV percentiles (PERCENTILE, inclusive) are P10, P50 and P90 by definition.",
      },
      {
        id: "riskPercentileHigh",
        label: "Risk NPV percentile, high",
        unit: "share",
        numberFormat: FMT.rate,
        name: "RiskPercentileHigh",
        value: () => 0.9,
        note: () => "The Risk sheet's NPV percentiles (PERCENTILE, inclusive) are P10, P50 and P90 by definition.",
      },
      {
        id: "growthSearchLow",
        label: "Required-growth search, lower end (excluded)",
        unit: "% a year",
        numberFormat: FMT.rate,
        name: "GrowthSearchLow",
        value: () => GROWTH_SEARCH_LOW,
        note: () => "CAPEX.REQUIREDGROWTH bisects on (lower, upper]; -100% is the lowest growth the model allows.",
      },
      {
        id: "growthSearchHigh",
        label: "Required-growth search, upper end",
        unit: "% a year",
        numberFormat: FMT.rate,
        name: "GrowthSearchHigh",
        value: () => GROWTH_SEARCH_HIGH,
        note: () => "1,000% a year: above it the Sensitivity sheet reports that no growth rate is enough.",
      },
    ],
  },
];

const HEADER_ROW = ROW.firstContent;

/** Row of each input, derived once from the section list: one heading row per section, one row per input. */
const INPUT_ROWS: Readonly<Record<InputId, number>> = (() => {
  const rows = {} as Record<InputId, number>;
  let row = HEADER_ROW + 1;
  for (const section of SECTIONS) {
    row++;
    for (const entry of section.entries) rows[entry.id] = row++;
  }
  return rows;
})();

const LAST_CONSTANT_ROW = Math.max(...Object.values(INPUT_ROWS));
export const CUSTOM_WEIGHTS_HEADING_ROW = LAST_CONSTANT_ROW + 2;
export const CUSTOM_WEIGHTS_ROW = CUSTOM_WEIGHTS_HEADING_ROW + 1;

/** The absolute address of an input on the Inputs sheet, e.g. "$C$10". */
export function inputCell(id: InputId): string {
  return cell(COL.constant, INPUT_ROWS[id], true);
}

/** A reference to an input from another sheet. */
export function inputRef(ctx: PlanContext, id: InputId): string {
  return ctx.ref("inputs", inputCell(id));
}

/** Weights written in the custom-weights row: the scenario's own, or even weights to start from. */
export function customWeightRow(scenario: Scenario): number[] {
  return Array.from({ length: scenario.horizon }, (_, k) => {
    if (k >= scenario.capexYears) return 0;
    return scenario.customWeights && scenario.customWeights.length === scenario.capexYears
      ? scenario.customWeights[k]
      : 1;
  });
}

export const inputsSheet: SheetModule = {
  key: "inputs",
  build(ctx) {
    const { scenario, horizon, result } = ctx;
    const b = new SheetBuilder(ctx, "inputs");
    b.title("Inputs").masterCheckLink();

    // The master timeline: a period counter from the blank column before the timeline, and years from the input.
    b.timelineRow(ROW.year, {
      label: "Year",
      unit: "year",
      formula: (p) => `${inputCell("firstYear")}+${p.col}$${ROW.period}-1`,
      values: result.years,
      style: "timeline",
      numberFormat: FMT.year,
    });
    b.timelineRow(ROW.period, {
      label: "Model year number",
      unit: "count",
      formula: (p) => `${p.prev}${ROW.period}+1`,
      values: Array.from({ length: horizon }, (_, k) => k + 1),
      style: "timeline",
      numberFormat: FMT.count,
    });

    ["Input", "Unit", "Value"].forEach((text, i) => b.set(HEADER_ROW, COL.label + i, text));
    b.set(HEADER_ROW, COL.note, "Source / comment");
    b.format(`${cell(COL.label, HEADER_ROW)}:${cell(COL.note, HEADER_ROW)}`, "tableHeader");

    let row = HEADER_ROW + 1;
    for (const section of SECTIONS) {
      b.heading(row++, section.heading);
      for (const entry of section.entries) {
        b.valueRow(
          row,
          entry.label,
          entry.unit,
          entry.value(scenario),
          "input",
          entry.numberFormat,
          entry.note(scenario),
        );
        row++;
      }
    }

    b.heading(CUSTOM_WEIGHTS_HEADING_ROW, "Time series inputs");
    const weights = customWeightRow(scenario);
    b.set(CUSTOM_WEIGHTS_ROW, COL.label, "Custom pacing weights").set(CUSTOM_WEIGHTS_ROW, COL.unit, "weight");
    b.format(cell(COL.label, CUSTOM_WEIGHTS_ROW), "label").format(cell(COL.unit, CUSTOM_WEIGHTS_ROW), "unit");
    weights.forEach((w, k) => b.set(CUSTOM_WEIGHTS_ROW, periodColumn(k), w));
    b.format(timelineRange(CUSTOM_WEIGHTS_ROW, horizon, false), "input", FMT.weight);
    b.set(CUSTOM_WEIGHTS_ROW, COL.note, "Used with the custom profile; years after the capex years are ignored.");
    b.format(cell(COL.note, CUSTOM_WEIGHTS_ROW), "note");

    return b.build({
      tabColor: TAB.inputs,
      columnWidths: standardWidths(horizon, 70, 40),
      freeze: { rows: ROW.period, columns: 0 },
    });
  },
  names(ctx) {
    const names: NamePlan[] = SECTIONS.flatMap((section) =>
      section.entries.map((entry) => ({
        name: entry.name,
        sheet: "inputs" as const,
        range: inputCell(entry.id),
        comment: `${entry.label} (${entry.unit})`,
      })),
    );
    names.push({
      name: "CustomWeights",
      sheet: "inputs",
      range: timelineRange(CUSTOM_WEIGHTS_ROW, ctx.horizon),
      comment: "Custom pacing weights, one per model year",
    });
    names.push({
      name: "TimelineYears",
      sheet: "inputs",
      range: timelineRange(ROW.year, ctx.horizon),
      comment: "The model's years (the master timeline)",
    });
    return names;
  },
};

/** Last timeline column letter, for ranges that span the timeline. */
export function lastPeriodLetter(horizon: number): string {
  return columnLetter(periodColumn(horizon - 1));
}
