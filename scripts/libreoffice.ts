/**
 * Running LibreOffice Calc headless on a workbook the plan describes: shared by `npm run check:libreoffice` (does it
 * compute what the core computes?) and `npm run bench` (how long does it take?).
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { isFormulaCell, type PlanCell, type WorkbookPlan } from "../src/workbook/plan-types";

/** The plan with every cached result removed, so that only a calculation can fill the cells. */
export function withoutCachedResults(plan: WorkbookPlan): WorkbookPlan {
  const strip = (cell: PlanCell): PlanCell => (isFormulaCell(cell) ? { formula: cell.formula, value: null } : cell);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((block) => ({ ...block, cells: block.cells.map((row) => row.map(strip)) })),
    })),
  };
}

export function libreOfficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 }).status === 0;
}

/**
 * Lets LibreOffice load `input`, calculate every formula (the file has no cached results, so it must) and save it as
 * .xlsx into `outDir`, under the same name. `profileDir` holds LibreOffice's user profile: a warm one starts faster.
 * Returns the wall time in milliseconds.
 */
export function recalculateInLibreOffice(input: string, outDir: string, profileDir: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${path.resolve(profileDir)}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      input,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
