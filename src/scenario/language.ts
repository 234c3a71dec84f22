/** The languages the add-in speaks: the pane, the presets, the scenario messages and the workbook. */
export type Language = "en" | "de";

export const LANGUAGES: readonly Language[] = ["en", "de"];

/** A command-line or stored language name, or undefined when it is not one of LANGUAGES. */
export function parseLanguage(text: string): Language | undefined {
  return (LANGUAGES as readonly string[]).includes(text) ? (text as Language) : undefined;
}
