import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { bundledDataset } from "../src/benchmarks/bundled";
import { presetScenario, type Scenario } from "../src/scenario";
import { buildWorkbookPlan } from "../src/workbook/plan";
import { isFormulaCell, type WorkbookPlan } from "../src/workbook/plan-types";
import { renderXlsx } from "../src/workbook/render-xlsx";
import { libreOfficeAvailable, recalculateInLibreOffice, withoutCachedResults } from "../scripts/libreoffice";

/**
 * How long LibreOffice Calc takes to recalculate the workbook (issue 13: the 1,000-trial workbook in under 2 s), and
 * how many formula cells each sheet holds. Two figures, medians of RUNS runs on a warm profile:
 * - the recalculation itself: `calculateAll()` on the open document, through LibreOffice's Python bridge
 *   (scripts/libreoffice-recalc-time.py; needs python3-uno, which Debian installs with LibreOffice);
 * - the command line the check uses (load, calculate every formula, save), which includes LibreOffice's start: the
 *   same run on a one-cell file and on the workbook with one risk trial says how much is start-up and how much the
 *   1,000 trials.
 */

const RUNS = 3;

function formulaCellsBySheet(plan: WorkbookPlan): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sheet of plan.sheets) {
    let n = 0;
    for (const block of sheet.blocks)
      for (const row of block.cells) for (const cell of row) if (isFormulaCell(cell)) n++;
    counts.set(sheet.name, n);
  }
  return counts;
}

async function writePlan(file: string, scenario: Scenario): Promise<WorkbookPlan> {
  const plan = buildWorkbookPlan(scenario, bundledDataset());
  fs.writeFileSync(file, Buffer.from((await renderXlsx(withoutCachedResults(plan), ExcelJS)) as ArrayBuffer));
  return plan;
}

function medianMs(input: string, outDir: string, profile: string): number {
  const times = Array.from({ length: RUNS }, () => recalculateInLibreOffice(input, outDir, profile)).sort(
    (a, b) => a - b,
  );
  return times[Math.floor(RUNS / 2)];
}

const RECALC_SCRIPT = path.join(__dirname, "..", "..", "..", "scripts", "libreoffice-recalc-time.py");

/** A Python that has LibreOffice's bridge (pyenv's or a venv's usually does not; Debian's does). */
function pythonWithUno(): string | undefined {
  return ["/usr/bin/python3", "python3"].find(
    (python) => spawnSync(python, ["-c", "import uno"], { encoding: "utf8", timeout: 60_000 }).status === 0,
  );
}

/** Median of the in-document recalculation times, ms; undefined where the bridge is missing. */
function calculateAllMs(python: string | undefined, file: string, profile: string): number | undefined {
  if (python === undefined) return undefined;
  const script = [RECALC_SCRIPT, path.resolve("scripts", "libreoffice-recalc-time.py")].find((f) => fs.existsSync(f));
  if (script === undefined) return undefined;
  const run = spawnSync(python, [script, file, profile, String(RUNS)], { encoding: "utf8", timeout: 300_000 });
  if (run.status !== 0) throw new Error(`calculateAll timing failed: ${run.stderr || run.stdout}`);
  const times = (JSON.parse(run.stdout) as number[]).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function runLibreOfficeBench(): Promise<string[]> {
  const lines: string[] = [];
  for (const horizon of [10, 50]) {
    const plan = buildWorkbookPlan({ ...presetScenario("base"), horizon }, bundledDataset());
    const counts = formulaCellsBySheet(plan);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const parts = [...counts].map(([name, n]) => `${name} ${n}`).join(", ");
    lines.push(`formula cells, base preset at ${horizon} years: ${total} (${parts})`);
  }
  if (!libreOfficeAvailable()) return [...lines, "LibreOffice recalculation: skipped (soffice not found)"];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-lo-bench-"));
  try {
    const profile = path.join(dir, "profile");
    const out = path.join(dir, "out");
    const tiny = path.join(dir, "tiny.xlsx");
    const one = new ExcelJS.Workbook();
    one.addWorksheet("Sheet1").getCell("A1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    await one.xlsx.writeFile(tiny);
    const trials = path.join(dir, "base-1000.xlsx");
    const single = path.join(dir, "base-1.xlsx");
    await writePlan(trials, { ...presetScenario("base"), riskTrials: 1000 });
    await writePlan(single, { ...presetScenario("base"), riskTrials: 1 });
    recalculateInLibreOffice(tiny, out, profile); // creates the profile: not what is measured
    const start = medianMs(tiny, out, profile);
    const full = medianMs(trials, out, profile);
    const fewer = medianMs(single, out, profile);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const python = pythonWithUno();
    const recalcFull = calculateAllMs(python, trials, profile);
    const recalcFewer = calculateAllMs(python, single, profile);
    lines.push(
      recalcFull === undefined || recalcFewer === undefined
        ? "LibreOffice calculateAll: skipped (no python3 with LibreOffice's uno bridge)"
        : `LibreOffice recalculates the base workbook with 1,000 risk trials in ${s(recalcFull)} ` +
            `(calculateAll, every formula; ${s(recalcFewer)} with 1 trial): target under 2 s ` +
            `${recalcFull < 2000 ? "met" : "NOT met"}`,
      `LibreOffice load + recalculate + save, base preset with 1,000 risk trials: ${s(full)} ` +
        `(a one-cell file: ${s(start)}, so ${s(full - start)} beyond LibreOffice's start)`,
      `the 1,000 trials' share: ${s(full - fewer)} (the same workbook with 1 trial: ${s(fewer)})`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
