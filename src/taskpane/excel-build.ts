import type { BenchmarkDataset } from "../benchmarks/schema";
import type { Language } from "../scenario/language";
import type { Scenario } from "../scenario/types";
import { buildWorkbookPlan, sheetNamesFor } from "../workbook/plan";
import { renderPlanToWorkbook } from "../workbook/render-office";
import type { ExcelRun } from "./excel-seam";
import type { BuildOutcome } from "./seam";

/**
 * Writes the scenario's model into the open workbook in the pane's language (its texts and sheet names; formulas are
 * the same in every language); loaded on the first build (its own chunk).
 */
export async function buildInExcel(
  run: ExcelRun,
  scenario: Scenario,
  dataset: BenchmarkDataset | undefined,
  language: Language = "en",
  others: readonly Scenario[] = [],
): Promise<BuildOutcome> {
  const report = await run((context) =>
    renderPlanToWorkbook(
      context,
      (sheetNames) => buildWorkbookPlan(scenario, dataset, { sheetNames, language, scenarios: others }),
      {
        sheetNames: sheetNamesFor(language),
      },
    ),
  );
  return {
    kind: "workbook",
    sheetsWritten: report.sheetsWritten,
    renamed: report.renamed.map((r) => ({ wanted: r.wanted, actual: r.got })),
    namesRepointed: report.namesRepointed,
    namesSkipped: report.namesSkipped,
  };
}
