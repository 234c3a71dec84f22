import fc from "fast-check";
import type { CaseInputs } from "../../src/core/model";
import { computeCase } from "../../src/core/model";
import {
  caseNpv,
  tornado,
  tornadoRow,
  TORNADO_INPUTS,
  type TornadoRow,
  type TornadoSteps,
} from "../../src/core/tornado";
import { presetScenario } from "../../src/scenario/presets";
import { validateScenario } from "../../src/scenario/validate";
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

  // Issue 16: a discount rate of -50% moved down by 0.4999999 is -99.99999%, above -100% and so a rate, but over 50
  // years (1 + r)^k underflows to 0 and the NPV was Infinity, ranked first with an infinite swing.
  const longCase: CaseInputs = { ...small, horizon: 50, capexYears: 3, discountRate: -0.5 };

  it("refuses a step whose moved case is too large to represent, naming the step, instead of an infinite swing", () => {
    expect(() => tornadoRow(longCase, "discountRate", 0.4999999)).toThrow(
      "the tornado step for discountRate takes it to -99.99999%, where the NPV is too large to represent; use a smaller step.",
    );
    expect(() => tornado(longCase, { ...zeroSteps, discountRate: 0.4999999 })).toThrow(/tornado step for discountRate/);
  });

  it("gives finite rows for every step it accepts near the edge", () => {
    for (const step of [0.3, 0.45, 0.49, 0.499, 0.4999, 0.49999, 0.499999, 0.4999999]) {
      let row: TornadoRow;
      try {
        row = tornadoRow(longCase, "discountRate", step);
      } catch (error) {
        expect((error as Error).message).toMatch(/tornado step for discountRate/);
        continue;
      }
      for (const value of [row.low, row.high, row.npvLow, row.npvHigh, row.swing])
        expect(Number.isFinite(value)).toBe(true);
    }
  });

  it("validation puts the refusal at the tornado step's field, once", () => {
    const scenario = { ...presetScenario("base"), horizon: 50, discountRate: -0.5, tornadoDiscountRateStep: 0.4999999 };
    const issues = validateScenario(scenario);
    expect(issues).toEqual([{ field: "tornadoDiscountRateStep", message: expect.stringMatching(/-99\.99999%/) }]);
    // The same scenario with the default step is valid, and its tornado finite.
    const fine = { ...scenario, tornadoDiscountRateStep: undefined };
    expect(validateScenario(fine)).toEqual([]);
  });
});

describe("computeCase never returns a figure that is not finite (issue 16)", () => {
  it("refuses a discount rate whose divisors underflow to 0, naming the figure and the year", () => {
    expect(() => computeCase({ ...small, horizon: 50, discountRate: -0.9999999 })).toThrow(
      /discounted cash flow of year \d+ is too large to represent/,
    );
  });

  it("refuses a margin whose contribution overflows", () => {
    expect(() => computeCase({ ...small, baseRevenue: 1e300, margin: 1e300 })).toThrow(/too large to represent/);
  });
});
