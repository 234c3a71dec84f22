import ExcelJS from "exceljs";
import * as fc from "fast-check";
import type { CellValue } from "hyperformula";
import { computeCase, type PaybackOutcome } from "../../src/core/model";
import { paceCapex } from "../../src/core/pacing";
import {
  cumulativeAtTarget,
  requiredGrowth,
  requiredGrowthInputsOf,
  type RequiredGrowthInputs,
} from "../../src/core/requiredGrowth";
import { requiredGrowthInSteps } from "../../src/core/requiredGrowthTrace";
import { PRESET_IDS, presetScenario, toCaseInputs, type Scenario } from "../../src/scenario";
import { buildWorkbookPlan, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import {
  inputCell,
  SENSITIVITY_GROWTH_STEP,
  SENSITIVITY_MARGIN_STEP,
  type InputId,
} from "../../src/workbook/sheets/inputs";
import { cell, COL } from "../../src/workbook/sheets/grid";
import {
  BISECTION_STEPS,
  CUSTOM_PACING,
  GRID_SIZE,
  gridCell,
  gridRange,
  NO_GROWTH_RATE,
  NO_MARGIN,
  SENSITIVITY_ROWS,
} from "../../src/workbook/sheets/sensitivity";
import { evaluatePlan, type EvaluatedPlan } from "../helpers/evaluate-plan";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { formulaCells, inconsistentRows } from "../helpers/formula-shape";
import { scenarioArbitrary } from "../scenario/arbitrary";

const KINDS = ["simple", "discounted"] as const;
const REQUIRED = cell(COL.constant, SENSITIVITY_ROWS.required);

/** Steps from the scenario, −3..3: the grid is centred on the scenario's own growth and margin. */
const offsets = Array.from({ length: GRID_SIZE }, (_, i) => i - (GRID_SIZE - 1) / 2);

function paybackValue(outcome: PaybackOutcome): number | string {
  if (outcome.kind === "year") return outcome.year;
  return outcome.kind === "notWithinHorizon" ? NOT_WITHIN_HORIZON : NOTHING_TO_PAY_BACK;
}

function close(actual: CellValue, expected: number | string, tolerance = 1e-9): boolean {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

interface Steps {
  readonly growth: number;
  readonly margin: number;
}
const DEFAULT_STEPS: Steps = { growth: SENSITIVITY_GROWTH_STEP, margin: SENSITIVITY_MARGIN_STEP };

/** Every grid cell that differs from the core's payback for that growth and margin, described. */
function gridMismatches(ev: EvaluatedPlan, s: Scenario, steps: Steps = DEFAULT_STEPS): string[] {
  const wrong: string[] = [];
  offsets.forEach((gi, i) =>
    offsets.forEach((mj, j) => {
      const growth = s.growth + gi * steps.growth;
      const margin = s.margin + mj * steps.margin;
      const r = computeCase({ ...toCaseInputs(s), growth, margin });
      KINDS.forEach((kind) => {
        const expected = paybackValue(kind === "simple" ? r.simplePayback : r.discountedPayback);
        const actual = ev.value("sensitivity", gridCell(kind, i, j));
        if (!close(actual, expected))
          wrong.push(`${kind} g=${growth} m=${margin}: sheet ${String(actual)}, core ${expected}`);
      });
    }),
  );
  return wrong;
}

function coreRequiredInputs(s: Scenario): RequiredGrowthInputs {
  if (s.profile === "custom") throw new Error("the core has no required growth for custom weights");
  return requiredGrowthInputsOf({ ...s, profile: s.profile }, s.targetPaybackYears);
}

/** The bracket after the sheet's 34 halvings of (−1, 10]: the sheet's answer is within this of the exact root. */
const WIDTH_AFTER_STEPS = 11 / 2 ** 34;

/**
 * What the required-growth cell must show, from the core and model.md's texts: the answer of the 34 bisection steps
 * the sheet lays out (requiredGrowthInSteps), and CAPEX.REQUIREDGROWTH's full-precision answer it must lie within
 * one final bracket of.
 */
function expectedRequired(s: Scenario): { steps: number; exact: number } | string {
  if (s.profile === "custom") return CUSTOM_PACING;
  if (!(s.margin > 0)) return NO_MARGIN;
  try {
    return { steps: requiredGrowthInSteps(coreRequiredInputs(s)), exact: requiredGrowth(coreRequiredInputs(s)) };
  } catch {
    return NO_GROWTH_RATE;
  }
}

function expectRequiredMatches(ev: EvaluatedPlan, s: Scenario): void {
  const actual = ev.value("sensitivity", REQUIRED);
  const expected = expectedRequired(s);
  if (typeof expected === "string") {
    expect(actual).toBe(expected);
    return;
  }
  expect(typeof actual).toBe("number");
  // HyperFormula adds the 51 terms of each step as the core does; 1e-12 leaves room for its own rounding.
  expect(Math.abs((actual as number) - expected.steps)).toBeLessThanOrEqual(1e-12);
  expect(Math.abs((actual as number) - expected.exact)).toBeLessThanOrEqual(WIDTH_AFTER_STEPS + 1e-12);
}

function cachedMismatches(plan: WorkbookPlan, ev: EvaluatedPlan): string[] {
  return formulaCells(plan, "sensitivity")
    .map((f) => ({ f, actual: ev.value("sensitivity", cell(f.col, f.row)) }))
    .filter(({ f, actual }) => !close(actual, f.cell.value as number | string))
    .map(
      ({ f, actual }) =>
        `${cell(f.col, f.row)} =${f.cell.formula}: HF ${String(actual)}, cached ${String(f.cell.value)}`,
    );
}

function check(s: Scenario): void {
  const plan = buildWorkbookPlan(s);
  const ev = evaluatePlan(plan);
  expect(gridMismatches(ev, s)).toEqual([]);
  expectRequiredMatches(ev, s);
  expect(cachedMismatches(plan, ev)).toEqual([]);
  expect(ev.value("checks", "C2")).toBe(true);
}

describe("the Sensitivity grid is the finance core, cell by cell", () => {
  test.each(PRESET_IDS)("preset %s", (id) => check(presetScenario(id)));

  test("the presets' grids hold real payback years, not only text", () => {
    const ev = evaluatePlan(buildWorkbookPlan(presetScenario("bull")));
    const years = offsets.flatMap((_, i) =>
      offsets.map((__, j) => ev.value("sensitivity", gridCell("discounted", i, j))),
    );
    expect(years.filter((v) => typeof v === "number").length).toBeGreaterThan(GRID_SIZE);
    expect(years).toContain(NOT_WITHIN_HORIZON);
  });

  test("profiles, a one-year horizon, a fifty-year horizon, capex 0", () => {
    check({ ...presetScenario("bear"), profile: "scurve" });
    check({ ...presetScenario("base"), profile: "custom", customWeights: [1, 4, 2] });
    check({ ...presetScenario("bull"), horizon: 1, capexYears: 1, targetPaybackYears: 0.5 });
    check({ ...presetScenario("bull"), horizon: 50, capexYears: 9, profile: "front", targetPaybackYears: 50 });
    check({ ...presetScenario("bull"), capexTotal: 0 });
  });

  test("generated scenarios", () => {
    fc.assert(fc.property(scenarioArbitrary, check), { numRuns: 12 });
  });
});

describe("required growth", () => {
  test(`the sheet halves (−1, 10] ${BISECTION_STEPS} times: enough for model.md's 1e-9, and no more`, () => {
    // 11 / 2^n is the bracket's width after n halvings; 34 is the first n with width ≤ 1e-9. CAPEX.REQUIREDGROWTH
    // bisects on to the limit of doubles (about 1e-15), so the sheet's answer is the 34 steps', not the function's.
    expect(11 / 2 ** BISECTION_STEPS).toBeLessThanOrEqual(1e-9);
    expect(11 / 2 ** (BISECTION_STEPS - 1)).toBeGreaterThan(1e-9);
    expect(BISECTION_STEPS).toBe(34);
    expect(SENSITIVITY_ROWS.midpoint).toHaveLength(34);
  });

  test.each(PRESET_IDS)("preset %s: the smallest constant growth that pays back by the target", (id) => {
    const s = presetScenario(id);
    const plan = buildWorkbookPlan(s);
    const ev = evaluatePlan(plan);
    const g = ev.value("sensitivity", REQUIRED) as number;
    // The cached value is what the sheet's own 34 steps compute, so Excel shows it before and after recalculating.
    const cached = formulaCells(plan, "sensitivity").find((f) => f.row === SENSITIVITY_ROWS.required)!.cell.value;
    expect(cached).toBe(requiredGrowthInSteps(coreRequiredInputs(s)));
    expect(Math.abs(g - (cached as number))).toBeLessThanOrEqual(1e-12);
    // Within one final bracket (11 / 2^34 ≈ 6.4e-10) above the full-precision answer of CAPEX.REQUIREDGROWTH.
    const exact = requiredGrowth(coreRequiredInputs(s));
    expect(g - exact).toBeGreaterThanOrEqual(-1e-12);
    expect(g - exact).toBeLessThanOrEqual(WIDTH_AFTER_STEPS + 1e-12);
    // model.md's definition, independently of the search: Q(g) ≥ 0 and Q just below g is < 0.
    const inputs = coreRequiredInputs(s);
    const capex = paceCapex(s.capexTotal, s.capexYears, inputs.profile);
    expect(cumulativeAtTarget(inputs, g, capex)).toBeGreaterThanOrEqual(0);
    expect(cumulativeAtTarget(inputs, g - 2e-9, capex)).toBeLessThan(0);
  });

  test("a fractional target counts part of the year after it", () => {
    check({ ...presetScenario("base"), targetPaybackYears: 6.3 });
  });

  test("capex 0: the answer is the baseline growth", () => {
    const s = { ...presetScenario("bear"), capexTotal: 0 };
    const ev = evaluatePlan(buildWorkbookPlan(s));
    expect(ev.value("sensitivity", REQUIRED)).toBe(s.baselineGrowth);
  });

  test("no base revenue, or not even 1,000% a year is enough: the model.md text", () => {
    const none = (s: Scenario): CellValue => evaluatePlan(buildWorkbookPlan(s)).value("sensitivity", REQUIRED);
    expect(none({ ...presetScenario("base"), baseRevenue: 0 })).toBe(NO_GROWTH_RATE);
    const hopeless = { ...presetScenario("base"), baseRevenue: 0.0001, targetPaybackYears: 1 };
    expect(() => requiredGrowth(coreRequiredInputs(hopeless))).toThrow(/no growth rate/);
    expect(none(hopeless)).toBe(NO_GROWTH_RATE);
    expect(NO_GROWTH_RATE).toBe("no growth rate up to 1,000% a year pays back within the target");
  });

  test("custom pacing and a zero margin say why there is no answer", () => {
    const at = (s: Scenario) => evaluatePlan(buildWorkbookPlan(s)).value("sensitivity", REQUIRED);
    expect(at({ ...presetScenario("base"), profile: "custom", customWeights: [1, 1, 1] })).toBe(CUSTOM_PACING);
    expect(at({ ...presetScenario("base"), margin: 0 })).toBe(NO_MARGIN);
  });

  test("the sentence: needs X% a year; the scenario assumes Y%", () => {
    const s = presetScenario("base");
    const ev = evaluatePlan(buildWorkbookPlan(s));
    const g = requiredGrowthInSteps(coreRequiredInputs(s));
    const sentence = ev.value("sensitivity", cell(COL.constant, SENSITIVITY_ROWS.sentence)) as string;
    expect(sentence).toBe(
      `Needs ${(g * 100).toFixed(1)}% a year to pay back (discounted) within 8.0 years; ` +
        "the scenario assumes 11.0%, fading to 6.0%.",
    );
    ev.set("inputs", inputCell("baseRevenue"), 0);
    expect(ev.value("sensitivity", cell(COL.constant, SENSITIVITY_ROWS.sentence))).toBe(
      `Required growth: ${NO_GROWTH_RATE}; the scenario assumes 11.0%, fading to 6.0%.`,
    );
  });
});

describe("liveness: an input changed on Inputs moves the grid and the required growth as the core says", () => {
  const base = presetScenario("bull");
  test.each<[string, Partial<Scenario>]>([
    ["growth", { growth: 0.18 }],
    ["terminal growth", { terminalGrowth: 0.02 }],
    ["baseline growth", { baselineGrowth: 0.09 }],
    ["margin", { margin: 0.22 }],
    ["capex total", { capexTotal: 700 }],
    ["capex years and profile", { capexYears: 5, profile: "back" }],
    ["discount rate", { discountRate: 0.14 }],
    ["base revenue", { baseRevenue: 60 }],
    ["target payback", { targetPaybackYears: 5.5 }],
    ["first year", { firstYear: 2031 }],
  ])("%s", (_, change) => {
    const ev = evaluatePlan(buildWorkbookPlan(base));
    for (const [field, value] of Object.entries(change))
      ev.set("inputs", inputCell(field as InputId), value as number | string);
    const changed = { ...base, ...change };
    expect(gridMismatches(ev, changed)).toEqual([]);
    expectRequiredMatches(ev, changed);
    // The change must matter, or the test would pass on a dead sheet.
    const before = evaluatePlan(buildWorkbookPlan(base));
    const moved = [gridCell("simple", 0, 0), gridCell("discounted", 6, 6), REQUIRED].some(
      (a) => before.value("sensitivity", a) !== ev.value("sensitivity", a),
    );
    expect(moved).toBe(true);
  });

  test("the step sizes on Inputs set the grid's axes", () => {
    const ev = evaluatePlan(buildWorkbookPlan(base));
    ev.set("inputs", inputCell("sensitivityGrowthStep"), 0.01);
    ev.set("inputs", inputCell("sensitivityMarginStep"), 0.02);
    expect(gridMismatches(ev, base, { growth: 0.01, margin: 0.02 })).toEqual([]);
    expect(ev.value("sensitivity", cell(COL.constant, SENSITIVITY_ROWS.simpleFirst))).toBeCloseTo(
      base.growth - 0.03,
      12,
    );
  });
});

describe("layout", () => {
  test.each([1, 10, 50])("formulas are consistent along every row (horizon %i)", (horizon) => {
    const s = { ...presetScenario("bear"), horizon, capexYears: Math.min(3, horizon) };
    const cells = formulaCells(buildWorkbookPlan(s), "sensitivity");
    expect(inconsistentRows(cells, COL.firstPeriod)).toEqual([]);
    // The rows checked include the grids, the case blocks and the search steps.
    expect(new Set(cells.filter((f) => f.col >= COL.firstPeriod).map((f) => f.row)).size).toBeGreaterThan(
      2 * GRID_SIZE + 4 * GRID_SIZE * GRID_SIZE + BISECTION_STEPS,
    );
  });

  test("the shape check catches a broken copy", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    const cells = formulaCells(plan, "sensitivity");
    const victim = cells.find((f) => f.row === SENSITIVITY_ROWS.simpleFirst && f.col === COL.firstPeriod + 2)!;
    const broken = cells.map((f) => (f === victim ? { ...f, cell: { ...f.cell, formula: "$F$10" } } : f));
    expect(inconsistentRows(broken, COL.firstPeriod)).toHaveLength(1);
  });

  test("only native functions: no CAPEX.*, LET, LAMBDA, OFFSET, INDIRECT, TABLE or dynamic arrays", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    const used = new Set<string>();
    for (const f of formulaCells(plan, "sensitivity")) {
      for (const m of f.cell.formula.replace(/"(?:[^"]|"")*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
    }
    const allowed = ["IF", "AND", "OR", "SUM", "SUMIF", "MIN", "MAX", "INDEX", "COUNT", "MEDIAN", "AVERAGE", "ROUNDUP"];
    expect([...used].filter((f) => !allowed.concat(["FIXED", "SUBSTITUTE", "TRUE", "ISNUMBER"]).includes(f))).toEqual(
      [],
    );
  });

  test("conditional formats shade both grids: a colour scale on years, text rules for no payback", () => {
    const sheet = buildWorkbookPlan(presetScenario("base")).sheets.find((s) => s.key === "sensitivity")!;
    for (const kind of KINDS) {
      const rules = sheet.conditionalFormats.filter((cf) => cf.range === gridRange(kind));
      expect(rules.map((r) => r.kind).sort()).toEqual(["textEquals", "textEquals", "threeColorScale"]);
      expect(rules.flatMap((r) => (r.kind === "textEquals" ? [r.text] : []))).toContain(NOT_WITHIN_HORIZON);
    }
  });

  test("the grid's centre is the Payback sheet, and the Checks sheet says so", () => {
    const plan = buildWorkbookPlan(presetScenario("bull"));
    const ev = evaluatePlan(plan);
    const centre = (GRID_SIZE - 1) / 2;
    expect(ev.value("sensitivity", gridCell("simple", centre, centre))).toBe(ev.value("payback", "C32"));
    const f = formulaCells(plan, "checks").find((c) => c.cell.formula.includes("Sensitivity"));
    expect(f).toBeDefined();
    expect(ev.value("checks", cell(f!.col, f!.row))).toBe(true);
  });
});

