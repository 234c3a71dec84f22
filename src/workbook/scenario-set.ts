import { UserFacingError } from "../core/user-messages";
import { LANGUAGES, type Language } from "../scenario/language";
import { PRESET_IDS, presetScenario } from "../scenario/presets";
import type { Scenario } from "../scenario/types";
import { validateScenario } from "../scenario/validate";

/**
 * The scenarios a workbook carries side by side (model.md, "Scenarios side by side"): the three presets and the
 * scenario the workbook is built from, plus any others the caller adds, each a column on the Inputs sheet.
 */

/** Most scenario columns a workbook carries: the selector's list stays short enough to read at a glance. */
export const MAX_SCENARIOS = 8;

/**
 * Fields that shape the workbook rather than feed a formula: the timeline's width and the Risk sheet's stored draws
 * (rows of trials, drawn from the seed). Every column takes the built scenario's values of these, so that switching
 * the active scenario recomputes the sheets that exist instead of asking for ones that do not.
 */
export const STRUCTURAL_FIELDS = ["horizon", "riskTrials", "riskSeed"] as const;

export interface ScenarioSet {
  /** The columns, left to right. */
  readonly scenarios: readonly Scenario[];
  /** Index (0-based) of the scenario the workbook is built from, which starts active. */
  readonly active: number;
}

const nameKey = (scenario: Scenario): string => scenario.name.trim().toLowerCase();

/** `scenario` with the built scenario's structure (see STRUCTURAL_FIELDS). */
export function alignedTo(scenario: Scenario, built: Scenario): Scenario {
  const aligned: Record<string, unknown> = { ...scenario };
  for (const field of STRUCTURAL_FIELDS) {
    const value = (built as unknown as Record<string, unknown>)[field];
    if (value === undefined) delete aligned[field];
    else aligned[field] = value;
  }
  return aligned as unknown as Scenario;
}

/**
 * The presets in `language`, with `built` and `others` in place of a preset of the same name (in any language, case and
 * surrounding blanks aside) and after them otherwise. A preset the built scenario's structure cannot hold (three capex years on a
 * two-year timeline) is left out; a scenario the caller gave that it cannot hold, or a second of the same name, is an
 * error, since leaving it out would lose what the user asked for.
 */
export function scenarioSet(built: Scenario, others: readonly Scenario[] = [], language: Language = "en"): ScenarioSet {
  const given = [built, ...others];
  const seen = new Set<string>();
  given.forEach((scenario, i) => {
    const key = nameKey(scenario);
    if (seen.has(key)) {
      throw new UserFacingError({ key: "duplicateScenarioName", params: { name: scenario.name.trim() } });
    }
    seen.add(key);
    if (i === 0) return;
    const issues = validateScenario(alignedTo(scenario, built));
    if (issues.length > 0) {
      throw new UserFacingError({
        key: "scenarioDoesNotFit",
        params: {
          name: scenario.name.trim(),
          built: built.name.trim(),
          problems: issues.map((issue) => issue.message),
        },
      });
    }
  });
  // A preset is named in each language; a scenario with any of its names takes its place.
  const givenAs = (id: (typeof PRESET_IDS)[number]) =>
    given.find((scenario) => LANGUAGES.some((l) => nameKey(presetScenario(id, l)) === nameKey(scenario)));
  const columns = PRESET_IDS.flatMap((id) => {
    const preset = alignedTo(presetScenario(id, language), built);
    const replacement = givenAs(id);
    if (replacement !== undefined) return [replacement];
    return validateScenario(preset).length === 0 ? [preset] : [];
  });
  for (const scenario of given) if (!columns.includes(scenario)) columns.push(scenario);
  if (columns.length > MAX_SCENARIOS) {
    throw new UserFacingError({ key: "tooManyScenarios", params: { max: MAX_SCENARIOS, given: columns.length } });
  }
  const scenarios = columns.map((scenario, i) => (i === columns.indexOf(built) ? built : alignedTo(scenario, built)));
  return { scenarios, active: columns.indexOf(built) };
}
