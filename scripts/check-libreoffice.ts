/**
 * `npm run check:libreoffice`: evidence that the template is portable. Writes each preset's workbook with its
 * formulas but WITHOUT cached results, lets LibreOffice Calc (soffice --headless) load, calculate and save it, then
 * compares every formula cell LibreOffice computed with the value the finance core cached in the plan.
 * Needs LibreOffice (Debian: apt-get install libreoffice-calc-nogui); not part of `npm test`, which must not depend
 * on an office suite.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { bundledDataset } from "../src/benchmarks/bundled";
import { PRESET_IDS, presetScenario, type Scenario } from "../src/scenario";
import type { Language } from "../src/scenario/language";
import { buildWorkbookPlan } from "../src/workbook/plan";
import { isFormulaCell, isPlanError, type SheetKey, type WorkbookPlan } from "../src/workbook/plan-types";
import { renderXlsx } from "../src/workbook/render-xlsx";
import { parseCell } from "../src/workbook/cell-text";
import { recalculateInLibreOffice, withoutCachedResults } from "./libreoffice";

const TOLERANCE = 1e-9;

function agree(actual: unknown, expected: unknown): boolean {
  // A missing benchmark figure is #N/A on purpose (a gap in the charts); resultOf gives LibreOffice's error text.
  if (isPlanError(expected)) return actual === expected.error;
  // ExcelJS drops a formula's cached result when it is 0, FALSE or "" (LibreOffice does write them).
  if (actual === undefined) return expected === 0 || expected === false || expected === "";
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

function resultOf(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && "formula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result !== null && typeof result === "object" && "error" in result ? result.error : result;
  }
  return value;
}

/** The plan with the constant at `address` (0-based row and column) of sheet `key` replaced: a user's edit. */
function edited(plan: WorkbookPlan, key: SheetKey, address: string, value: string): WorkbookPlan {
  const target = parseCell(address);
  const sheets = plan.sheets.map((sheet) => {
    if (sheet.key !== key) return sheet;
    const blocks = sheet.blocks.map((block) => {
      const at = parseCell(block.anchor);
      const cells = block.cells.map((row, r) =>
        row.map((cell, c) => (at.row + r === target.row && at.column + c === target.column ? value : cell)),
      );
      return { ...block, cells };
    });
    return { ...sheet, blocks };
  });
  return { ...plan, sheets };
}

async function check(label: string, scenario: Scenario, dir: string, language: Language = "en"): Promise<number> {
  const plan = buildWorkbookPlan(scenario, bundledDataset(), { language });
  return compare(label, plan, plan, dir);
}

/**
 * Writes `written` without cached results, lets LibreOffice calculate it, and compares every formula cell with the
 * value `plan` caches (the same plan, or the build of the scenario a user switched `written` to).
 */
async function compare(label: string, written: WorkbookPlan, plan: WorkbookPlan, dir: string): Promise<number> {
  const input = path.join(dir, `${label}.xlsx`);
  fs.writeFileSync(input, Buffer.from((await renderXlsx(withoutCachedResults(written), ExcelJS)) as ArrayBuffer));
  const outDir = path.join(dir, "out");
  recalculateInLibreOffice(input, outDir, path.join(dir, "profile"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(outDir, `${label}.xlsx`));
  const wrong: string[] = [];
  let compared = 0;
  for (const sheet of plan.sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) throw new Error(`LibreOffice's file has no sheet ${sheet.name}`);
    for (const block of sheet.blocks) {
      const at = parseCell(block.anchor);
      block.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!isFormulaCell(cell)) return;
          compared++;
          const actual = resultOf(ws.getCell(at.row + r + 1, at.column + c + 1).value);
          if (!agree(actual, cell.value)) {
            wrong.push(
              `${sheet.name}!R${at.row + r + 1}C${at.column + c + 1} =${cell.formula.slice(0, 80)}: LibreOffice ${String(actual)}, core ${String(cell.value)}`,
            );
          }
        }),
      );
    }
  }
  console.log(`${label}: ${compared} formula cells calculated by LibreOffice, ${wrong.length} differ from the core`);
  for (const line of wrong.slice(0, 10)) console.log(`  ${line}`);
  return wrong.length;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-lo-"));
  let differences = 0;
  for (const id of PRESET_IDS) differences += await check(id, presetScenario(id), dir);
  differences += await check("bear-scurve-50y", { ...presetScenario("bear"), profile: "scurve", horizon: 50 }, dir);
  // The German workbook: translated texts that formulas produce and compare ("nicht innerhalb des Horizonts") must
  // come out of LibreOffice exactly as the core cached them.
  differences += await check("base-de", presetScenario("base", "de"), dir, "de");
  differences += await check(
    "bear-custom-de",
    { ...presetScenario("bear", "de"), profile: "custom", customWeights: [1, 2, 1] },
    dir,
    "de",
  );
  // Switching ActiveScenario on Inputs (C9) from the base case to each other preset recomputes every sheet to that
  // preset's own build.
  const base = buildWorkbookPlan(presetScenario("base"), bundledDataset());
  for (const id of PRESET_IDS.filter((p) => p !== "base")) {
    const own = buildWorkbookPlan(presetScenario(id), bundledDataset());
    differences += await compare(
      `base-switched-to-${id}`,
      edited(base, "inputs", "C9", presetScenario(id).name),
      own,
      dir,
    );
  }
  if (!process.env.KEEP_LO_FILES) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`files kept in ${dir}`);
  process.exit(differences === 0 ? 0 : 1);
}

void main();
