import fc from "fast-check";
import type { CaseInputs } from "../../src/core/model";
import { caseNpv, tornado, TORNADO_INPUTS, type TornadoSteps } from "../../src/core/tornado";
import { toCaseInputs } from "../../src/scenario/types";
import { scenarioArbitrary } from "../scenario/arbitrary";

/**
 * Two years worked by hand: revenue 100 growing 10% (110, 121) against 100 without the investment, 50% margin, capex
 * 100 in year 0, 5% discount: CF = −95, 10.5, and NPV = −95 + 10.5 / 1.05 = −85.
 */
const small: CaseInputs = {
  capexTotal: 100,
  capexYears: 1,
  profile: "even",
  baseRevenue: 100,
  growth: 0.1,
  terminalGrowth: 0.1,
  baselineGrowth: 0,
  margin: 0.5,
  discountRate: 0.05,
  firstYear: 2025,
  horizon: 2,
};
const zeroSteps = Object.fromEntries(TORNADO_INPUTS.map((input) => [input, 0])) as unknown as TornadoSteps;

describe("tornado", () => {
  it("computes the NPV as the spec defines it", () => {
    expect(caseNpv(small)).toBeCloseTo(-85, 12);
  });

  it("moves one input at a time, rates by points and amounts by a fraction", () => {
    const rows = tornado(small, { ...zeroSteps, margin: 0.1, capexTotal: 0.1 });
    const margin = rows.find((row) => row.input === "margin")!;
    // Margin 40%: −96 + 8.4 / 1.05 = −88; margin 60%: −94 + 12.6 / 1.05 = −82.
    expect(margin).toMatchObject({ low: 0.4, high: 0.6 });
    expect(margin.npvLow).toBeCloseTo(-88, 12);
    expect(margin.npvHigh).toBeCloseTo(-82, 12);
    const capex = rows.find((row) => row.input === "capexTotal")!;
    // Capex 90 and 110 move year 0 by ∓10.
    expect(capex.low).toBeCloseTo(90, 12);
    expect(capex.npvLow).toBeCloseTo(-75, 12);
    expect(capex.npvHigh).toBeCloseTo(-95, 12);
    // Swings 20 (capex) and 6 (margin), then the zero steps in their listed order.
    expect(rows.map((row) => row.input)).toEqual([
      "capexTotal",
      "margin",
      "growth",
      "terminalGrowth",
      "baselineGrowth",
      "discountRate",
      "baseRevenue",
    ]);
  });

  it("is sorted by swing, and every row brackets the scenario's own NPV when the NPV is monotone in it", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const inputs = toCaseInputs(scenario);
        const steps: TornadoSteps = { ...zeroSteps, margin: 0.05, capexTotal: 0.2, discountRate: 0.01 };
        fc.pre(inputs.discountRate - 0.01 > -1);
        const rows = tornado(inputs, steps);
        for (let i = 1; i < rows.length; i++) expect(rows[i - 1].swing).toBeGreaterThanOrEqual(rows[i].swing);
        const npv = caseNpv(inputs);
        // NPV is linear in capex and in margin, so the scenario's NPV lies between its low and high values.
        for (const input of ["capexTotal", "margin"] as const) {
          const row = rows.find((r) => r.input === input)!;
          const tolerance = 1e-9 * Math.max(1, Math.abs(npv), Math.abs(row.npvLow), Math.abs(row.npvHigh));
          expect(npv).toBeGreaterThanOrEqual(Math.min(row.npvLow, row.npvHigh) - tolerance);
          expect(npv).toBeLessThanOrEqual(Math.max(row.npvLow, row.npvHigh) + tolerance);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("refuses steps that are not finite, negative, or that push a rate to −100%", () => {
    expect(() => tornado(small, { ...zeroSteps, growth: -0.1 })).toThrow(/growth/);
    expect(() => tornado(small, { ...zeroSteps, margin: Number.POSITIVE_INFINITY })).toThrow(/margin/);
    expect(() => tornado(small, { ...zeroSteps, baseRevenue: 1.5 })).toThrow(/at most 1/);
    expect(() => tornado(small, { ...zeroSteps, discountRate: 1.05 })).toThrow(/-100%/);
  });
});
