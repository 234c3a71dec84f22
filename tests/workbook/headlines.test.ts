import { computeCase } from "../../src/core/model";
import { requiredGrowth, requiredGrowthInputsOf } from "../../src/core/requiredGrowth";
import { requiredGrowthInSteps } from "../../src/core/requiredGrowthTrace";
import { PRESET_IDS, presetScenario, toCaseInputs } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { SheetKey } from "../../src/workbook/plan-types";
import { cell, COL } from "../../src/workbook/sheets/grid";
import { evaluatePlan, parseAddress } from "../helpers/evaluate-plan";

/** The row whose label column reads `label` on a sheet of the plan. */
function rowLabelled(plan: ReturnType<typeof buildWorkbookPlan>, sheet: SheetKey, label: string): number {
  for (const block of plan.sheets.find((s) => s.key === sheet)!.blocks) {
    const at = parseAddress(block.anchor);
    const index = block.cells.findIndex((cells) => at.col === COL.label && cells[0] === label);
    if (index >= 0) return at.row + index;
  }
  throw new Error(`no row "${label}" on ${sheet}`);
}

describe.each(PRESET_IDS)("headline figures of the %s preset", (id) => {
  const scenario = presetScenario(id);
  const plan = buildWorkbookPlan(scenario);
  const ev = evaluatePlan(plan);
  const result = computeCase(toCaseInputs(scenario));
  const requiredInputs = requiredGrowthInputsOf(
    { ...scenario, profile: scenario.profile === "custom" ? "even" : scenario.profile },
    scenario.targetPaybackYears,
  );
  const inSteps = requiredGrowthInSteps(requiredInputs);
  const exact = requiredGrowth(requiredInputs);

  it.each(["cover", "dashboard"] as const)(
    "on %s: capex, payback and the growth needed, as the core computes them",
    (sheet) => {
      const value = (label: string) => ev.value(sheet, cell(COL.constant, rowLabelled(plan, sheet, label)));
      expect(value("Capex total in USD")).toBeCloseTo(scenario.capexTotal / scenario.fx, 9);
      const simple = value("Payback year, simple");
      if (result.simplePayback.kind === "year") expect(simple).toBeCloseTo(result.simplePayback.year, 9);
      else expect(typeof simple).toBe("string");
      // The Sensitivity sheet bisects 34 times (to 1e-9, as the contract asks) and the headline links to it; the
      // function goes on to full precision, so the two differ by less than the last bracket, 11 / 2^34.
      const needed = value("Growth needed to pay back by the target") as number;
      expect(Math.abs(needed - inSteps)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(needed - exact)).toBeLessThanOrEqual(11 / 2 ** 34 + 1e-12);
      expect(value("In words")).toMatch(/^Needs \d+\.\d% a year to pay back \(discounted\)/);
    },
  );
});
