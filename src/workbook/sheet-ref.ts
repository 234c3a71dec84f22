import { quoteSheetName } from "./cell-text";
import type { FormulaCell, SheetKey, WorkbookPlan } from "./plan-types";

/**
 * Symbolic sheet references. A plan's formulas and chart ranges name sheets by key ("⟦inputs⟧!$C$5"), never by
 * display name, so that each renderer resolves every reference once, to the names it writes: the .xlsx renderer to
 * the plan's display names, the Office.js renderer to the temporary names its new sheets have while the old model
 * still holds the final ones (Excel then carries the references along when it renames the sheets).
 *
 * The brackets are characters no formula of Excel's can contain outside a string literal, and the plan never puts
 * them in one, so a reference can neither be confused with a formula's own text nor survive unresolved: an unknown
 * key throws.
 */

const OPEN = "\u27E6";
const CLOSE = "\u27E7";
const REFERENCE = /\u27E6([A-Za-z0-9_-]+)\u27E7!/g;
const WHOLE = /^\u27E6([A-Za-z0-9_-]+)\u27E7!(.+)$/;

/** A reference to `address` on the sheet `key`, for a formula or a chart range of the plan. */
export function sheetRef(key: SheetKey, address: string): string {
  return `${OPEN}${key}${CLOSE}!${address}`;
}

/**
 * A function that replaces each symbolic reference of a formula by the quoted name `nameOf` gives its sheet. Each
 * sheet's quoted name is made once per resolver: a renderer resolves thousands of formulas with one.
 */
export function sheetRefResolver(nameOf: (key: SheetKey) => string): (formula: string) => string {
  const quoted = new Map<string, string>();
  const replace = (_match: string, key: string): string => {
    let target = quoted.get(key);
    if (target === undefined) {
      target = `${quoteSheetName(nameOf(key as SheetKey))}!`;
      quoted.set(key, target);
    }
    return target;
  };
  return (formula) => (formula.includes(OPEN) ? formula.replace(REFERENCE, replace) : formula);
}

/** The formula with each symbolic reference replaced by the quoted name `nameOf` gives its sheet. */
export function resolveSheetRefs(formula: string, nameOf: (key: SheetKey) => string): string {
  return sheetRefResolver(nameOf)(formula);
}

/** Splits a symbolic range ("⟦capex⟧!$F$10:$O$10") into sheet key and local range (without "$"). */
export function splitSheetRef(reference: string): { key: SheetKey; range: string } {
  const match = WHOLE.exec(reference);
  if (!match)
    throw new Error(`Expected a symbolic sheet range like "${sheetRef("capex", "E10:N10")}", got "${reference}"`);
  return { key: match[1] as SheetKey, range: match[2].replace(/\$/g, "") };
}

/** Sheet key → display name for the plan's sheets; a key the plan lacks throws, naming the reference's sheet. */
export function planSheetNames(plan: WorkbookPlan): (key: SheetKey) => string {
  const names = new Map<string, string>(plan.sheets.map((s) => [s.key, s.name]));
  return (key) => {
    const name = names.get(key);
    if (name === undefined) throw new Error(`The plan refers to a sheet "${key}" it does not have.`);
    return name;
  };
}

/** A formula cell's text as a workbook with the plan's display names shows it (for readers and tests). */
export function displayFormula(plan: WorkbookPlan, cell: FormulaCell): string {
  return resolveSheetRefs(cell.formula, planSheetNames(plan));
}
