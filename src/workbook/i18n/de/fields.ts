import { FIELD_TEXT_DE } from "../../../scenario/field-text-de";
import { FIELD_TEXT_EN } from "../../../scenario/field-text-en";
import { INPUT_FIELDS } from "../../../scenario/fields";

/**
 * The inputs' labels and units come from the scenario's field texts, which the pane shows too: one German word for
 * each input, whether the pane or the Inputs sheet shows it. A label with its unit in brackets is how a defined name's
 * comment describes the input ("Capex total (RMB bn)").
 */
function fieldEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [key, en] of Object.entries(FIELD_TEXT_EN.units)) {
    entries[en] = FIELD_TEXT_DE.units[key as keyof typeof FIELD_TEXT_DE.units];
  }
  for (const [key, en] of Object.entries(FIELD_TEXT_EN.fields)) {
    const de = FIELD_TEXT_DE.fields[key as keyof typeof FIELD_TEXT_DE.fields];
    entries[en.label] = de.label;
  }
  for (const field of INPUT_FIELDS) {
    const en = FIELD_TEXT_EN.fields[field.textKey as keyof typeof FIELD_TEXT_EN.fields];
    const de = FIELD_TEXT_DE.fields[field.textKey as keyof typeof FIELD_TEXT_DE.fields];
    entries[`${en.label} (${FIELD_TEXT_EN.units[field.unit]})`] = `${de.label} (${FIELD_TEXT_DE.units[field.unit]})`;
  }
  return entries;
}

export const DE_FIELD_ENTRIES: Readonly<Record<string, string>> = fieldEntries();
