import * as fc from "fast-check";
import { IRR_SCAN_POINTS } from "../../src/core/irr-search";
import { computeCase } from "../../src/core/model";
import { internalRateOfReturn, type IrrOutcome } from "../../src/core/returns";
import { PRESET_IDS, presetScenario, toCaseInputs, type Scenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { cell, COL, periodColumn } from "../../src/workbook/sheets/grid";
import { inputCell } from "../../src/workbook/sheets/inputs";
import { PAYBACK_ROWS, paybackIrrLayout } from "../../src/workbook/sheets/payback";
import { IRR_NO_RATE_FOUND, IRR_NO_SIGN_CHANGE } from "../../src/workbook/sheets/payback-irr";
import {
  cellsAgree,
  evaluatePlan,
  expectCachedValuesMatch,
  formulaCells,
  type EvaluatedPlan,
} from "../helpers/evaluate-plan";
import { scenarioArbitrary } from "../scenario/arbitrary";

/**
 * The Payback sheet's IRR (`ReturnsIRR`), a live search in native formulas, evaluated by HyperFormula against the
 * finance core (model.md, "Earnings and returns": the rate at which the NPV is 0, text without a sign change).
 */

const IRR_CELL = cell(COL.constant, PAYBACK_ROWS.returns.irr);

function expected(outcome: IrrOutcome): number | string {
  if (outcome.kind === "rate") return outcome.rate;
  return outcome.kind === "noSignChange" ? IRR_NO_SIGN_CHANGE : IRR_NO_RATE_FOUND;
}

/** The IRR the sheet computes, read through the defined name as a user's formula would. */
function namedIrr(ev: EvaluatedPlan): unknown {
  const sheet = ev.sheetId("checks");
  ev.hf.setCellContents({ sheet, row: 999, col: 0 }, "=ReturnsIRR");
  return ev.hf.getCellValue({ sheet, row: 999, col: 0 });
}

function expectIrr(ev: EvaluatedPlan, outcome: IrrOutcome): void {
  const actual = ev.value("payback", IRR_CELL);
  if (!cellsAgree(actual, expected(outcome))) throw new Error(`IRR ${String(actual)}, core ${JSON.stringify(outcome)}`);
  if (typeof actual === "number" && outcome.kind === "rate") {
    expect(Math.abs(actual - outcome.rate)).toBeLessThanOrEqual(1e-9 * Math.abs(outcome.rate));
  }
}

function checkScenario(s: Scenario): void {
  const plan = buildWorkbookPlan(s);
  const ev = evaluatePlan(plan);
  expectCachedValuesMatch(plan, ev);
  const flows = computeCase(toCaseInputs(s)).cashFlow;
  expectIrr(ev, internalRateOfReturn(flows));
  expect(ev.value("checks", "C2")).toBe(true);
}

describe("ReturnsIRR evaluates to the core's IRR", () => {
  test.each(PRESET_IDS)("preset %s", (id) => {
    const plan = buildWorkbookPlan(presetScenario(id));
    const ev = evaluatePlan(plan);
    expectCachedValuesMatch(plan, ev);
    const core = computeCase(toCaseInputs(presetScenario(id)));
    expectIrr(ev, internalRateOfReturn(core.cashFlow));
    expect(namedIrr(ev)).toBe(ev.value("payback", IRR_CELL));
    expect(ev.value("checks", "C2")).toBe(true);
    // The bear case's IRR, which Excel's own IRR() (Newton from 10%) does not find.
    if (id === "bear") expect(ev.value("payback", IRR_CELL)).toBeCloseTo(-0.345, 3);
  });

  test("a horizon of 50, and a scenario with nothing to pay back", () => {
    checkScenario({ ...presetScenario("bear"), horizon: 50 });
    // No capex: every flow is at or above 0.
    const plan = buildWorkbookPlan({ ...presetScenario("base"), capexTotal: 0 });
    expect(evaluatePlan(plan).value("payback", IRR_CELL)).toBe(IRR_NO_SIGN_CHANGE);
  });

  test("generated scenarios", () => {
    fc.assert(fc.property(scenarioArbitrary, checkScenario), { numRuns: 12 });
  });
});

describe("the search is live: flows typed over the cash-flow row", () => {
  // A horizon of 3: the cash flow sits in F10:H10; typing numbers there replaces the model's flows.
  let ev: EvaluatedPlan;
  beforeAll(() => {
    ev = evaluatePlan(buildWorkbookPlan({ ...presetScenario("base"), horizon: 3, capexYears: 1 }));
  });
  const setFlows = (flows: readonly number[]) =>
    flows.forEach((f, k) => ev.set("payback", cell(periodColumn(k), PAYBACK_ROWS.cashFlow), f));

  test.each([
    [[-100, 0, 121], 0.1],
    [[-100, 110, 0], 0.1],
    [[-100, 50, 0], -0.5],
    [[0, -100, 300], 2],
  ])("%j has an IRR of %d (by hand: the NPV is 0 there)", (flows, rate) => {
    setFlows(flows);
    expect(ev.value("payback", IRR_CELL)).toBeCloseTo(rate, 14);
  });

  test("flows of one sign have no IRR; flows whose NPV never crosses 0 have none found", () => {
    setFlows([10, 20, 0]);
    expect(ev.value("payback", IRR_CELL)).toBe(IRR_NO_SIGN_CHANGE);
    setFlows([-5, 0, -1]);
    expect(ev.value("payback", IRR_CELL)).toBe(IRR_NO_SIGN_CHANGE);
    // 1 − 3v + 3v² > 0 for every v.
    setFlows([1, -3, 3]);
    expect(ev.value("payback", IRR_CELL)).toBe(IRR_NO_RATE_FOUND);
    // -1 then 10^7: the root, r = 10^7 − 1, lies beyond the search's limit of 10^6.
    setFlows([-1, 1e7, 0]);
    expect(ev.value("payback", IRR_CELL)).toBe(IRR_NO_RATE_FOUND);
    // Flows summing to 0: the IRR is 0.
    setFlows([-100, 40, 60]);
    expect(ev.value("payback", IRR_CELL)).toBe(0);
  });

  test("with two roots (10% and 20%), the one nearest 0, as the core", () => {
    setFlows([-100, 230, -132]);
    expect(ev.value("payback", IRR_CELL)).toBeCloseTo(0.1, 12);
    expect(internalRateOfReturn([-100, 230, -132])).toEqual({ kind: "rate", rate: ev.value("payback", IRR_CELL) });
  });
});

describe("the search follows the inputs", () => {
  test("a changed cash margin on Inputs gives the core's IRR for the changed scenario", () => {
    const base = presetScenario("bull");
    const ev = evaluatePlan(buildWorkbookPlan(base));
    for (const margin of [0.1, 0.25, 0.6]) {
      ev.set("inputs", inputCell("margin"), margin);
      expectIrr(ev, internalRateOfReturn(computeCase(toCaseInputs({ ...base, margin })).cashFlow));
    }
  });
});

describe("the search's layout", () => {
  test.each([10, 50])("scans %i-year flows on 1,382 points a side, with 56 bisection steps a side", (horizon) => {
    const L = paybackIrrLayout(horizon);
    const cells = formulaCells(buildWorkbookPlan({ ...presetScenario("base"), horizon }), "payback");
    const gridRows = (first: number) => (f: { row: number; col: number }) =>
      f.row >= first && f.row < first + L.gridRows && f.col >= COL.firstPeriod;
    expect(cells.filter(gridRows(L.above.firstGridRow))).toHaveLength(IRR_SCAN_POINTS);
    expect(cells.filter(gridRows(L.below.firstGridRow))).toHaveLength(IRR_SCAN_POINTS);
    expect(L.above.steps).toHaveLength(56);
    expect(L.gridColumns).toBe(Math.max(horizon, 10));
    // The block (from the IRR row down) in formula cells, as the README states it.
    const block = cells.filter((f) => f.row >= PAYBACK_ROWS.returns.irr).length;
    expect(block).toBe(horizon === 10 ? 3696 : 3372);
  });
});
