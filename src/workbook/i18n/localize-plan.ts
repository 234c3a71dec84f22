import type { BenchmarkDataset } from "../../benchmarks/schema";
import type { Scenario } from "../../scenario/types";
import {
  isFormulaCell,
  type ChartPlan,
  type ConditionalFormatPlan,
  type PlanCell,
  type PlanError,
  type PlanValue,
  type PrintPlan,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from "../plan-types";
import { catalogFor } from "./catalogs";
import { Translator, type Catalog, type WorkbookLanguage } from "./translator";

/**
 * The one pass that puts a plan into a language: every text the add-in wrote (cells, table headers, chart titles
 * and series, names' comments, print headers, the unit text inside number formats) is swapped for its catalog entry.
 * What the user or the dataset wrote (the scenario's name and description, a source's publisher or note) stays.
 *
 * Formulas keep their shape. Their string literals are translated where the catalog has an entry, so that a text a
 * formula produces ("not within horizon") and the cached value, the conditional format and every comparison that
 * look for it change together; literals without an entry (number format codes such as "0.0") stay.
 */

/** The words of the user (every text of the scenario) and of the sources (every text of the dataset). */
export interface ForeignTexts {
  readonly user: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

/** Fields that hold a code the sheets never show ("year"), which must not keep the add-in's word of that spelling. */
const CODE_FIELDS: ReadonlySet<string> = new Set(["periodKind", "profile"]);

function textsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => textsOf(v, into));
  else if (typeof value === "object" && value !== null) {
    for (const [key, v] of Object.entries(value)) if (!CODE_FIELDS.has(key)) textsOf(v, into);
  }
  return into;
}

export function foreignTexts(scenario: Scenario | readonly Scenario[], dataset?: BenchmarkDataset): ForeignTexts {
  return { user: textsOf(scenario), sources: datasetTexts(dataset) };
}

/** The dataset's words: every text in it apart from codes the sheets never show. */
export function datasetTexts(dataset?: BenchmarkDataset): Set<string> {
  return textsOf(dataset);
}

/** A translator for `catalog` that keeps the user's and the sources' words. */
export function translatorFor(catalog: Catalog, foreign: ForeignTexts): Translator {
  return new Translator(catalog, foreign.user, foreign.sources);
}

/** A formula's string literals ("..." with "" for a quote) translated one by one. */
function localizeFormula(formula: string, t: Translator): string {
  return formula.replace(/"((?:[^"]|"")*)"/g, (_all, body: string) => {
    const text = body.replace(/""/g, '"');
    return `"${t.optional(text).replace(/"/g, '""')}"`;
  });
}

/** A number format with the text inside its quotes translated: '#,##0.00 "RMB bn"' → '#,##0.00 "Mrd. RMB"'. */
export function localizeNumberFormat(format: string, t: Translator): string {
  return format.replace(/"([^"]*)"/g, (_all, unit: string) => `"${t.text(unit)}"`);
}

function localizeValue<V extends PlanValue | PlanError>(value: V, t: Translator): V | string {
  return typeof value === "string" ? t.text(value) : value;
}

function localizeCell(cell: PlanCell, t: Translator): PlanCell {
  if (isFormulaCell(cell)) return { formula: localizeFormula(cell.formula, t), value: localizeValue(cell.value, t) };
  return localizeValue(cell, t);
}

function localizeTable(table: TablePlan, t: Translator): TablePlan {
  const formats = table.numberFormats ?? {};
  return {
    ...table,
    headers: table.headers.map((h) => t.text(h)),
    // The rows are the dataset's figures and words, as a refresh writes them again.
    numberFormats: Object.fromEntries(
      Object.entries(formats).map(([header, format]) => [t.text(header), localizeNumberFormat(format, t)]),
    ),
  };
}

function localizeConditional(cf: ConditionalFormatPlan, t: Translator): ConditionalFormatPlan {
  return cf.kind === "textEquals" ? { ...cf, text: t.text(cf.text) } : cf;
}

function localizeChart(chart: ChartPlan, t: Translator): ChartPlan {
  return { ...chart, title: t.text(chart.title), series: chart.series.map((s) => ({ ...s, name: t.text(s.name) })) };
}

function localizePrint(print: PrintPlan, t: Translator): PrintPlan {
  const part = (p: PrintPlan["header"]) => ({ left: t.text(p.left), center: t.text(p.center), right: t.text(p.right) });
  return { ...print, header: part(print.header), footer: part(print.footer) };
}

function localizeSheet(sheet: SheetPlan, t: Translator): SheetPlan {
  return {
    ...sheet,
    blocks: sheet.blocks.map((block) => ({
      ...block,
      cells: block.cells.map((row) => row.map((c) => localizeCell(c, t))),
    })),
    formats: sheet.formats.map((f) =>
      f.numberFormat === undefined ? f : { ...f, numberFormat: localizeNumberFormat(f.numberFormat, t) },
    ),
    tables: sheet.tables.map((table) => localizeTable(table, t)),
    conditionalFormats: sheet.conditionalFormats.map((cf) => localizeConditional(cf, t)),
    charts: sheet.charts.map((chart) => localizeChart(chart, t)),
    ...(sheet.validations
      ? { validations: sheet.validations.map((v) => ({ ...v, prompt: t.text(v.prompt), error: t.text(v.error) })) }
      : {}),
    ...(sheet.print ? { print: localizePrint(sheet.print, t) } : {}),
  };
}

/** The plan with its texts translated by `t` (which records what it used and what it lacked). */
export function translatePlan(plan: WorkbookPlan, t: Translator): WorkbookPlan {
  return {
    title: t.text(plan.title),
    sheets: plan.sheets.map((sheet) => localizeSheet(sheet, t)),
    names: plan.names.map((name) => ({ ...name, comment: t.text(name.comment) })),
  };
}

/**
 * The plan in `language`. English is the source language: its plan is returned as it is. `foreign` holds the texts that
 * are the user's or the dataset's (see `foreignTexts`).
 */
export function localizePlan(plan: WorkbookPlan, language: WorkbookLanguage, foreign: ForeignTexts): WorkbookPlan {
  const catalog = catalogFor(language);
  return catalog === undefined ? plan : translatePlan(plan, translatorFor(catalog, foreign));
}
