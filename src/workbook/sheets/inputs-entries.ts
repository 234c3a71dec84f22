import { IRR_SCAN_STEP, IRR_SEARCH_LIMIT } from "../../core/irr-search";
import { SCURVE_MIDPOINT, SCURVE_STEEPNESS } from "../../core/pacing";
import { RISK_PERCENTILES } from "../../core/risk";
import { GROWTH_SEARCH_HIGH, GROWTH_SEARCH_LOW } from "../../core/requiredGrowth";
import { SHEET_SECTIONS, type InputField, type SheetFieldId, type SheetSection } from "../../scenario/fields";
import type { Scenario } from "../../scenario/types";
import { fieldText, INPUTS, sheetIdOf, type FieldRegistry } from "../../scenario/validate";
import type { PlanValue } from "../plan-types";
import { FMT } from "./formats";

/**
 * What the Inputs sheet lists, section by section: the scenario fields (from the input registry) and the model's
 * constants. Where each sits and how the active scenario's value reaches column C is inputs.ts's business.
 */

/** Relative tolerance of the Checks sheet's comparisons. */
export const CHECK_TOLERANCE = 1e-9;
/** Default steps of the Sensitivity grid: five points of initial growth and of cash margin. */
export const SENSITIVITY_GROWTH_STEP = 0.05;
export const SENSITIVITY_MARGIN_STEP = 0.05;

/** Inputs of the model that are not part of a scenario: the Sensitivity grid's steps and the contract's constants. */
type ConstantId =
  | "scurveSteepness"
  | "scurveMidpoint"
  | "checkTolerance"
  | "sensitivityGrowthStep"
  | "sensitivityMarginStep"
  | "growthSearchLow"
  | "growthSearchHigh"
  | "irrScanStep"
  | "irrSearchLimit"
  | "riskPercentileLow"
  | "riskPercentileMid"
  | "riskPercentileHigh";

/** How other sheets name an input's cell: a scenario field's sheet id, or a constant. */
/** The selector of the active scenario and its column number, above the sections. */
type SelectorId = "activeScenario" | "activeScenarioIndex";

export type InputId = SheetFieldId | ConstantId | SelectorId;

export interface InputEntry {
  readonly id: InputId;
  readonly label: string;
  readonly unit: string;
  readonly numberFormat?: string;
  /** Workbook name of the cell. */
  readonly name: string;
  readonly value: (s: Scenario) => PlanValue;
  /** A scenario field takes one value per scenario column; a constant is the model's, the same for all. */
  readonly perScenario: boolean;
  readonly note: (s: Scenario) => string;
}

export type Section = { readonly heading: string; readonly entries: readonly InputEntry[] };

const UNITS = INPUTS.text.units;

const SECTION_HEADINGS: Readonly<Record<SheetSection, string>> = {
  scenario: "Scenario",
  capex: "Capex plan",
  timeline: "Timeline",
  cloud: "Cloud business",
  returns: "Returns and display",
  risk: "Risk: triangular spreads around the scenario (the Risk sheet)",
  earnings: "Earnings (depreciation and EBITA margin)",
  tornado: "Tornado: steps each input takes down and up (the Tornado sheet)",
};

/** A scenario field's row on the sheet: everything it shows comes from the registry and its English words. */
function fieldEntry(field: InputField, registry: FieldRegistry): InputEntry {
  const text = fieldText(field, registry);
  const valueOf = (s: Scenario, key: string) => (s as unknown as Record<string, PlanValue>)[key];
  const { sourceField } = field;
  return {
    id: sheetIdOf(field) as InputId,
    perScenario: true,
    label: text.label,
    unit: registry.text.units[field.unit],
    numberFormat: field.numberFormat && FMT[field.numberFormat],
    name: field.workbookName ?? field.key,
    value: (s) => valueOf(s, field.key) ?? (field.default as PlanValue),
    note: sourceField ? (s) => String(valueOf(s, sourceField) ?? "") : () => text.note ?? "",
  };
}

/** The scenario fields' sections of the sheet, in sheet order; fields within a section by their `sheet.order`. */
export function fieldSections(registry: FieldRegistry = INPUTS): Section[] {
  return SHEET_SECTIONS.map((section) => {
    const fields = registry.fields.filter((f) => f.sheet?.section === section);
    const ordered = fields
      .map((field, index) => ({ field, index }))
      .sort((a, b) => (a.field.sheet?.order ?? 0) - (b.field.sheet?.order ?? 0) || a.index - b.index);
    return { heading: SECTION_HEADINGS[section], entries: ordered.map(({ field }) => fieldEntry(field, registry)) };
  }).filter((section) => section.entries.length > 0);
}

