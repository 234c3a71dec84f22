import type { BenchmarkDataset } from "../benchmarks/schema";
import type { Language } from "../scenario/language";
import type { Scenario } from "../scenario/types";
import { buildWorkbookPlan } from "../workbook/plan";
import { renderXlsx, type ExcelJSModule } from "../workbook/render-xlsx";

/** The .xlsx bytes of the scenario's model in `language`, made exactly as `npm run workbook` makes them. */
export async function makeXlsx(
  scenario: Scenario,
  dataset: BenchmarkDataset | undefined,
  language: Language = "en",
  others: readonly Scenario[] = [],
): Promise<ArrayBuffer | Uint8Array> {
  // Its own chunk, apart from the plan code, so that the bundle test can find ExcelJS by name.
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as unknown as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  // ExcelJS's browser build is CommonJS; depending on interop its classes sit on the namespace or on `default`.
  const exceljs = typeof loaded.Workbook === "function" ? loaded : loaded.default;
  if (!exceljs) throw new Error("ExcelJS did not load.");
  return renderXlsx(buildWorkbookPlan(scenario, dataset, { language, scenarios: others }), exceljs);
}
