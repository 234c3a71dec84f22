import { computeInvestmentCase } from "../../src/core/model";
import { requiredGrowth, requiredGrowthInputsOf } from "../../src/core/requiredGrowth";
import { internalRateOfReturn } from "../../src/core/returns";
import { PRESET_IDS, presetScenario } from "../../src/scenario/presets";
import { toCaseInputs, type Scenario } from "../../src/scenario/types";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { SUMMARY_ROWS } from "../../src/workbook/sheets/scenarios-layout";
import { evaluatePlan, expectCachedValuesMatch, type EvaluatedPlan } from "../helpers/evaluate-plan";

/**
 * model.md, "Scenarios side by side": a sheet compares every scenario at once, live: payback (simple and discounted),
 * required growth, NPV, IRR and margin trough of each, with one chart. Expected figures are the core's functions of
 * each scenario on its own (CAPEX.NPV's, CAPEX.IRR's, CAPEX.REQUIREDGROWTH's definitions), not the sheet's output.
 */

const base = presetScenario("base");
const own: Scenario = {
  ...base,
  name: "Own: custom pacing",
  profile: "custom",
  customWeights: [1, 3, 2],
  margin: 0.32,
};
const COLUMNS = ["F", "G", "H", "I", "J", "K", "L", "M"];

interface Expected {
  readonly simple: number | string;
  readonly discounted: number | string;
  readonly npv: number;
  readonly irr: number | string;
  readonly required: number | string;
  readonly trough: number | string;
}

/** What the core says of one scenario on its own. */
function expectedOf(s: Scenario): Expected {
  const result = computeInvestmentCase(toCaseInputs(s));
  const year = (o: typeof result.simplePayback) => (o.kind === "year" ? o.year : o.kind);
  const irr = internalRateOfReturn(result.cashFlow);
  const required =
    s.profile === "custom"
      ? "custom"
      : requiredGrowth(requiredGrowthInputsOf({ ...s, profile: s.profile }, s.targetPaybackYears));
  return {
    simple: year(result.simplePayback),
    discounted: year(result.discountedPayback),
    npv: result.earnings.npv,
    irr: irr.kind === "rate" ? irr.rate : irr.kind,
    required,
    trough: result.earnings.trough.kind === "year" ? result.earnings.trough.margin : "noRevenue",
  };
}

const close = (actual: unknown, expected: number, tolerance: number) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
};

function expectColumn(ev: EvaluatedPlan, column: string, s: Scenario): void {
  const want = expectedOf(s);
  const at = (row: number) => ev.value("scenarios", `${column}${row}`);
  expect(at(SUMMARY_ROWS.name)).toBe(s.name);
  for (const [row, value] of [
    [SUMMARY_ROWS.simplePayback, want.simple],
    [SUMMARY_ROWS.discountedPayback, want.discounted],
  ] as const) {
    if (typeof value === "number") close(at(row), value, 1e-12);
    else expect(typeof at(row)).toBe("string");
  }
  close(at(SUMMARY_ROWS.npv), want.npv, 1e-12);
  if (typeof want.irr === "number") close(at(SUMMARY_ROWS.irr), want.irr, 1e-9);
  else expect(typeof at(SUMMARY_ROWS.irr)).toBe("string");
  // The sheet lays out 34 bisection steps: within 1e-9 of the function, which bisects to full precision (model.md).
  if (typeof want.required === "number") close(at(SUMMARY_ROWS.requiredGrowth), want.required, 1e-9);
  else expect(at(SUMMARY_ROWS.requiredGrowth)).toBe("not available with custom pacing weights");
  if (typeof want.trough === "number") close(at(SUMMARY_ROWS.trough), want.trough, 1e-12);
}

