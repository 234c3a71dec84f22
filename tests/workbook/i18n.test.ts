import * as fc from "fast-check";
import { scenarioSet } from "../../src/workbook/scenario-set";
import { bundledDataset } from "../../src/benchmarks/bundled";
import type { BenchmarkDataset } from "../../src/benchmarks/schema";
import { PRESET_IDS, presetScenario, type Scenario } from "../../src/scenario";
import { DE_CATALOG, DE_SHEET_NAMES, DE_WRITTEN } from "../../src/workbook/i18n/de";
import {
  foreignTexts,
  localizeNumberFormat,
  translatePlan,
  translatorFor,
} from "../../src/workbook/i18n/localize-plan";
import { Translator } from "../../src/workbook/i18n/translator";
import { buildWorkbookPlan, NOT_WITHIN_HORIZON } from "../../src/workbook/plan";
import { isFormulaCell, type PlanCell, type WorkbookPlan } from "../../src/workbook/plan-types";
import { evaluatePlan, expectCachedValuesMatch } from "../helpers/evaluate-plan";
import { scenarioArbitrary } from "../scenario/arbitrary";

/**
 * The German workbook: every text the add-in writes has a catalog entry, every entry is used, formulas keep their
 * shape, and the user's and the dataset's words stay as they are.
 */

const dataset = bundledDataset();

/** Scenarios that between them reach every text the sheets can write. */
function coverage(): { scenario: Scenario; dataset?: BenchmarkDataset }[] {
  return PRESET_IDS.flatMap((id) => {
    const preset = presetScenario(id);
    const variants: Scenario[] = [
      preset,
      { ...preset, profile: "custom", customWeights: [1, 2, 1] },
      { ...preset, horizon: 1, capexYears: 1 },
      { ...preset, capexTotal: 0 },
      { ...preset, margin: 0 },
      { ...preset, growth: 0.001, terminalGrowth: 0.001, margin: 0.01 },
      // No revenue in any year: the margin cells and the Earnings sentence say so.
      { ...preset, baseRevenue: 0 },
    ];
    return variants.flatMap((scenario) => [{ scenario, dataset }, { scenario }]);
  });
}

/** The English plan (with the German sheet names, as the German build makes it) through a recording translator. */
function translate(scenario: Scenario, data?: BenchmarkDataset): { plan: WorkbookPlan; t: Translator } {
  const english = buildWorkbookPlan(scenario, data, { sheetNames: DE_SHEET_NAMES });
  // The scenarios side by side are the user's words too (the presets in the German build are German already).
  const t = translatorFor(DE_CATALOG, foreignTexts(scenarioSet(scenario).scenarios, data));
  return { plan: translatePlan(english, t), t };
}

function cells(plan: WorkbookPlan): PlanCell[] {
  return plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat()));
}

/** A formula with its string literals blanked: what must not change between the languages. */
const shape = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

