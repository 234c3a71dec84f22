import { FIELD_TEXT_DE } from "./field-text-de";
import { FIELD_TEXT_EN } from "./field-text-en";
import type { Language } from "./language";
import { Translator, type Catalog, type TemplateEntry } from "./text-catalog";
import type { ScenarioIssue } from "./types";

/**
 * The scenario's messages (validation, a scenario file's problems, the core's input checks) in the user's language.
 * They are written in English where they arise (validate.ts, json.ts, core/errors.ts); this catalog holds each one as a
 * template with its German, keyed by the English, so that the checks themselves stay in one place. A message the
 * catalog lacks (a new check) is shown in English until it gets an entry; the tests list every message the checks
 * can produce.
 */

const TEMPLATES_DE: readonly TemplateEntry[] = [
  // validate.ts (the bounds the registry's fields have; another bound's message stays English until it is added)
  { en: "{0} must be a number.", translated: "{0} muss eine Zahl sein." },
  { en: "{0} must not exceed the {1} ({2} {3}).", translated: "{0} darf nicht größer sein als {1} ({2} {3})." },
  // A rate's range: its unit's rest ("a year", "points") and how to type a rate; before the template with a unit.
  {
    en: "{0} must be from {1} to {2} {3} (30% is 0.3).",
    translated: "{0} muss zwischen {1} und {2} {3} liegen (30 % ist 0,3).",
  },
  {
    en: "{0} must be from {1} to {2} (30% is 0.3).",
    translated: "{0} muss zwischen {1} und {2} liegen (30 % ist 0,3).",
  },
  { en: "{0} must be from {1} to {2} ({3}).", translated: "{0} muss zwischen {1} und {2} liegen ({3})." },
  {
    en: "{0} must be a number of {1} above {2} and at most {3}.",
    translated: "{0} muss eine Zahl über {2} und höchstens {3} sein ({1}).",
  },
  { en: "{0} must be text.", translated: "{0} muss ein Text sein." },
  { en: "{0} must not be empty.", translated: "{0} darf nicht leer sein." },
  { en: "{0} must be at most {1} characters.", translated: "{0} darf höchstens {1} Zeichen lang sein." },
  { en: "{0} must be one of {1}.", translated: "{0} muss einer dieser Werte sein: {1}." },
  { en: '{0} are required with the "{1}" {2}.', translated: '{0} sind nötig, wenn {2} "{1}" ist.' },
  { en: "{0} must be a list of numbers.", translated: "{0} müssen eine Liste von Zahlen sein." },
  { en: "{0} must be finite numbers of 0 or more.", translated: "{0} müssen endliche Zahlen von 0 oder mehr sein." },
  {
    en: "{0} must hold exactly {1} values (one per capex year).",
    translated: "{0} müssen genau {1} Werte enthalten (einen je Investitionsjahr).",
  },
  { en: "{0} must have a positive sum.", translated: "{0} müssen eine positive Summe haben." },
  // core/tornado.ts and core/risk.ts, as validation passes them on ({0} is an input's key, translated by wordsDe)
  {
    en: "the tornado step for {0} takes it to {1}, where the NPV is too large to represent; use a smaller step.",
    translated:
      "Der Tornado-Schritt für {0} führt auf {1}; dort ist der Kapitalwert zu groß, um ihn darzustellen. Bitte einen kleineren Schritt wählen.",
  },
  {
    en: "the tornado step for {0} takes it to -100% or below.",
    translated: "Der Tornado-Schritt für {0} führt auf -100 % oder darunter.",
  },
  {
    en: "the {0} spread reaches -100% or below; keep the low end above -1.",
    translated: "Die Spanne für {0} reicht bis -100 % oder darunter; das untere Ende muss über -1 bleiben.",
  },
  // core/errors.ts and core/growth.ts, as validation passes them on
  { en: "{0} must be a whole number from {1} to {2}.", translated: "{0} muss eine ganze Zahl von {1} bis {2} sein." },
  // json.ts: a scenario file
  { en: "The file is not valid JSON ({0}).", translated: "Die Datei ist kein gültiges JSON ({0})." },
  { en: 'This is not a scenario file (format "{0}").', translated: 'Das ist keine Szenariodatei (Format "{0}").' },
  {
    en: "Scenario files of version {0} are not supported; this add-in reads version {1}.",
    translated: "Szenariodateien der Version {0} werden nicht unterstützt; dieses Add-in liest Version {1}.",
  },
  { en: "Unknown fields: {0}.", translated: "Unbekannte Felder: {0}." },
  { en: "Unknown field: {0}.", translated: "Unbekanntes Feld: {0}." },
  {
    en: "The file is too large for a scenario (over {0}).",
    translated: "Die Datei ist für ein Szenario zu groß (über {0}).",
  },
  {
    en: "The file nests lists or objects more than {0} deep; a scenario is one flat object.",
    translated:
      "Die Datei verschachtelt Listen oder Objekte tiefer als {0} Ebenen; ein Szenario ist ein flaches Objekt.",
  },
  { en: '{0} is missing (field "{1}").', translated: '{0} fehlt (Feld "{1}").' },
];

