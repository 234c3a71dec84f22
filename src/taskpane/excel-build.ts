import type { BenchmarkDataset } from "../benchmarks/schema";
import type { Scenario } from "../scenario/types";
import { buildWorkbookPlan } from "../workbook/plan";
import { renderPlanToWorkbook } from "../workbook/render-office";
import type { ExcelRun } from "./excel-seam";
import type { BuildOutcome } from "./seam";

/** Writes the scenario's model into the open workbook; loaded on the first build (its own chunk). */
export async function buildInExcel(
  run: ExcelRun,
  scenario: Scenario,
  dataset: BenchmarkDataset | undefined,
): Promise<BuildOutcome> {
  const report = await run((context) =>
    renderPlanToWorkbook(context, (sheetNames) => buildWorkbookPlan(scenario, dataset, { sheetNames })),
  );
  return {
    kind: "workbook",
    sheetsWritten: report.sheetsWritten,
    renamed: report.renamed.map((r) => ({ wanted: r.wanted, actual: r.got })),
    namesRepointed: report.namesRepointed,
    namesSkipped: report.namesSkipped,
  };
}
