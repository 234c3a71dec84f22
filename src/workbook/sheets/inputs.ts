import { inputField } from "../../scenario/fields";
import type { Scenario } from "../../scenario/types";
import { fieldText, INPUTS } from "../../scenario/validate";
import type { NamePlan } from "../plan-types";
import { SECTIONS, type InputId } from "./inputs-entries";
import {
  ACTIVE_HEADING_ROW,
  ACTIVE_INDEX_ROW,
  ACTIVE_SCENARIO_ROW,
  HEADER_ROW,
  scenarioCell,
  scenarioRange,
  writeScenarioColumns,
} from "./inputs-scenarios";
import {
  cell,
  COL,
  columnLetter,
  FMT,
  formula,
  periodColumn,
  ROW,
  SheetBuilder,
  standardWidths,
  TAB,
  timelineRange,
  type CheckSpec,
  type PlanContext,
  type SheetModule,
} from "./layout";

export {
  CHECK_TOLERANCE,
  SENSITIVITY_GROWTH_STEP,
  SENSITIVITY_MARGIN_STEP,
  fieldSections,
  type InputId,
} from "./inputs-entries";

/**
 * The Inputs sheet: the only place the model takes numbers from the user. Each scenario the workbook carries is a
 * column of values from F on (model.md, "Scenarios side by side"); column C holds the active scenario's value of each
 * input, picked by the `ActiveScenario` selector at the top, so every name (`CapexTotal`, …) and every calculation
 * sheet follows the selector. The model's constants sit in C alone; the one time series (custom pacing weights) sits
 * on the shared timeline, with each scenario's own row below it. The master timeline is computed here from the first
 * year, and every calculation sheet links to it.
 */

/** The one time series input: a row on the shared timeline rather than a cell. */
const WEIGHTS_FIELD = inputField("customWeights");

/** Row of each input, derived once from the section list: one heading row per section, one row per input. */
const INPUT_ROWS: Readonly<Record<InputId, number>> = (() => {
  const rows = { activeScenario: ACTIVE_SCENARIO_ROW, activeScenarioIndex: ACTIVE_INDEX_ROW } as Record<
    InputId,
    number
  >;
  let row = ACTIVE_INDEX_ROW + 1;
  for (const section of SECTIONS) {
    row++;
    for (const entry of section.entries) rows[entry.id] = row++;
  }
  return rows;
})();

const LAST_CONSTANT_ROW = Math.max(...Object.values(INPUT_ROWS));
export const CUSTOM_WEIGHTS_HEADING_ROW = LAST_CONSTANT_ROW + 2;
export const CUSTOM_WEIGHTS_ROW = CUSTOM_WEIGHTS_HEADING_ROW + 1;
/** Each scenario's own custom weights, one row per scenario column, under their heading. */
export const SCENARIO_WEIGHTS_HEADING_ROW = CUSTOM_WEIGHTS_ROW + 2;

/** Row of an input on the Inputs sheet. */
export function inputRow(id: InputId): number {
  return INPUT_ROWS[id];
}

/** The absolute address of an input on the Inputs sheet, e.g. "$C$10": the active scenario's value. */
export function inputCell(id: InputId): string {
  return cell(COL.constant, INPUT_ROWS[id], true);
}

/** A reference to an input from another sheet. */
export function inputRef(ctx: PlanContext, id: InputId): string {
  return ctx.ref("inputs", inputCell(id));
}

const SCENARIO_INPUTS: ReadonlySet<InputId> = new Set(
  SECTIONS.flatMap((section) => section.entries.filter((e) => e.perScenario).map((e) => e.id)),
);

/** Whether an input takes one value per scenario column (a scenario field), rather than one for all (a constant). */
export function isScenarioInput(id: InputId): boolean {
  return SCENARIO_INPUTS.has(id);
}