/** The fields' labels and the units' names, the parts most messages are built around (in lower case too). */
function wordsDe(): Record<string, string> {
  const words: Record<string, string> = {
    "A scenario must be a JSON object with named fields.":
      "Ein Szenario muss ein JSON-Objekt mit benannten Feldern sein.",
    profile: "das Verteilungsprofil",
  };
  for (const [key, en] of Object.entries(FIELD_TEXT_EN.fields)) {
    const de = FIELD_TEXT_DE.fields[key as keyof typeof FIELD_TEXT_DE.fields].label;
    words[en.label] = de;
    words[en.label.toLowerCase()] = de;
  }
  for (const [key, en] of Object.entries(FIELD_TEXT_EN.units)) {
    const de = FIELD_TEXT_DE.units[key as keyof typeof FIELD_TEXT_DE.units];
    words[en] = de;
    // A rate's range names its unit after the "%" of its bound ("100% a year"): the rest of the unit on its own.
    const rest = en.replace(/^%/, "").trim();
    if (rest !== en && rest !== "") words[rest] = de.replace(/^%/, "").trim();
  }
  // The core's tornado and risk checks name an input by its key ("discountRate"): its label.
  for (const [key, en] of Object.entries(FIELD_TEXT_DE.fields)) words[key] ??= en.label;
  return words;
}

/**
 * A figure in a message's part as German writes it: "1,000,000" is 1.000.000, "-99.5%" is -99,5 %. Only a part that
 * is a figure and nothing else (a bound, a rate): names and labels are never touched.
 */
function germanFigure(text: string): string | undefined {
  const figure = /^(-?)(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?(%?)$/.exec(text);
  if (figure === null) return undefined;
  const [, sign, whole, fraction, percent] = figure;
  return `${sign}${whole.replace(/,/g, ".")}${fraction === undefined ? "" : `,${fraction}`}${percent === "" ? "" : " %"}`;
}

export const SCENARIO_MESSAGES_DE: Catalog = { exact: wordsDe(), templates: TEMPLATES_DE, formatPart: germanFigure };

let germanTranslator: Translator | undefined;

/** A scenario message in `language`; English, or a message the catalog does not know, comes back as it is. */
export function localizeScenarioMessage(message: string, language: Language): string {
  if (language === "en") return message;
  germanTranslator ??= new Translator(SCENARIO_MESSAGES_DE);
  return germanTranslator.lookup(message) ?? message;
}

/** The issues with their messages in `language`. */
export function localizeIssues<I extends Pick<ScenarioIssue, "message">>(
  issues: readonly I[],
  language: Language,
): I[] {
  return issues.map((issue) => ({ ...issue, message: localizeScenarioMessage(issue.message, language) }));
}
