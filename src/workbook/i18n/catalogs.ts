import type { SheetKey } from "../plan-types";
import { DEFAULT_SHEET_NAMES } from "../sheets/sheet-module";
import { DE_CATALOG, DE_SHEET_NAMES } from "./de";
import type { Catalog, WorkbookLanguage } from "./translator";

/** The catalog that turns the English workbook into `language`; English itself needs none. */
export function catalogFor(language: WorkbookLanguage): Catalog | undefined {
  return language === "de" ? DE_CATALOG : undefined;
}

/** The sheets' names in `language`, before any rename to avoid a user's sheet. */
export function sheetNamesFor(language: WorkbookLanguage): Readonly<Record<SheetKey, string>> {
  return language === "de" ? DE_SHEET_NAMES : DEFAULT_SHEET_NAMES;
}
