import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import type { FormulaCell, PlanCell, SheetKey, WorkbookPlan } from "../../src/workbook/plan-types";
import { cell } from "../../src/workbook/sheets/layout";
import { isFormulaCell, isPlanError } from "../../src/workbook/plan-types";
import { planSheetNames, resolveSheetRefs } from "../../src/workbook/sheet-ref";
import { registerFixed } from "./hyperformula-fixed";

/** A workbook plan loaded into HyperFormula, read back by sheet key (or display name) and A1 address. */
export interface EvaluatedPlan {
  readonly hf: HyperFormula;
  value(sheet: SheetKey | string, address: string): CellValue;
  /** Replaces a constant cell and recalculates. */
  set(sheet: SheetKey | string, address: string, value: number | string): void;
  sheetId(sheet: SheetKey | string): number;
}

/** "AB12" → { col: 27, row: 12 } (1-based). */
export function parseAddress(address: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a single-cell address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

/**
 * HyperFormula refuses any name of letters followed by digits (it reads them as a cell address), where Excel refuses
 * only real addresses (columns up to XFD): the spec's `RiskNpvP10` is a valid Excel name. Such names are registered
 * under an alias, and formulas are rewritten to it; a real address such as `AB12` has at most three letters.
 */
const LETTERS_THEN_DIGITS = /(?<![A-Za-z0-9_.$!'])[A-Za-z]{4,}[0-9]+(?![A-Za-z0-9_(!])/g;

export function hyperFormulaName(name: string): string {
  return /^[A-Za-z]{4,}[0-9]+$/.test(name) ? `${name}_` : name;
}

/**
 * Text is written with a leading apostrophe so that HyperFormula keeps it as text, as the renderers do; otherwise
 * labels such as "2025-02-24" or "TRUE/FALSE" would be read as dates or booleans.
 */
function toRaw(cell: PlanCell, nameOf: (key: SheetKey) => string): RawCellContent {
  if (isFormulaCell(cell)) {
    return `=${resolveSheetRefs(cell.formula, nameOf).replace(LETTERS_THEN_DIGITS, (name) => hyperFormulaName(name))}`;
  }
  if (typeof cell === "string") return `'${cell}`;
  return cell;
}

export function evaluatePlan(plan: WorkbookPlan): EvaluatedPlan {
  // The sentences turn numbers into text with Excel's FIXED, which HyperFormula lacks.
  registerFixed();
  // Rounding off: cached values are compared with HyperFormula's to 1e-9, and flags compare exact sums with zero.
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false, precisionEpsilon: 0 });
  const ids = new Map<string, number>();
  const nameOf = planSheetNames(plan);
  const raw = (cell: PlanCell) => toRaw(cell, nameOf);
  for (const sheet of plan.sheets) {
    const name = hf.addSheet(sheet.name);
    const id = hf.getSheetId(name)!;
    ids.set(sheet.key, id);
    ids.set(sheet.name, id);
  }
  hf.suspendEvaluation();
  for (const sheet of plan.sheets) {
    const id = ids.get(sheet.key)!;
    for (const block of sheet.blocks) {
      const at = parseAddress(block.anchor);
      hf.setCellContents(
        { sheet: id, row: at.row - 1, col: at.col - 1 },
        block.cells.map((row) => row.map(raw)),
      );
    }
    for (const table of sheet.tables) {
      const at = parseAddress(table.anchor);
      const rows: RawCellContent[][] = [table.headers.map(raw), ...table.rows.map((r) => r.map(raw))];
      hf.setCellContents({ sheet: id, row: at.row - 1, col: at.col - 1 }, rows);
    }
  }
  for (const name of plan.names) {
    const sheet = plan.sheets.find((s) => s.key === name.sheet);
    if (!sheet) throw new Error(`name ${name.name} points at missing sheet ${name.sheet}`);
    hf.addNamedExpression(hyperFormulaName(name.name), `='${sheet.name.replace(/'/g, "''")}'!${name.range}`);
  }
  hf.resumeEvaluation();
  const sheetId = (sheet: string): number => {
    const id = ids.get(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return id;
  };
  const where = (sheet: string, address: string) => {
    const at = parseAddress(address);
    return { sheet: sheetId(sheet), row: at.row - 1, col: at.col - 1 };
  };
  return {
    hf,
    sheetId,
    value: (sheet, address) => hf.getCellValue(where(sheet, address)),
    set: (sheet, address, value) => {
      hf.setCellContents(where(sheet, address), typeof value === "string" ? `'${value}` : value);
    },
  };
}

export interface LocatedFormula {
  readonly sheet: SheetKey;
  readonly row: number;
  readonly col: number;
  readonly cell: FormulaCell;
}

/**
 * Every formula cell of the plan (or of one sheet), with its 1-based position; the formula as a workbook with the
 * plan's sheet names shows it (the plan itself refers to sheets by key).
 */
export function formulaCells(plan: WorkbookPlan, sheet?: SheetKey): LocatedFormula[] {
  const out: LocatedFormula[] = [];
  const nameOf = planSheetNames(plan);
  for (const s of plan.sheets) {
    if (sheet !== undefined && s.key !== sheet) continue;
    for (const block of s.blocks) {
      const at = parseAddress(block.anchor);
      block.cells.forEach((cells, r) =>
        cells.forEach((c, i) => {
          if (!isFormulaCell(c)) return;
          const shown = { formula: resolveSheetRefs(c.formula, nameOf), value: c.value };
          out.push({ sheet: s.key, row: at.row + r, col: at.col + i, cell: shown });
        }),
      );
    }
  }
  return out;
}

/** Numbers agree to 1e-9 relative; an error the plan caches (#N/A) is that error; anything else must be equal. */
export function cellsAgree(actual: CellValue, expected: unknown): boolean {
  if (isPlanError(expected)) return actual instanceof DetailedCellError && actual.value === expected.error;
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (typeof actual === "string" && typeof expected === "string" && actual !== expected) {
    return textsAgree(actual, expected);
  }
  return actual === expected;
}

// A German sentence writes its decimals with a comma (number-text.ts).
const NUMBER_IN_TEXT = /\d+(?:[.,]\d+)?/g;

/**
 * Two texts a formula built with FIXED() agree when their words are the same and their numbers agree to 15 significant
 * digits: beyond the 15 a double shows reliably, spreadsheet programs round differently (730806151807755.25 to one
 * place is ".2" in one and ".3" in JavaScript's toFixed; Excel shows 15 digits and writes ".0").
 */
function textsAgree(actual: string, expected: string): boolean {
  const words = (text: string) => text.split(NUMBER_IN_TEXT);
  const numbers = (text: string) => [...text.matchAll(NUMBER_IN_TEXT)].map((m) => Number(m[0].replace(",", ".")));
  const [a, e] = [numbers(actual), numbers(expected)];
  return (
    JSON.stringify(words(actual)) === JSON.stringify(words(expected)) &&
    a.length === e.length &&
    a.every((x, k) => x === e[k] || (Math.abs(x - e[k]) <= 1e-15 * Math.abs(e[k]) * 10 && Math.abs(e[k]) >= 1e14))
  );
}

/** Every formula cell evaluates in HyperFormula to the value the plan cached for it (1e-9 relative). */
export function expectCachedValuesMatch(plan: WorkbookPlan, ev: EvaluatedPlan): void {
  const wrong = formulaCells(plan)
    .map((f) => ({ f, actual: ev.value(f.sheet, cell(f.col, f.row)) }))
    .filter(({ f, actual }) => !cellsAgree(actual, f.cell.value))
    .map(
      ({ f, actual }) =>
        `${f.sheet}!${cell(f.col, f.row)} =${f.cell.formula}: HF ${String(actual)}, cached ${String(f.cell.value)}`,
    );
  expect(wrong).toEqual([]);
}
