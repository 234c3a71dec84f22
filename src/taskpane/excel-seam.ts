import type { Scenario } from "../scenario/types";
import type { BenchmarkLink } from "./benchmarks-link";
import type { BuildOutcome, DatasetInfo, ProgressListener, RefreshOutcome, WorkbookSeam } from "./seam";

/** Excel.run's shape, so that tests and the browser double can stand in for Office. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The seam inside Excel. The workbook code (plan builder and Office.js renderer) is loaded on the first build, not
 * with the pane: most openings of the pane only read or edit the inputs.
 */
export function excelSeam(run: ExcelRun, benchmarks: BenchmarkLink): WorkbookSeam<Scenario> {
  return {
    insideExcel: true,
    async build(scenario: Scenario, onProgress?: ProgressListener): Promise<BuildOutcome> {
      const buildInExcel = await pendingWorkbookCode();
      return buildInExcel(run, scenario, benchmarks.dataset, onProgress);
    },
    refreshBenchmarks(): Promise<RefreshOutcome> {
      return benchmarks.refresh();
    },
    async readWorkbookDatasetInfo(): Promise<DatasetInfo | null> {
      return benchmarks.workbookInfo();
    },
  };
}

// The workbook plan and renderers are still being written; until they land, a build says so instead of failing the
// whole bundle. Replaced by a dynamic import of the build module.
async function pendingWorkbookCode(): Promise<(...args: unknown[]) => Promise<never>> {
  throw new Error("the workbook code is not part of this build yet.");
}
