/**
 * Localized custom-function metadata, made at build time from the English functions.json (which
 * custom-functions-metadata-plugin generates from the JSDoc in functions.ts) and one translation table per language.
 * Excel localizes only `name` and `description`, of each function and each parameter, and keeps the `id`
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming); everything else (types, shapes,
 * optional flags, streaming) is copied from the English file, so the two cannot disagree on it. The translation
 * table is keyed by the English function id and parameter name, so that a function or parameter added, renamed or
 * removed in English without the translation following is a build error, never a silently English entry.
 * Used by webpack.config.js and the tests; never part of the bundle.
 */

export interface LocalizedText {
  readonly name: string;
  readonly description: string;
}

export interface LocalizedFunction extends LocalizedText {
  /** By English parameter name. */
  readonly parameters: Readonly<Record<string, LocalizedText>>;
}

/** By English function id. */
export type FunctionTranslations = Readonly<Record<string, LocalizedFunction>>;

export interface ParameterMetadata {
  name: string;
  description?: string;
  [field: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  [field: string]: unknown;
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [field: string]: unknown;
}

/** Names a user types: ASCII, so that every keyboard has them; upper case like Excel's own functions. */
const FUNCTION_NAME = /^[A-Z][A-Z0-9_.]{2,}$/;
const PARAMETER_NAME = /^[a-z][a-z0-9_]*$/;

function textProblems(where: string, text: LocalizedText, namePattern: RegExp): string[] {
  const problems: string[] = [];
  if (!namePattern.test(text.name)) problems.push(`${where}: name "${text.name}" does not match ${namePattern}`);
  // Excel would read such a name as a cell (A1 to XFD1048576).
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(text.name))
    problems.push(`${where}: name "${text.name}" looks like a cell reference`);
  if (text.description.trim().length === 0) problems.push(`${where}: the description is empty`);
  return problems;
}

function duplicates(names: readonly string[]): string[] {
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

function localizeFunction(
  english: FunctionMetadata,
  translation: LocalizedFunction,
): { metadata: FunctionMetadata; problems: string[] } {
  const problems = textProblems(english.id, translation, FUNCTION_NAME);
  const englishNames = english.parameters.map((parameter) => parameter.name);
  for (const name of englishNames) {
    if (!(name in translation.parameters)) problems.push(`${english.id}: parameter "${name}" has no translation`);
  }
  for (const name of Object.keys(translation.parameters)) {
    if (!englishNames.includes(name))
      problems.push(`${english.id}: translation of parameter "${name}", which the function does not have`);
  }
  const parameters = english.parameters.map((parameter) => {
    const text = translation.parameters[parameter.name];
    if (!text) return { ...parameter };
    problems.push(...textProblems(`${english.id}(${parameter.name})`, text, PARAMETER_NAME));
    return { ...parameter, name: text.name, description: text.description };
  });
  for (const name of duplicates(parameters.map((parameter) => parameter.name)))
    problems.push(`${english.id}: two parameters are called "${name}"`);
  return {
    metadata: { ...english, name: translation.name, description: translation.description, parameters },
    problems,
  };
}

/**
 * The localized metadata and every way in which the translation does not fit the English functions.
 * `awaited` lists function ids whose translation may come before the function itself (a function being added on
 * another branch); a translation for any other id without an English function is a problem.
 */
export function localizeFunctionsMetadata(
  english: FunctionsMetadata,
  translations: FunctionTranslations,
  awaited: readonly string[] = [],
): { metadata: FunctionsMetadata; problems: string[] } {
  const problems: string[] = [];
  const functions = english.functions.map((fn) => {
    const translation = translations[fn.id];
    if (!translation) {
      problems.push(`${fn.id}: the function has no translation`);
      return fn;
    }
    const localized = localizeFunction(fn, translation);
    problems.push(...localized.problems);
    return localized.metadata;
  });
  const ids = english.functions.map((fn) => fn.id);
  for (const id of Object.keys(translations)) {
    if (!ids.includes(id) && !awaited.includes(id)) problems.push(`${id}: a translation, but no such function`);
  }
  for (const name of duplicates(functions.map((fn) => fn.name))) problems.push(`two functions are called "${name}"`);
  return { metadata: { ...english, functions }, problems };
}