describe("the German catalog covers the workbook", () => {
  const runs = coverage().map(({ scenario, dataset: data }) => translate(scenario, data));

  it("has an entry for every text the add-in writes (add the listed texts to src/workbook/i18n/de)", () => {
    const missing = new Set(runs.flatMap(({ t }) => [...t.missing]));
    expect([...missing]).toEqual([]);
  });

  it("has an entry for every string literal with words in a formula, so that a text a formula makes is German", () => {
    const literals = new Set<string>();
    for (const { plan } of runs) {
      for (const cell of cells(plan)) {
        if (!isFormulaCell(cell)) continue;
        for (const m of cell.formula.matchAll(/"((?:[^"]|"")*)"/g)) if (/[A-Za-z]{2}/.test(m[1])) literals.add(m[1]);
      }
    }
    const german = new Set(Object.values(DE_CATALOG.exact));
    expect([...literals].filter((text) => !german.has(text))).toEqual([]);
  });

  it("has no entry that no plan uses (remove the listed ones)", () => {
    const used = new Set(runs.flatMap(({ t }) => [...t.usedExact]));
    const usedTemplates = new Set(runs.flatMap(({ t }) => [...t.usedTemplates]));
    expect(Object.keys(DE_WRITTEN).filter((en) => !used.has(en))).toEqual([]);
    expect(DE_CATALOG.templates.map((e) => e.en).filter((en) => !usedTemplates.has(en))).toEqual([]);
  });

  it("writes each template's placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();
    for (const entry of DE_CATALOG.templates) expect(placeholders(entry.translated)).toEqual(placeholders(entry.en));
  });

  it("leaves no text untranslated for generated scenarios either", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.boolean(), (scenario, withData) => {
        const { t } = translate(scenario, withData ? dataset : undefined);
        expect([...t.missing]).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe("buildWorkbookPlan with language de", () => {
  const scenario = presetScenario("base");
  const english = buildWorkbookPlan(scenario, dataset);
  const german = buildWorkbookPlan(scenario, dataset, { language: "de" });

  it("names the sheets in German and keeps their order and keys", () => {
    expect(german.sheets.map((s) => s.key)).toEqual(english.sheets.map((s) => s.key));
    expect(german.sheets.map((s) => s.name)).toEqual(german.sheets.map((s) => DE_SHEET_NAMES[s.key]));
    expect(german.sheets.find((s) => s.key === "inputs")?.name).toBe("Eingaben");
  });

  it("keeps every formula's shape; only string literals differ", () => {
    const formulas = (plan: WorkbookPlan) => cells(plan).filter(isFormulaCell);
    const [en, de] = [formulas(english), formulas(german)];
    expect(de.map((c) => shape(c.formula))).toEqual(en.map((c) => shape(c.formula)));
    expect(de.some((c) => c.formula.includes('"nicht innerhalb des Horizonts"'))).toBe(true);
  });

  it("caches what its formulas compute, the translated texts included", () => {
    for (const id of PRESET_IDS) {
      const plan = buildWorkbookPlan(presetScenario(id), dataset, { language: "de" });
      expectCachedValuesMatch(plan, evaluatePlan(plan));
    }
  });

  it("says the required growth in German", () => {
    const sentence = cells(german).find(
      (c) => isFormulaCell(c) && typeof c.value === "string" && c.value.startsWith("Nötig sind"),
    );
    expect(sentence).toMatchObject({
      value: expect.stringMatching(
        /^Nötig sind 22,6 % pro Jahr .* innerhalb von 8,0 Jahren; das Szenario unterstellt 11,0 %, abnehmend auf 6,0 %\.$/,
      ),
    });
  });

  it("says the earnings path and the dataset's version in German, the dataset's title as it wrote it", () => {
    const texts = cells(german).map((c) => (isFormulaCell(c) ? c.value : c));
    const earnings = texts.filter(
      (v) => typeof v === "string" && v.startsWith("EBITA-Marge ") && v.includes("Kapitalwert"),
    );
    expect(earnings.length).toBe(3); // the Earnings sheet, the Cover, the Dashboard
    for (const sentence of earnings) {
      expect(sentence).toMatch(
        /^EBITA-Marge (sinkt auf -?\d+,\d % im Jahr \d{4}, ausgehend von|bleibt bei mindestens) .*; Kapitalwert -?\d+,\d Mrd\. RMB bei einem Diskontierungssatz von \d+,\d %\.$/,
      );
    }
    expect(texts).toContain(
      `Vergleichswerte: Datensatz ${dataset.version}, Stand ${dataset.asOf} ('${dataset.title}'), ` +
        "die Version, mit der diese Arbeitsmappe erstellt wurde.",
    );
  });

  it("translates the conditional formats' texts with the formulas that produce them", () => {
    const texts = german.sheets.flatMap((s) =>
      s.conditionalFormats.flatMap((c) => (c.kind === "textEquals" ? [c.text] : [])),
    );
    expect(texts).toContain("nicht innerhalb des Horizonts");
    expect(texts).not.toContain(NOT_WITHIN_HORIZON);
  });

  it("translates the units inside number formats and keeps the format codes", () => {
    const formats = german.sheets.flatMap((s) => s.formats.flatMap((f) => (f.numberFormat ? [f.numberFormat] : [])));
    expect(formats).toContain('#,##0.00 "Mrd. RMB"');
    expect(formats).toContain('0.0 "Jahre"');
    expect(formats.some((f) => f.includes("RMB bn"))).toBe(false);
    expect(formats).toContain("0.0%");
  });

  it("translates table headers, chart titles, series, names' comments and print headers", () => {
    const table = german.sheets.flatMap((s) => s.tables)[0];
    expect(table.headers).toContain("Anbieter");
    const charts = german.sheets.flatMap((s) => s.charts);
    expect(charts.map((c) => c.title)).toContain("Kumulierter Cashflow und Amortisationsjahr (Mrd. RMB)");
    expect(charts.flatMap((c) => c.series.map((s) => s.name))).toContain("Amortisationsjahr (einfach)");
    expect(german.names.map((n) => n.comment)).toContain("Investitionssumme (Mrd. RMB)");
    expect(german.sheets[0].print?.footer.left).toBe("Seite &P von &N");
    expect(german.title).toBe(`Cloud-Investitionsmodell: ${scenario.name}`);
  });

  it("keeps the user's and the dataset's words", () => {
    const texts = new Set(cells(german).filter((c): c is string => typeof c === "string"));
    expect(texts).toContain(scenario.name);
    expect(texts).toContain(scenario.description);
    const rows = (plan: WorkbookPlan) => plan.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows));
    expect(rows(german)).toEqual(rows(english));
    expect(german.sheets[0].print?.header.left).toBe(`Erstellt aus Szenario: ${scenario.name}`);
  });

  it("keeps a scenario name that happens to be a catalog text, in the title and the print header too", () => {
    const plan = buildWorkbookPlan({ ...scenario, name: "Results" }, dataset, { language: "de" });
    expect(plan.title).toBe("Cloud-Investitionsmodell: Results");
    expect(plan.sheets[0].print?.header.left).toBe("Erstellt aus Szenario: Results");
  });

  it("keeps a source's word even where the add-in has the same word, since formulas look some up in the table", () => {
    const t = translatorFor(DE_CATALOG, { user: new Set(), sources: new Set(["Results", "Motley Fool"]) });
    expect(t.text("Results")).toBe("Results");
    expect(t.text("Motley Fool")).toBe("Motley Fool");
    expect(translatorFor(DE_CATALOG, { user: new Set(), sources: new Set() }).text("Results")).toBe("Ergebnisse");
    expect(foreignTexts(scenario, dataset).sources.has("year")).toBe(false);
  });

  it("takes a caller's sheet names over the German ones", () => {
    const plan = buildWorkbookPlan(scenario, dataset, { language: "de", sheetNames: { inputs: "Eingaben (2)" } });
    expect(plan.sheets.find((s) => s.key === "inputs")?.name).toBe("Eingaben (2)");
    expect(plan.sheets.find((s) => s.key === "capex")?.name).toBe("Investitionen");
  });

  it("is the English plan unchanged for language en", () => {
    expect(buildWorkbookPlan(scenario, dataset, { language: "en" })).toEqual(english);
  });
});