/** A reference to scenario column `index`'s own value of an input (a scenario field), from another sheet. */
export function scenarioInputRef(ctx: PlanContext, id: InputId, index: number): string {
  return ctx.ref("inputs", scenarioCell(INPUT_ROWS[id], index));
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

/** The row of scenario column `index`'s own custom weights. */
export function scenarioWeightsRow(index: number): number {
  return SCENARIO_WEIGHTS_HEADING_ROW + 1 + index;
}

function writeWeights(b: SheetBuilder, ctx: PlanContext): void {
  const { horizon, scenarios } = ctx;
  const weightsText = fieldText(WEIGHTS_FIELD, INPUTS);
  const numberFormat = FMT[WEIGHTS_FIELD.numberFormat ?? "weight"];
  b.heading(CUSTOM_WEIGHTS_HEADING_ROW, "Time series inputs");
  b.set(CUSTOM_WEIGHTS_ROW, COL.label, weightsText.label);
  b.set(CUSTOM_WEIGHTS_ROW, COL.unit, INPUTS.text.units[WEIGHTS_FIELD.unit]);
  b.format(cell(COL.label, CUSTOM_WEIGHTS_ROW), "label").format(cell(COL.unit, CUSTOM_WEIGHTS_ROW), "unit");
  const active = customWeightRow(ctx.scenario);
  const first = scenarioWeightsRow(0);
  const last = scenarioWeightsRow(scenarios.length - 1);
  const index = cell(COL.constant, ACTIVE_INDEX_ROW, true);
  for (let k = 0; k < horizon; k++) {
    const letter = columnLetter(periodColumn(k));
    b.set(
      CUSTOM_WEIGHTS_ROW,
      periodColumn(k),
      formula(`INDEX(${letter}$${first}:${letter}$${last},${index})`, active[k]),
    );
  }
  b.format(timelineRange(CUSTOM_WEIGHTS_ROW, horizon, false), "calculation", numberFormat);
  b.set(CUSTOM_WEIGHTS_ROW, COL.note, weightsText.note ?? "");
  b.format(cell(COL.note, CUSTOM_WEIGHTS_ROW), "note");

  b.heading(SCENARIO_WEIGHTS_HEADING_ROW, "Custom pacing weights of each scenario (used when its pacing is custom)");
  scenarios.forEach((scenario, j) => {
    const row = scenarioWeightsRow(j);
    b.set(row, COL.label, scenario.name).set(row, COL.unit, INPUTS.text.units[WEIGHTS_FIELD.unit]);
    b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    customWeightRow(scenario).forEach((w, k) => b.set(row, periodColumn(k), w));
    b.format(timelineRange(row, horizon, false), "input", numberFormat);
  });
}

export const inputsSheet: SheetModule = {
  key: "inputs",
  build(ctx) {
    const { horizon, result } = ctx;
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

    writeScenarioColumns(b, ctx, INPUT_ROWS.scenarioName);
    let row = ACTIVE_INDEX_ROW + 1;
    for (const section of SECTIONS) {
      b.heading(row++, section.heading);
      for (const entry of section.entries) {
        const value = entry.value(ctx.scenario);
        const active = entry.perScenario
          ? formula(
              `INDEX(${scenarioRange(row, ctx.scenarios.length)},1,${cell(COL.constant, ACTIVE_INDEX_ROW, true)})`,
              value,
            )
          : value;
        b.valueRow(
          row,
          entry.label,
          entry.unit,
          active,
          entry.perScenario ? "calculation" : "input",
          entry.numberFormat,
          entry.note(ctx.scenario),
        );
        if (entry.perScenario) {
          ctx.scenarios.forEach((scenario, j) => b.set(row, periodColumn(j), entry.value(scenario)));
          b.format(scenarioRange(row, ctx.scenarios.length, false), "input", entry.numberFormat);
        }
        row++;
      }
    }
    writeWeights(b, ctx);

    const widths = standardWidths(Math.max(horizon, ctx.scenarios.length), 70, 40).map((w) =>
      w.column >= COL.firstPeriod && w.column < periodColumn(ctx.scenarios.length) ? { ...w, width: 16 } : w,
    );
    return b.build({ tabColor: TAB.inputs, columnWidths: widths, freeze: { rows: ROW.period, columns: 0 } });
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
    names.push(
      {
        name: "ActiveScenario",
        sheet: "inputs",
        range: inputCell("activeScenario"),
        comment: "The scenario the model computes (pick from the list)",
      },
      {
        name: "ActiveScenarioIndex",
        sheet: "inputs",
        range: inputCell("activeScenarioIndex"),
        comment: "Column of the active scenario among the scenario columns",
      },
      {
        name: "ScenarioNames",
        sheet: "inputs",
        range: scenarioRange(INPUT_ROWS.scenarioName, ctx.scenarios.length),
        comment: "The names of the scenarios side by side",
      },
      {
        name: WEIGHTS_FIELD.workbookName ?? WEIGHTS_FIELD.key,
        sheet: "inputs",
        range: timelineRange(CUSTOM_WEIGHTS_ROW, ctx.horizon),
        comment: `${fieldText(WEIGHTS_FIELD, INPUTS).label}, one per model year`,
      },
      {
        name: "TimelineYears",
        sheet: "inputs",
        range: timelineRange(ROW.year, ctx.horizon),
        comment: "The model's years (the master timeline)",
      },
    );
    return names;
  },
  checks(ctx): CheckSpec[] {
    return [
      {
        label: "The active scenario is one of the scenario columns",
        formula: `ISNUMBER(${inputRef(ctx, "activeScenarioIndex")})`,
        value: true,
        note: "ActiveScenario on Inputs must be a name from its list; another name leaves every input without a value.",
      },
    ];
  },
};

export { ACTIVE_HEADING_ROW };

/** Last timeline column letter, for ranges that span the timeline. */
export function lastPeriodLetter(horizon: number): string {
  return columnLetter(periodColumn(horizon - 1));
}