describe("renderers", () => {
  const plan = buildWorkbookPlan(presetScenario("bull"));
  const sheetPlan = plan.sheets.find((s) => s.key === "sensitivity")!;
  const centre = gridCell("discounted", 3, 3);
  const centreFormula = formulaCells(plan, "sensitivity").find((f) => cell(f.col, f.row) === centre)!.cell;

  test("the .xlsx has the Sensitivity sheet's formulas, cached values and conditional formats", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(plan, ExcelJS)) as ArrayBuffer);
    const ws = workbook.getWorksheet(sheetPlan.name)!;
    expect(ws.getCell(centre).value).toEqual({ formula: centreFormula.formula, result: centreFormula.value });
    const required = formulaCells(plan, "sensitivity").find((f) => f.row === SENSITIVITY_ROWS.required)!;
    expect(ws.getCell(REQUIRED).value).toEqual({ formula: required.cell.formula, result: required.cell.value });
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cfs.map((cf) => cf.ref)).toEqual(expect.arrayContaining([gridRange("simple"), gridRange("discounted")]));
    const types = cfs.flatMap((cf) => cf.rules.map((r) => r.type));
    expect(types).toEqual(expect.arrayContaining(["colorScale", "cellIs"]));
  });

  test("Office.js writes the Sensitivity sheet's formulas and conditional formats", async () => {
    const excel = new ExcelDouble();
    await excel.run((context) =>
      renderPlanToWorkbook(asExcelContext(context), (sheetNames) =>
        buildWorkbookPlan(presetScenario("bull"), undefined, { sheetNames }),
      ),
    );
    expect(excel.cell(sheetPlan.name, centre)?.formula).toBe(`=${centreFormula.formula}`);
    const cfs = excel.sheet(sheetPlan.name).conditionalFormats;
    expect(cfs.map((cf) => cf.type).sort()).toEqual([
      "CellValue",
      "CellValue",
      "CellValue",
      "CellValue",
      "ColorScale",
      "ColorScale",
    ]);
  });
});
