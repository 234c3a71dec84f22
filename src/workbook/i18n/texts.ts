import type { BenchmarkDataset } from "../../benchmarks/schema";
import { LANGUAGES } from "../../scenario/language";
import { catalogFor } from "./catalogs";
import { datasetTexts, translatorFor } from "./localize-plan";
import type { WorkbookLanguage } from "./translator";

/**
 * Single texts in a language, for code that writes into a built workbook outside the plan (the Benchmarks table's
 * in-place refresh): the same catalog, so that a refreshed German sheet stays German.
 */

/** `text` in `language`; the dataset's own words (its title in a note) stay as they are. */
export function localizeText(text: string, language: WorkbookLanguage, dataset?: BenchmarkDataset): string {
  const catalog = catalogFor(language);
  if (catalog === undefined) return text;
  return translatorFor(catalog, { user: new Set(), sources: datasetTexts(dataset) }).text(text);
}

/** The language whose words `headers` are, given the English headers; undefined when they are no language's. */
export function languageOfHeaders(
  headers: readonly string[],
  englishHeaders: readonly string[],
): WorkbookLanguage | undefined {
  return LANGUAGES.find(
    (language) =>
      headers.length === englishHeaders.length &&
      headers.every((header, i) => header === localizeText(englishHeaders[i], language)),
  );
}
