import type { Scenario } from "../scenario/types";
import { MAX_SCENARIOS } from "../workbook/scenario-set";
import { PRESET_IDS } from "../scenario/presets";

/**
 * The scenarios the user adds in the pane, which the next build puts on Inputs as columns beside the presets and the
 * scenario the form shows (model.md, "Scenarios side by side"). Names identify them, as in the workbook's selector.
 */

/** The workbook's limit less the presets and the form's own scenario. */
export const MAX_ADDED_SCENARIOS = MAX_SCENARIOS - PRESET_IDS.length - 1;

const key = (name: string): string => name.trim().toLowerCase();

/** `list` with `scenario` added, or in place of the one of the same name; "full" when there is no room. */
export function withAdded(
  list: readonly Scenario[],
  scenario: Scenario,
): { readonly list: readonly Scenario[]; readonly replaced: boolean } | "full" {
  const at = list.findIndex((s) => key(s.name) === key(scenario.name));
  if (at >= 0) return { list: list.map((s, i) => (i === at ? scenario : s)), replaced: true };
  if (list.length >= MAX_ADDED_SCENARIOS) return "full";
  return { list: [...list, scenario], replaced: false };
}

export function withoutNamed(list: readonly Scenario[], name: string): readonly Scenario[] {
  return list.filter((s) => key(s.name) !== key(name));
}

/** The columns to build beside `active`: an added scenario of the same name is the form's older state, so it yields. */
export function columnsBeside(list: readonly Scenario[], active: Scenario): readonly Scenario[] {
  return withoutNamed(list, active.name);
}
