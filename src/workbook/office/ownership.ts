import { quoteSheetName } from "../cell-text";

/**
 * What in a workbook belongs to the add-in's model, decided in one place for the build and the benchmark refresh.
 *
 * - A sheet is the model's when it carries the worksheet custom property MARKER (its value is the sheet's key).
 * - A defined name is the model's when a marked sheet's NAMES record lists it: every build writes the list of the
 *   names it owns on each sheet it makes. A name the user makes, whatever it refers to (even a model cell), or a
 *   broken name of theirs, is never listed, so it is never deleted or re-pointed as ours.
 * - A workbook whose marked sheets carry no record (built before the record existed, or whose model sheets were all
 *   deleted by hand) falls back to the narrowest safe rule: a name is ours when the model defines a name of that
 *   name and it still refers to a marked sheet or lost its target (#REF!).
 * - A table is the model's when it sits on a marked sheet; the model names its tables by one rule (`modelTableName`).
 */

export const MARKER = "capexAddin";

/** The custom property, beside the marker, that lists the defined names the model owns. */
export function namesRecordKey(marker: string): string {
  return `${marker}Names`;
}

/** The record's value: the owned names, as JSON. */
export function formatNamesRecord(names: readonly string[]): string {
  return JSON.stringify([...names]);
}

/** The names a record lists, or null when the value is missing or not a record (then the fallback rule applies). */
export function parseNamesRecord(value: string | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((n) => typeof n === "string") ? parsed : null;
  } catch {
    return null;
  }
}

const lower = (s: string) => s.toLowerCase();

export interface OwnershipFacts {
  /** The values of the NAMES record on each marked sheet (null where a sheet has none). */
  readonly records: readonly (string | null | undefined)[];
  /** Display names of the marked sheets, for the fallback rule. */
  readonly modelSheets: readonly string[];
  /** The names the model defines, for the fallback rule. */
  readonly modelNames: readonly string[];
}

/** The one predicate for "this defined name belongs to the model" (see the rules above). */
export function modelNamePredicate(facts: OwnershipFacts): (name: string, formula: string) => boolean {
  const recorded = facts.records.map(parseNamesRecord).filter((r): r is string[] => r !== null);
  if (recorded.length > 0) {
    const owned = new Set(recorded.flat().map(lower));
    return (name) => owned.has(lower(name));
  }
  const defined = new Set(facts.modelNames.map(lower));
  return (name, formula) =>
    defined.has(lower(name)) &&
    (isBrokenReference(formula) || facts.modelSheets.some((sheet) => refersToSheet(formula, sheet)));
}

/** "=#REF!", "=#REF!$C$5", "='Inputs'!#REF!": a reference whose target was deleted. */
function isBrokenReference(formula: string): boolean {
  return /^=?(?:'(?:[^']|'')*'!|[^'!"]*!)?#REF!/i.test(formula.trim());
}

/** The rule the model names its tables by: the plan's name, or `name_2`, `name_3`... when a user's name has it. */
export function modelTableName(wanted: string, taken: (candidate: string) => boolean): string {
  let got = wanted;
  for (let n = 2; taken(got); n++) got = `${wanted}_${n}`;
  return got;
}

/** True when `actual` is a name `modelTableName` can give a table the plan calls `wanted`. */
export function isModelTableName(wanted: string, actual: string): boolean {
  const w = lower(wanted);
  const a = lower(actual);
  return (
    a === w || (a.startsWith(`${w}_`) && /^\d+$/.test(a.slice(w.length + 1)) && Number(a.slice(w.length + 1)) >= 2)
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Outside string literals, replaces references to the sheets and tables in `sheets`/`tables` by their new names.
 * Used only on formulas a user wrote (their defined names), which can name a model sheet in any spelling; the plan's
 * own formulas refer to sheets symbolically and need no rewriting.
 */
export function retargetFormula(
  formula: string,
  sheets: ReadonlyMap<string, string>,
  tables: ReadonlyMap<string, string>,
): string {
  const rewrite = (part: string): string => {
    let out = part;
    for (const [from, to] of sheets) {
      const target = `${quoteSheetName(to)}!`;
      out = out
        .replace(new RegExp(`'${escapeRegExp(from.replace(/'/g, "''"))}'!`, "gi"), () => target)
        .replace(new RegExp(`(^|[^A-Za-z0-9_.'!])${escapeRegExp(from)}!`, "gi"), (_m, lead: string) => lead + target);
    }
    for (const [from, to] of tables) {
      out = out.replace(
        new RegExp(`(^|[^A-Za-z0-9_.'!])${escapeRegExp(from)}\\[`, "gi"),
        (_m, lead: string) => `${lead}${to}[`,
      );
    }
    return out;
  };
  // Split into string literals ("...", with "" inside) and the rest; only the rest holds references.
  return formula.replace(/("(?:[^"]|"")*")|([^"]+)/g, (_m, literal: string | undefined, code: string | undefined) =>
    literal !== undefined ? literal : rewrite(code ?? ""),
  );
}

/** True when the formula refers to the sheet (quoted or bare), outside string literals. */
export function refersToSheet(formula: string, sheet: string): boolean {
  return retargetFormula(formula, new Map([[sheet, "\u0000"]]), new Map()) !== formula;
}

/** True when the formula uses the table in a structured reference, outside string literals. */
export function refersToTable(formula: string, table: string): boolean {
  return retargetFormula(formula, new Map(), new Map([[table, "\u0000"]])) !== formula;
}
