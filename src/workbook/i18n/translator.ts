import type { Language } from "../../scenario/language";

/** The catalog machinery is the scenario layer's, which translates its messages with it too. */
export { Translator, type Catalog, type TemplateEntry } from "../../scenario/text-catalog";

/** The workbook speaks the add-in's languages; English is the source language of its texts. */
export type WorkbookLanguage = Language;
