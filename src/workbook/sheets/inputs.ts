import { SCURVE_MIDPOINT, SCURVE_STEEPNESS } from "../../core/pacing";
import { RISK_PERCENTILES } from "../../core/risk";
import { GROWTH_SEARCH_HIGH, GROWTH_SEARCH_LOW } from "../../core/requiredGrowth";
import {
  inputField,
  SHEET_SECTIONS,
  type InputField,
  type SheetFieldId,
  type SheetSection,
} from "../../scenario/fields";
import type { Scenario } from "../../scenario/types";
import { fieldText, INPUTS, sheetIdOf, type FieldRegistry } from "../../scenario/validate";
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
  | "riskPercentileLow"
  | "riskPercentileMid"
  | "riskPercentileHigh";

/** How other sheets name an input's cell: a scenario field's sheet id, or a constant. */
export type InputId = SheetFieldId | ConstantId;

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

const SECTIONS: readonly Section[] = [
  ...fieldSections(),
  {
    heading: "Sensitivity grid",
    entries: [
      {
        id: "sensitivityGrowthStep",
        label: "Initial growth step between grid rows",
        unit: UNITS.percentPerYear,
        numberFormat: FMT.rate,
        name: "SensitivityGrowthStep",
        value: () => SENSITIVITY_GROWTH_STEP,
        note: () => "The Sensitivity grid's rows run from 3 steps below the scenario's initial growth to 3 above.",
      },
      {
        id: "sensitivityMarginStep",
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
        id: "growthSearchLow",
        label: "Required-growth search, lower end (excluded)",
        unit: UNITS.percentPerYear,
        numberFormat: FMT.rate,
        name: "GrowthSearchLow",
        value: () => GROWTH_SEARCH_LOW,
        note: () => "CAPEX.REQUIREDGROWTH bisects on (lower, upper]; -100% is the lowest growth the model allows.",
      },
      {
        id: "growthSearchHigh",
        label: "Required-growth search, upper end",
        unit: UNITS.percentPerYear,
        numberFormat: FMT.rate,
        name: "GrowthSearchHigh",
        value: () => GROWTH_SEARCH_HIGH,
        note: () => "1,000% a year: above it the Sensitivity sheet reports that no growth rate is enough.",
      },
      {
        id: "riskPercentileLow",
        label: "Risk NPV percentile, low",
        unit: UNITS.percent,
        numberFormat: FMT.rate,
        name: "RiskPercentileLow",
        value: () => RISK_PERCENTILES.low,
        note: () => "The Risk sheet's P10 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.",
      },
      {
        id: "riskPercentileMid",
        label: "Risk NPV percentile, middle",
        unit: UNITS.percent,
        numberFormat: FMT.rate,
        name: "RiskPercentileMid",
        value: () => RISK_PERCENTILES.mid,
        note: () => "The Risk sheet's P50 of the trials' NPVs (PERCENTILE, inclusive), as model.md defines it.",
      },
      {
        id: "riskPercentileHigh",
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

/** The one time series input: a row on the shared timeline rather than a cell. */
const WEIGHTS_FIELD = inputField("customWeights");

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
    const weightsText = fieldText(WEIGHTS_FIELD, INPUTS);
    b.set(CUSTOM_WEIGHTS_ROW, COL.label, weightsText.label);
    b.set(CUSTOM_WEIGHTS_ROW, COL.unit, INPUTS.text.units[WEIGHTS_FIELD.unit]);
    b.format(cell(COL.label, CUSTOM_WEIGHTS_ROW), "label").format(cell(COL.unit, CUSTOM_WEIGHTS_ROW), "unit");
    weights.forEach((w, k) => b.set(CUSTOM_WEIGHTS_ROW, periodColumn(k), w));
    b.format(timelineRange(CUSTOM_WEIGHTS_ROW, horizon, false), "input", FMT[WEIGHTS_FIELD.numberFormat ?? "weight"]);
    b.set(CUSTOM_WEIGHTS_ROW, COL.note, weightsText.note ?? "");
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
      name: WEIGHTS_FIELD.workbookName ?? WEIGHTS_FIELD.key,
      sheet: "inputs",
      range: timelineRange(CUSTOM_WEIGHTS_ROW, ctx.horizon),
      comment: `${fieldText(WEIGHTS_FIELD, INPUTS).label}, one per model year`,
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
