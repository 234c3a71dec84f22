import ExcelJS from "exceljs";
import { presetScenario } from "../src/scenario";
import type { Scenario } from "../src/scenario";
import { parseCell } from "../src/workbook/cell-text";
import { buildWorkbookPlan } from "../src/workbook/plan";
import { isFormulaCell, type WorkbookPlan } from "../src/workbook/plan-types";
import { renderPlanToWorkbook } from "../src/workbook/render-office";
import { renderXlsx } from "../src/workbook/render-xlsx";
import { ExcelDouble } from "../tests/helpers/excel-double";

/**
 * The workbook build, measured two ways:
 * - round trips per Office.js build (counted by the Excel double), which is what makes a build slow in Excel Online,
 *   for horizons 1, 10 and 50: the number must not grow with the horizon;
 * - time to plan and write the .xlsx for a 50-year horizon, beside ExcelJS alone writing the same cells (values and
 *   formulas, no styles, tables or names): the practical limit, since ExcelJS does the writing in both.
 */

const RUNS = 7;

function scenarioWithHorizon(horizon: number): Scenario {
  const base = presetScenario("base");
  return {
    ...base,
    horizon,
    capexYears: Math.min(base.capexYears, horizon),
    targetPaybackYears: Math.min(base.targetPaybackYears, horizon),
  };
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: module loading and JIT are not what is measured
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** ExcelJS with nothing of ours: the plan's cells only, as values and cached formulas. */
async function bareExcelJs(plan: WorkbookPlan): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of plan.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const block of sheet.blocks) {
      const { row, column } = parseCell(block.anchor);
      block.cells.forEach((cells, i) =>
        cells.forEach((cell, j) => {
          ws.getCell(row + i + 1, column + j + 1).value = isFormulaCell(cell)
            ? ({ formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue)
            : cell;
        }),
      );
    }
    for (const table of sheet.tables) {
      const { row, column } = parseCell(table.anchor);
      [table.headers, ...table.rows].forEach((cells, i) =>
        cells.forEach((cell, j) => {
          ws.getCell(row + i + 1, column + j + 1).value = cell;
        }),
      );
    }
  }
  return workbook.xlsx.writeBuffer();
}

export async function runWorkbookBench(): Promise<string[]> {
  const lines: string[] = ["Workbook build"];
  const syncs: string[] = [];
  for (const horizon of [1, 10, 50]) {
    const scenario = scenarioWithHorizon(horizon);
    const excel = new ExcelDouble();
    const report = await excel.run((context) =>
      renderPlanToWorkbook(context as unknown as Excel.RequestContext, (sheetNames) =>
        buildWorkbookPlan(scenario, undefined, { sheetNames }),
      ),
    );
    const cells = excel.model.sheets.reduce((n, s) => n + s.cells.size, 0);
    syncs.push(`${horizon}y: ${report.syncs} syncs, ${excel.writes} queued writes, ${cells} cells`);
  }
  lines.push(`  Office.js syncs per build (Excel double): ${syncs.join("; ")}`);

  const scenario = scenarioWithHorizon(50);
  const plan = buildWorkbookPlan(scenario);
  const cellCount = plan.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0),
    0,
  );
  const ours = await medianMs(() => renderXlsx(buildWorkbookPlan(scenario), ExcelJS));
  const planOnly = await medianMs(async () => buildWorkbookPlan(scenario));
  const bare = await medianMs(() => bareExcelJs(plan));
  lines.push(
    `  .xlsx, 50-year horizon (${cellCount} block cells, median of ${RUNS}): plan + write ${ours.toFixed(1)} ms ` +
      `(plan alone ${planOnly.toFixed(1)} ms); ExcelJS alone, same cells ${bare.toFixed(1)} ms; ` +
      `ratio ${(ours / bare).toFixed(2)}x`,
  );
  return lines;
}
