import type { BenchmarkDataset } from "../benchmarks/schema";
import type { Language } from "../scenario/language";
import type { Scenario } from "../scenario/types";
import type { BenchmarkLink } from "./benchmarks-link";
import {
  messageOf,
  type BuildOutcome,
  type DatasetInfo,
  type PreviewOutcome,
  type RefreshOutcome,
  type TableOutcome,
  type WorkbookSeam,
} from "./seam";

/** Excel.run's shape, so that tests and the browser double can stand in for Office. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The seam inside Excel. The workbook code (plan builder and Office.js renderer) is loaded on the first build, not
 * with the pane: most openings of the pane only read or edit the inputs.
 */
export function excelSeam(run: ExcelRun, benchmarks: BenchmarkLink, language: Language = "en"): WorkbookSeam<Scenario> {
  return {
    insideExcel: true,
    async build(scenario: Scenario, _onProgress?: unknown, others: readonly Scenario[] = []): Promise<BuildOutcome> {
      const [{ buildInExcel }, dataset] = await Promise.all([
        import(/* webpackChunkName: "workbook" */ "./excel-build"),
        benchmarks.datasetIfLoaded(),
      ]);
      const outcome = await buildInExcel(run, scenario, dataset, language, others);
      // The workbook records the dataset it was built with (the Cover says so too), for the pane's dataset line.
      if (dataset !== undefined) await benchmarks.recordBuiltWith(dataset);
      return outcome;
    },
    async refreshBenchmarks(): Promise<RefreshOutcome> {
      const outcome = await benchmarks.refresh();
      if (!outcome.ok) return outcome;
      return { ...outcome, table: await updateWorkbookTable(run, await benchmarks.dataset()) };
    },
    previewBenchmarks(): Promise<PreviewOutcome> {
      return benchmarks.preview();
    },
    keepBenchmarks(): void {
      benchmarks.keep();
    },
    async readWorkbookDatasetInfo(): Promise<DatasetInfo | null> {
      return benchmarks.workbookInfo();
    },
  };
}

/**
 * Puts a refreshed dataset into the workbook's Benchmarks table. Loaded with the workbook code, on the first refresh
 * or build. Never throws: the dataset is already refreshed for CAPEX.BENCHMARK, so a failure here is reported beside
 * that success rather than instead of it.
 */
export async function updateWorkbookTable(run: ExcelRun, dataset: BenchmarkDataset): Promise<TableOutcome> {
  try {
    const { updateBenchmarkTable } = await import(
      /* webpackChunkName: "workbook" */ "../workbook/office/benchmark-table"
    );
    const result = await run((context) => updateBenchmarkTable(context, dataset));
    return { kind: result.kind };
  } catch (error) {
    // Only a failed write that could not be put back leaves the table changed; the module marks it `restored: false`.
    const restored = (error as { restored?: unknown } | null)?.restored;
    return { kind: "failed", message: messageOf(error), untouched: restored !== false };
  }
}
