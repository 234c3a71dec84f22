import type { Language } from "../scenario/language";
import { localizeIssues } from "../scenario/scenario-messages";
import { toCaseInputs, type Scenario } from "../scenario/types";
import { MAX_SCENARIO_FILE_BYTES, parseScenarioJson, scenarioFileTooLarge, scenarioToJson } from "../scenario/json";
import { validateScenario } from "../scenario/validate";
import type { ScenarioAdapter } from "./controller";
import { INPUT_FIELDS } from "../scenario/fields";
import { formKeyOf, type FormValues } from "./fields";

/**
 * The pane shows the payback target as a calendar year ("pay back by 2033"), which readers understand at a glance;
 * the scenario stores it as years after the first flow, which is what the model computes with.
 */
function toFormValues(scenario: Scenario): FormValues {
  return {
    ...toCaseInputs(scenario),
    customWeights: scenario.customWeights,
    fx: scenario.fx,
    targetPaybackYear: scenario.firstYear + scenario.targetPaybackYears,
  };
}

function withFormValues(base: Scenario, values: FormValues): Scenario {
  const { targetPaybackYear, customWeights, ...caseAndFx } = values;
  return {
    ...base,
    ...caseAndFx,
    targetPaybackYears: targetPaybackYear - values.firstYear,
    // Kept from the base when the form has none, so that switching away from "custom" and back loses nothing.
    customWeights: customWeights ?? base.customWeights,
  };
}

/** Scenario fields the form does not show as such, mapped to the control that changes them. */
const FIELD_IN_FORM: ReadonlyMap<string, string> = new Map(INPUT_FIELDS.map((field) => [field.key, formKeyOf(field)]));

/** The pane's view of scenarios; validation's and a scenario file's messages come in the pane's `language`. */
export function scenarioAdapter(
  presets: readonly { readonly id: string; readonly scenario: Scenario }[],
  language: Language = "en",
): ScenarioAdapter {
  return {
    presets,
    toValues: toFormValues,
    withValues: withFormValues,
    nameOf: (scenario) => scenario.name,
    withName: (scenario, name) => ({ ...scenario, name }),
    validate: (scenario) =>
      localizeIssues(validateScenario(scenario), language).map((issue) => ({
        field: FIELD_IN_FORM.get(issue.field) ?? issue.field,
        message: issue.message,
      })),
    toJson: scenarioToJson,
    fromJson: (text, bytes) => {
      // The pane reads a file only up to the limit, cut at a byte that may split a character: its size decides.
      const tooLarge = bytes !== undefined && bytes > MAX_SCENARIO_FILE_BYTES;
      const parsed = tooLarge ? scenarioFileTooLarge() : parseScenarioJson(text);
      return parsed.ok ? parsed : { ok: false, issues: localizeIssues(parsed.issues, language) };
    },
  };
}
