import { languageOf, makeLocale, type Locale } from "../../src/taskpane/i18n";
import { DE } from "../../src/taskpane/messages-de";
import { EN } from "../../src/taskpane/messages-en";

/** The locale the pane makes for `tag`, without the pane's lazy loading of the messages. */
export function testLocale(tag: string): Locale {
  return makeLocale(tag, languageOf(tag) === "de" ? DE : EN);
}
