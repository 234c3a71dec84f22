import type { FormKeyOf, TextKey, UnitKey } from "./fields";

/** A field's words in one language: its label, a line of help in the pane, and (English) its note on the Inputs sheet. */
export interface FieldText {
  readonly label: string;
  readonly help?: string;
  readonly note?: string;
}

/** Every field's words, by the registry's text keys (and the form's own keys), plus the units' names. */
export interface FieldTexts {
  readonly fields: Readonly<Record<TextKey | FormKeyOf, FieldText>>;
  readonly units: Readonly<Record<UnitKey, string>>;
}
