import type { Scenario } from "../scenario/types";
import type { BenchmarkLink } from "./benchmarks-link";
import type { BuildOutcome, DatasetInfo, RefreshOutcome, WorkbookSeam } from "./seam";

/** Excel.run's shape, so that tests and the browser double can stand in for Office. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The seam inside Excel. The workbook code (plan builder and Office.js renderer) is loaded on the first build, not
 * with the pane: most openings of the pane only read or edit the inputs.
 */
export function excelSeam(run: ExcelRun, benchmarks: BenchmarkLink): WorkbookSeam<Scenario> {
  return {
    insideExcel: true,
    async build(scenario: Scenario): Promise<BuildOutcome> {
      const { buildInExcel } = await import(/* webpackChunkName: "workbook" */ "./excel-build");
      return buildInExcel(run, scenario, benchmarks.dataset);
    },
    refreshBenchmarks(): Promise<RefreshOutcome> {
      return benchmarks.refresh();
    },
    async readWorkbookDatasetInfo(): Promise<DatasetInfo | null> {
      return benchmarks.workbookInfo();
    },
  };
}
