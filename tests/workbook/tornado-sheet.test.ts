import { tornado, TORNADO_INPUTS, type TornadoInput } from "../../src/core/tornado";
import { PRESET_IDS, presetScenario, toCaseInputs, type Scenario } from "../../src/scenario";
import { toTornadoSteps, TORNADO_STEP_FIELDS } from "../../src/scenario/tornado";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { cell, COL } from "../../src/workbook/sheets/grid";
import { inputCell, type InputId } from "../../src/workbook/sheets/inputs";
import { byInputRow, inputLabel, rankedRow, TORNADO_ROWS } from "../../src/workbook/sheets/tornado-layout";
import {
  cellsAgree,
  evaluatePlan,
  expectCachedValuesMatch,
  formulaCells,
  type EvaluatedPlan,
} from "../helpers/evaluate-plan";

const at = (row: number) => cell(COL.constant, row);

/** The ranked section as HyperFormula computes it: input label, NPV low, NPV high, swing per rank. */
function ranked(ev: EvaluatedPlan) {
  return TORNADO_INPUTS.map((_, p) => ({
    name: ev.value("tornado", at(rankedRow("name", p))),
    npvLow: ev.value("tornado", at(rankedRow("npvLow", p))),
    npvHigh: ev.value("tornado", at(rankedRow("npvHigh", p))),
    swing: ev.value("tornado", at(rankedRow("swing", p))),
  }));
}

function expectRankedAsCore(ev: EvaluatedPlan, scenario: Scenario): void {
  const rows = tornado(toCaseInputs(scenario), toTornadoSteps(scenario));
  const actual = ranked(ev);
  expect(actual.map((r) => r.name)).toEqual(rows.map((r) => inputLabel(r.input)));
  rows.forEach((row, p) => {
    expect(cellsAgree(actual[p].npvLow, row.npvLow)).toBe(true);
    expect(cellsAgree(actual[p].npvHigh, row.npvHigh)).toBe(true);
    expect(cellsAgree(actual[p].swing, row.swing)).toBe(true);
  });
}

describe("the Tornado sheet", () => {
  test.each(PRESET_IDS)("preset %s: HyperFormula ranks the inputs as the core does", (id) => {
    const s = presetScenario(id);
    const plan = buildWorkbookPlan(s);
    const ev = evaluatePlan(plan);
    expectCachedValuesMatch(plan, ev);
    expectRankedAsCore(ev, s);
    // The swings are sorted, largest first.
    const swings = ranked(ev).map((r) => r.swing as number);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });

  test("a worked case: a margin step of 5 points moves the NPV by 5 points of the discounted incremental revenue", () => {
    // NPV is linear in the margin: NPV(m ± s) − NPV(m) = ±s · Σ ΔR_k / (1 + r)^k.
    const s = { ...presetScenario("base"), tornadoMarginStep: 0.05 };
    const ev = evaluatePlan(buildWorkbookPlan(s));
    const npvLow = ev.value("tornado", at(byInputRow("npvLow", "margin"))) as number;
    const npvHigh = ev.value("tornado", at(byInputRow("npvHigh", "margin"))) as number;
    const base = ev.value("tornado", at(TORNADO_ROWS.baseNpv)) as number;
    expect(npvHigh - base).toBeCloseTo(base - npvLow, 6);
    expect(ev.value("tornado", at(byInputRow("low", "margin")))).toBeCloseTo(s.margin - 0.05, 12);
  });

  test("steps typed on Inputs re-rank the inputs live, as the core says", () => {
    const base = presetScenario("bull");
    const ev = evaluatePlan(buildWorkbookPlan(base));
    const change: Partial<Record<TornadoInput, number>> = { discountRate: 0.2, growth: 0, capexTotal: 0.9 };
    for (const [input, step] of Object.entries(change)) {
      ev.set("inputs", inputCell(TORNADO_STEP_FIELDS[input as TornadoInput] as InputId), step);
    }
    const changed = {
      ...base,
      tornadoDiscountRateStep: 0.2,
      tornadoGrowthStep: 0,
      tornadoCapexStep: 0.9,
    };
    expectRankedAsCore(ev, changed);
    expect(ranked(ev).map((r) => r.name)).not.toEqual(ranked(evaluatePlan(buildWorkbookPlan(base))).map((r) => r.name));
  });

  test("an input typed on Inputs moves every case", () => {
    const base = presetScenario("base");
    const ev = evaluatePlan(buildWorkbookPlan(base));
    ev.set("inputs", inputCell("growth"), 0.3);
    expectRankedAsCore(ev, { ...base, growth: 0.3 });
  });

  test("ties keep the order of the inputs: with every step 0 each swing is 0", () => {
    const zero = Object.fromEntries(Object.values(TORNADO_STEP_FIELDS).map((key) => [key, 0]));
    const s = { ...presetScenario("base"), ...zero } as Scenario;
    const ev = evaluatePlan(buildWorkbookPlan(s));
    expect(ranked(ev).map((r) => r.name)).toEqual(TORNADO_INPUTS.map(inputLabel));
    expect(ranked(ev).every((r) => r.swing === 0)).toBe(true);
  });

  test("an input with no effect changes the NPV by exactly 0, however large the NPV (no rounding error left)", () => {
    // No revenue at all: growth moves nothing; a discount rate near -50% over 18 years makes the NPV about -3e7.
    const s: Scenario = {
      ...presetScenario("base"),
      capexTotal: 295.223160388846,
      capexYears: 18,
      profile: "even",
      horizon: 18,
      baseRevenue: 0,
      growth: 0,
      terminalGrowth: -0.5,
      baselineGrowth: 0,
      margin: 0,
      discountRate: -0.499999988,
    };
    const ev = evaluatePlan(buildWorkbookPlan(s));
    const unmoved: TornadoInput[] = ["growth", "terminalGrowth", "baselineGrowth", "margin", "baseRevenue"];
    for (const input of unmoved) {
      for (const side of ["low", "high"] as const) {
        const npv = ev.value("tornado", at(byInputRow(side === "low" ? "npvLow" : "npvHigh", input)));
        expect([input, side, npv]).toEqual([input, side, ev.value("tornado", at(TORNADO_ROWS.baseNpv))]);
      }
    }
    expect(Math.abs(ev.value("tornado", at(TORNADO_ROWS.baseNpv)) as number)).toBeGreaterThan(1e6);
  });

  test("a bar chart of the changes at the low and the high value, by rank", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    const sheet = plan.sheets.find((s) => s.key === "tornado")!;
    expect(sheet.charts.map((c) => c.kind)).toEqual(["bar"]);
    expect(sheet.charts[0].series).toHaveLength(2);
  });

  test("formula cells it adds (horizon 10 and 50)", () => {
    const count = (horizon: number) =>
      formulaCells(buildWorkbookPlan({ ...presetScenario("base"), horizon }), "tornado").length;
    // Per variant 7 timeline rows + 2 cells, 14 variants; 6 + 8 groups of 7 formulas; the base NPV; the timeline header;
    // the master check's and the active scenario's links (rows 2 and 3).
    const expected = (h: number) => 14 * (7 * h + 2) + 14 * 7 + 1 + 2 * h + 2;
    expect(count(10)).toBe(expected(10));
    expect(count(50)).toBe(expected(50));
  });
});