describe("Translator", () => {
  const catalog = {
    exact: { Horizon: "Horizont", "not available": "nicht verfügbar" },
    templates: [{ en: "Needs {0}% by {1}", translated: "Bis {1} sind {0}% nötig" }],
  };

  it("fills a template's placeholders in the translation's order, translating parts it knows", () => {
    const t = new Translator(catalog);
    expect(t.text("Needs 22.6% by 2033")).toBe("Bis 2033 sind 22.6% nötig");
    expect(t.text("Needs 1% by not available")).toBe("Bis nicht verfügbar sind 1% nötig");
    expect([...t.usedTemplates]).toEqual(["Needs {0}% by {1}"]);
  });

  it("records a text without an entry as missing and keeps it; words it is told to keep are not missing", () => {
    const t = new Translator(catalog, new Set(["My scenario"]));
    expect(t.text("Horizont?")).toBe("Horizont?");
    expect(t.text("My scenario")).toBe("My scenario");
    expect(t.text("0.0")).toBe("0.0");
    expect([...t.missing]).toEqual(["Horizont?"]);
  });

  it("translates only the quoted unit of a number format", () => {
    const t = new Translator({ exact: { "RMB bn": "Mrd. RMB" }, templates: [] });
    expect(localizeNumberFormat('#,##0.00 "RMB bn";-#,##0.00 "RMB bn"', t)).toBe(
      '#,##0.00 "Mrd. RMB";-#,##0.00 "Mrd. RMB"',
    );
  });

  it("returns any text it has no entry for unchanged (property)", () => {
    const t = new Translator(catalog);
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!(text in catalog.exact) && !text.startsWith("Needs "));
        expect(t.text(text)).toBe(text);
      }),
    );
  });

  it("puts any two parts into a template and gets them back (property)", () => {
    const t = new Translator({ exact: {}, templates: catalog.templates });
    const part = fc.string({ minLength: 1 }).filter((s) => !s.includes("% by "));
    fc.assert(
      fc.property(part, part, (a, b) => {
        expect(t.text(`Needs ${a}% by ${b}`)).toBe(`Bis ${b} sind ${a}% nötig`);
      }),
    );
  });
});
