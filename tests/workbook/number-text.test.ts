import { bundledDataset } from "../../src/benchmarks/bundled";
import { PRESET_IDS, presetScenario } from "../../src/scenario";
import type { WorkbookLanguage } from "../../src/workbook/i18n/translator";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { cell } from "../../src/workbook/sheets/layout";
import { numberText, numberTextFormula, percentText, percentTextFormula } from "../../src/workbook/sheets/number-text";
import { evaluatePlan, expectCachedValuesMatch, formulaCells } from "../helpers/evaluate-plan";
import { excelFixed, setAppDecimalSeparator, type AppDecimalSeparator } from "../helpers/hyperformula-fixed";

/**
 * Numbers inside the workbook's sentences follow the workbook's language, not the spreadsheet app's: the German
 * workbook says "22,6 %" and "8,0 Jahren" in an English Excel too, the English one "22.6%" in a German Excel.
 */

const dataset = bundledDataset();

/** Every formula that turns a number into text, with what HyperFormula computes for it as `app` would. */
function evaluateNumberTexts(plan: WorkbookPlan, app: AppDecimalSeparator): { formula: string; computed: unknown }[] {
  setAppDecimalSeparator(app);
  try {
    const ev = evaluatePlan(plan);
    expectCachedValuesMatch(plan, ev);
    return formulaCells(plan)
      .filter((f) => f.cell.formula.includes("FIXED("))
      .map((f) => ({ formula: f.cell.formula, computed: ev.value(f.sheet, cell(f.col, f.row)) }));
  } finally {
    setAppDecimalSeparator(".");
  }
}

// A whole workbook takes seconds to evaluate: each (plan, app) once.
const evaluated = new Map<string, { formula: string; computed: unknown }[]>();
function numberTexts(
  plan: WorkbookPlan,
  app: AppDecimalSeparator,
  key: string,
): { formula: string; computed: unknown }[] {
  const id = `${key} ${app}`;
  if (!evaluated.has(id)) evaluated.set(id, evaluateNumberTexts(plan, app));
  return evaluated.get(id)!;
}

const sentences = (texts: { computed: unknown }[]): string[] =>
  texts.map((t) => t.computed).filter((v): v is string => typeof v === "string" && /[A-Za-zäöü]{3}/.test(v));

describe("numbers in the workbook's sentences", () => {
  const built = new Map<WorkbookLanguage, WorkbookPlan[]>();
  const plans = (language: WorkbookLanguage): WorkbookPlan[] => {
    if (!built.has(language)) {
      built.set(
        language,
        PRESET_IDS.map((id) => buildWorkbookPlan(presetScenario(id), dataset, { language })),
      );
    }
    return built.get(language)!;
  };

  it("never use TEXT(), whose format code the spreadsheet app reads in its own locale", () => {
    for (const plan of [...plans("en"), ...plans("de")]) {
      expect(formulaCells(plan).filter((f) => /\bTEXT\(/.test(f.cell.formula))).toEqual([]);
    }
  });

  it.each<AppDecimalSeparator>([".", ","])(
    "are German in the German workbook, cached as computed, in an app whose decimal separator is %s",
    (app) => {
      // Every preset as a German Excel computes it; the base case in an English one.
      for (const [i, plan] of plans("de").entries()) {
        if (app === "." && i > 0) continue;
        const said = sentences(numberTexts(plan, app, `de ${i}`));
        expect(said.length).toBe(2); // the required growth and the earnings path (the Cover and Dashboard link to them)
        for (const sentence of said) {
          expect([sentence, /\d\.\d/.test(sentence)]).toEqual([sentence, false]);
          expect([sentence, /\d%/.test(sentence)]).toEqual([sentence, false]);
        }
        expect(said.some((s) => /^Nötig sind -?\d+,\d % pro Jahr .* innerhalb von \d+,\d Jahren/.test(s))).toBe(true);
        expect(
          said.some((s) => /Kapitalwert -?\d+,\d Mrd\. RMB bei einem Diskontierungssatz von \d+,\d %\.$/.test(s)),
        ).toBe(true);
      }
    },
  );

  it.each<AppDecimalSeparator>([".", ","])(
    "are English in the English workbook, cached as computed, in an app whose decimal separator is %s",
    (app) => {
      for (const plan of plans("en").slice(0, 1)) {
        const said = sentences(numberTexts(plan, app, "en 0"));
        expect(said.length).toBe(2);
        for (const sentence of said) expect([sentence, /\d,\d|\d %/.test(sentence)]).toEqual([sentence, false]);
        expect(said.some((s) => /^Needs -?\d+\.\d% a year .* within \d+\.\d years/.test(s))).toBe(true);
      }
    },
  );

  it("writes the years of the Benchmarks sheet as plain digits in either app", () => {
    const [plan] = plans("de");
    for (const app of [".", ","] as const) {
      const years = numberTexts(plan, app, "de 0").filter((t) => /^FIXED\(/.test(t.formula));
      expect(years.length).toBeGreaterThan(0);
      for (const y of years) expect(y.computed).toMatch(/^\d{4}$/);
    }
  });
});

describe("number-text.ts", () => {
  it("builds one formula per language that makes either app's separator the language's", () => {
    expect(numberTextFormula("A1", 1, "de")).toBe('SUBSTITUTE(FIXED(A1,1,TRUE()),".",",")');
    expect(numberTextFormula("A1", 1, "en")).toBe('SUBSTITUTE(FIXED(A1,1,TRUE()),",",".")');
    expect(numberTextFormula("A1", 0, "de")).toBe("FIXED(A1,0,TRUE())");
    expect(percentTextFormula("A1", "de")).toBe('SUBSTITUTE(FIXED(A1/1%,1,TRUE()),".",",")&" %"');
    expect(percentTextFormula("A1", "en")).toBe('SUBSTITUTE(FIXED(A1/1%,1,TRUE()),",",".")&"%"');
  });

  it("caches what the formula computes: German decimals, German percent", () => {
    expect(percentText(0.125, "de")).toBe("12,5 %");
    expect(percentText(0.125, "en")).toBe("12.5%");
    expect(numberText(-52.04, 1, "de")).toBe("-52,0");
    expect(numberText(1234.56, 1, "de")).toBe("1234,6"); // no thousands separator, as FIXED(…,TRUE())
    expect(numberText(-0.04, 1, "en")).toBe("0.0");
    // 0.0725/0.01 and 1.45 are stored just below the half: Excel (and FIXED) round the decimal it shows, upwards.
    expect(percentText(0.0725, "en")).toBe("7.3%");
    expect(numberText(1.45, 1, "de")).toBe("1,5");
    for (const x of [0.05, 1.25, -2.35, 1234.5678, -0.04, 8, 0.226, 1.45, 0.0725 / 0.01, 10.049999999999999]) {
      for (const app of [".", ","] as const) {
        const excel = excelFixed(x, 1, true, app);
        expect(numberText(x, 1, "de")).toBe(excel.replace(".", ","));
        expect(numberText(x, 1, "en")).toBe(excel.replace(",", "."));
      }
    }
  });

  it("has a FIXED double that behaves as Excel's", () => {
    expect(excelFixed(1234567.891, 2, false, ".")).toBe("1,234,567.89");
    expect(excelFixed(1234567.891, 2, false, ",")).toBe("1.234.567,89");
    expect(excelFixed(1234567.891, 1, true, ",")).toBe("1234567,9");
    expect(excelFixed(2.25, 1, true, ".")).toBe("2.3");
    expect(excelFixed(-2.25, 1, true, ".")).toBe("-2.3");
    expect(excelFixed(2025, 0, true, ",")).toBe("2025");
  });
});