describe("the Scenarios sheet", () => {
  const plan: WorkbookPlan = buildWorkbookPlan(own, undefined, {
    scenarios: [{ ...base, name: "Late", firstYear: 2027 }],
  });
  const columns = [
    base,
    presetScenario("bull"),
    presetScenario("bear"),
    own,
    { ...base, name: "Late", firstYear: 2027 },
  ];
  const ev = evaluatePlan(plan);

  it("shows each scenario's payback, required growth, NPV, IRR and margin trough as the core computes them alone", () => {
    columns.forEach((s, j) => expectColumn(ev, COLUMNS[j], s));
  });

  it("caches what its formulas compute, in HyperFormula, for every preset built", () => {
    expectCachedValuesMatch(plan, ev);
    for (const id of PRESET_IDS) {
      const preset = buildWorkbookPlan(presetScenario(id));
      expectCachedValuesMatch(preset, evaluatePlan(preset));
    }
  });

  it("keeps every column's figures when the active scenario changes; only the active flag moves", () => {
    const switched = evaluatePlan(plan);
    switched.set("inputs", "C9", "Late");
    columns.forEach((s, j) => expectColumn(switched, COLUMNS[j], s));
    expect(COLUMNS.slice(0, 5).map((c) => switched.value("scenarios", `${c}${SUMMARY_ROWS.active}`))).toEqual([
      0, 0, 0, 0, 1,
    ]);
    expect(switched.value("checks", "C2")).toBe(true);
  });

  it("recomputes a column that is not active when its inputs change on Inputs", () => {
    const edited = evaluatePlan(plan);
    const row = Number(plan.names.find((n) => n.name === "CapexTotal")!.range.replace(/\D/g, ""));
    edited.set("inputs", `H${row}`, 500);
    expectColumn(edited, "H", { ...presetScenario("bear"), capexTotal: 500 });
    expectColumn(edited, "I", own);
  });

  it("fails its check, and so the master check, when a value is typed over the active input in column C", () => {
    // The Payback sheet reads column C, the active scenario's block reads its own column: they part where C is typed
    // over instead of the scenario's column, which is what the check is there to say.
    const typedOver = evaluatePlan(plan);
    const input = Number(plan.names.find((n) => n.name === "CapexTotal")!.range.replace(/\D/g, ""));
    typedOver.set("inputs", `C${input}`, 500);
    const checkLabel = "The active scenario's NPV on the Scenarios sheet equals the Payback sheet's";
    const row = Array.from({ length: 200 }, (_, r) => r + 1).find(
      (r) => typedOver.value("checks", `A${r}`) === checkLabel,
    );
    expect(row).toBeDefined();
    expect(typedOver.value("checks", `C${row}`)).toBe(false);
    expect(evaluatePlan(plan).value("checks", `C${row}`)).toBe(true);
    expect(typedOver.value("checks", "C2")).toBe(false);
    expect(evaluatePlan(plan).value("checks", "C2")).toBe(true);
  });

  it("draws one chart of every scenario's NPV, named by the scenario names", () => {
    const sheet = plan.sheets.find((s) => s.key === "scenarios")!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].categories).toContain(`$F$${SUMMARY_ROWS.name}:$J$${SUMMARY_ROWS.name}`);
    expect(sheet.charts[0].series[0].values).toContain(`$F$${SUMMARY_ROWS.npv}:$J$${SUMMARY_ROWS.npv}`);
  });

  it("names each row of the comparison across the scenario columns", () => {
    const names = new Map(plan.names.map((n) => [n.name, n]));
    expect(names.get("ScenariosNPV")).toMatchObject({
      sheet: "scenarios",
      range: `$F$${SUMMARY_ROWS.npv}:$J$${SUMMARY_ROWS.npv}`,
    });
    for (const name of [
      "ScenariosPaybackSimple",
      "ScenariosPaybackDiscounted",
      "ScenariosRequiredGrowth",
      "ScenariosIRR",
      "ScenariosMarginTrough",
    ]) {
      expect(names.has(name)).toBe(true);
    }
  });
});