export const SECTIONS: readonly Section[] = [
  ...fieldSections(),
  {
    heading: "Sensitivity grid",
    entries: [
      {
        id: "sensitivityGrowthStep",
        perScenario: false,
        label: "Initial growth step between grid rows",
        unit: UNITS.percentPerYear,
        numberFormat: FMT.rate,
        name: "SensitivityGrowthStep",
        value: () => SENSITIVITY_GROWTH_STEP,
        note: () => "The Sensitivity grid's rows run from 3 steps below the scenario's initial growth to 3 above.",
      },
      {
        id: "sensitivityMarginStep",
        perScenario: false,
        label: "Cash margin step between grid columns",
        unit: UNITS.percent,
        numberFormat: FMT.rate,
        name: "SensitivityMarginStep",
        value: () => SENSITIVITY_MARGIN_STEP,
        note: () => "The Sensitivity grid's columns run from 3 steps below the scenario's cash margin to 3 above.",
      },
    ],
  },
  {
    heading: "Model constants (fixed by the CAPEX function contract)",
    entries: [
      {
        id: "scurveSteepness",
        perScenario: false,
        label: "S-curve steepness",
        unit: "number",
        numberFormat: "0.00",
        name: "SCurveSteepness",
        value: () => SCURVE_STEEPNESS,
        note: () => "Logistic steepness k of CAPEX.PACING's S-curve; change it only to explore.",
      },
      {
        id: "scurveMidpoint",
        perScenario: false,
        label: "S-curve midpoint",
        unit: "share",
        numberFormat: "0.00",
        name: "SCurveMidpoint",
        value: () => SCURVE_MIDPOINT,
        note: () => "Share of the capex period at which half the budget is spent.",
      },
      {
        id: "checkTolerance",
        perScenario: false,
        label: "Check tolerance",
        unit: "relative",
        numberFormat: "0.0E+00",
        name: "CheckTolerance",
        value: () => CHECK_TOLERANCE,
        note: () => "How far sums may differ from their targets (rounding) before a check fails.",
      },
      {
        id: "growthSearchLow",
        perScenario: false,
        label: "Required-growth search, lower end (excluded)",
        unit: UNITS.percentPerYear,
        numberFormat: FMT.rate,
        name: "GrowthSearchLow",
        value: () => GROWTH_SEARCH_LOW,
        note: () => "CAPEX.REQUIREDGROWTH bisects on (lower, upper]; -100% is the lowest growth the model allows.",
      },
      {
        id: "growthSearchHigh",
        perScenario: false,
        label: "Required-growth search, upper end",
        unit: UNITS.percentPerYear,
        numberFormat: FMT.rate,
        name: "GrowthSearchHigh",
        value: () => GROWTH_SEARCH_HIGH,
        note: () => "1,000% a year: above it the Sensitivity sheet reports that no growth rate is enough.",
      },
      {
        id: "irrScanStep",
        perScenario: false,
        label: "IRR search: scan step in ln(1 + rate)",
        unit: "number",
        numberFormat: "0.00",
        name: "IrrScanStep",
        value: () => IRR_SCAN_STEP,
        note: () => "The Payback sheet scans for the NPV's sign changes in this step: 1 point of return near 0.",
      },
      {
        id: "irrSearchLimit",
        perScenario: false,
        label: "IRR search: limit in ln(1 + rate)",
        unit: "number",
        numberFormat: "0.0000",
        name: "IrrSearchLimit",
        value: () => IRR_SEARCH_LIMIT,
        note: () => "ln(1 + 10^6): IRRs from -99.9999% to +100,000,000% a year; beyond, the IRR is 'no rate found'.",
      },
      {
        id: "riskPercentileLow",
        perScenario: false,
        label: "Risk NPV percentile, low",
        unit: UNITS.percent,
        numberFormat: FMT.rate,
        name: "RiskPercentileLow",
        value: () => RISK_PERCENTILES.low,
        note: () => "The Risk sheet's P10 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.",
      },
      {
        id: "riskPercentileMid",
        perScenario: false,
        label: "Risk NPV percentile, middle",
        unit: UNITS.percent,
        numberFormat: FMT.rate,
        name: "RiskPercentileMid",
        value: () => RISK_PERCENTILES.mid,
        note: () => "The Risk sheet's P50 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.",
      },
      {
        id: "riskPercentileHigh",
        perScenario: false,
        label: "Risk NPV percentile, high",
        unit: UNITS.percent,
        numberFormat: FMT.rate,
        name: "RiskPercentileHigh",
        value: () => RISK_PERCENTILES.high,
        note: () => "The Risk sheet's P90 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.",
      },
    ],
  },
];
