import type { Language } from "../scenario/language";
import type { Scenario } from "../scenario/types";
import type { BenchmarkLink } from "./benchmarks-link";
import { saveFile, workbookFileName, XLSX_TYPE } from "./download";
import type { BuildOutcome, DatasetInfo, ProgressListener, PreviewOutcome, RefreshOutcome, WorkbookSeam } from "./seam";

/**
 * The seam outside Excel: "build" makes the .xlsx in the browser with the same plan and ExcelJS renderer as the
 * command line, and downloads it. ExcelJS is several hundred KB, so it is fetched only when a download is asked for.
 */
export function downloadSeam(benchmarks: BenchmarkLink, language: Language = "en"): WorkbookSeam<Scenario> {
  return {
    insideExcel: false,
    async build(
      scenario: Scenario,
      onProgress?: ProgressListener,
      others: readonly Scenario[] = [],
    ): Promise<BuildOutcome> {
      const [{ makeXlsx }, dataset] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ "./xlsx-build"),
        benchmarks.datasetIfLoaded(),
      ]);
      onProgress?.(0.5);
      const bytes = await makeXlsx(scenario, dataset, language, others);
      onProgress?.(1);
      const fileName = workbookFileName(scenario.name);
      saveFile(bytes, fileName, XLSX_TYPE);
      return { kind: "download", fileName };
    },
    refreshBenchmarks(): Promise<RefreshOutcome> {
      return benchmarks.refresh();
    },
    previewBenchmarks(): Promise<PreviewOutcome> {
      return benchmarks.preview();
    },
    keepBenchmarks(): void {
      benchmarks.keep();
    },
    async readWorkbookDatasetInfo(): Promise<DatasetInfo | null> {
      return benchmarks.info();
    },
  };
}
