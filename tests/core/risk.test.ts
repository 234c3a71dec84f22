import fc from "fast-check";
import { ModelInputError } from "../../src/core/errors";
import { computeCase, type CaseInputs } from "../../src/core/model";
import { mulberry32, uniformDraws } from "../../src/core/random";
import { percentileInclusive, RISK_INPUTS, runRisk, triangularInverse, type RiskSettings } from "../../src/core/risk";
import { scenarioArbitrary } from "../scenario/arbitrary";
import { toCaseInputs } from "../../src/scenario/types";

const base: CaseInputs = {
  capexTotal: 380,
  capexYears: 3,
  profile: "even",
  baseRevenue: 113.447,
  growth: 0.11,
  terminalGrowth: 0.06,
  baselineGrowth: 0.05,
  margin: 0.3,
  discountRate: 0.09,
  firstYear: 2025,
  horizon: 10,
};
const noSpread: RiskSettings["spreads"] = {
  growth: [0, 0],
  terminalGrowth: [0, 0],
  margin: [0, 0],
  capexTotal: [0, 0],
};
const wide: RiskSettings["spreads"] = {
  growth: [0.08, 0.2],
  terminalGrowth: [0.03, 0.04],
  margin: [0.1, 0.1],
  capexTotal: [0, 0.3],
};

/** Mulberry32 again, from its description alone, in BigInt arithmetic modulo 2^32: a second reading of the comment. */
function referenceMulberry32(seed: number, count: number): number[] {
  const mask = (1n << 32n) - 1n;
  const imul = (a: bigint, b: bigint) => (a * b) & mask;
  let state = BigInt(seed);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5n) & mask;
    let t = state;
    t = imul(t ^ (t >> 15n), t | 1n);
    t = (t ^ ((t + imul(t ^ (t >> 7n), t | 61n)) & mask)) & mask;
    out.push((Number((t ^ (t >> 14n)) & mask) + 0.5) / 2 ** 32);
  }
  return out;
}

describe("seeded uniforms", () => {
  it("follow the documented Mulberry32 recurrence", () => {
    for (const seed of [0, 1, 42, 2 ** 31, 2 ** 32 - 1]) {
      expect(Array.from(uniformDraws(seed, 50))).toEqual(referenceMulberry32(seed, 50));
    }
  });

  it("are strictly inside (0, 1), repeatable and centred", () => {
    const draws = uniformDraws(7, 40_000);
    expect(Array.from(uniformDraws(7, 100))).toEqual(Array.from(draws.slice(0, 100)));
    expect(Math.min(...draws)).toBeGreaterThan(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    // The mean of 40,000 uniforms has a standard deviation of 0.0014; 0.01 is seven of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });

  it("refuses seeds that are not whole 32-bit numbers", () => {
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN]) expect(() => mulberry32(seed)).toThrow(ModelInputError);
  });
});

describe("triangular inverse CDF", () => {
  it("maps 0, the mode's probability and 1 to low, mode and high", () => {
    expect(triangularInverse(0, 1, 3, 7)).toBe(1);
    expect(triangularInverse(2 / 6, 1, 3, 7)).toBeCloseTo(3, 12);
    expect(triangularInverse(1, 1, 3, 7)).toBe(7);
    expect(triangularInverse(0.3, 5, 5, 5)).toBe(5);
  });

  it("is the inverse of the triangular CDF", () => {
    // F(x) = (x − a)² / ((b − a)(c − a)) below the mode, 1 − (b − x)² / ((b − a)(b − c)) above it.
    const [a, c, b] = [-0.02, 0.11, 0.3];
    const cdf = (x: number) => (x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c)));
    for (const u of [0.01, 0.2, 0.3, 0.5, 0.77, 0.99]) expect(cdf(triangularInverse(u, a, c, b))).toBeCloseTo(u, 12);
  });
});

describe("PERCENTILE.INC", () => {
  it("interpolates between ranks as Excel does", () => {
    // Excel: PERCENTILE.INC({1,2,3,4,5}, 0.1) = 1.4, 0.5 = 3, 0.9 = 4.6.
    expect(percentileInclusive([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(percentileInclusive([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentileInclusive([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6, 12);
    expect(percentileInclusive([8], 0.9)).toBe(8);
  });
});

describe("risk trials", () => {
  it("with every spread 0, every trial is the scenario itself", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 0, max: 1000 }), (scenario, seed) => {
        const inputs = toCaseInputs(scenario);
        const result = runRisk(inputs, scenario.targetPaybackYears, { trials: 25, seed, spreads: noSpread });
        const model = computeCase(inputs);
        const npv = model.cumulativeDiscountedCashFlow[inputs.horizon - 1];
        const tolerance = 1e-9 * Math.max(1, Math.abs(npv));
        for (const p of [result.npvP10, result.npvP50, result.npvP90])
          expect(Math.abs(p - npv)).toBeLessThan(tolerance);
        expect([0, 1]).toContain(result.probPaybackByTarget);
        expect([0, 1]).toContain(result.probPaybackInHorizon);
        const payback = model.discountedPayback;
        expect(result.probPaybackInHorizon).toBe(payback.kind === "notWithinHorizon" ? 0 : 1);
        if (payback.kind === "year") {
          const period = payback.year - inputs.firstYear;
          expect(Math.abs(result.paybackPeriod[0] - period)).toBeLessThan(1e-9 * Math.max(1, period));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("widening the spreads never narrows P10 to P90", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 3, noNaN: true }), fc.integer({ min: 0, max: 1e6 }), (scale, seed) => {
        const narrow = runRisk(base, 8, { trials: 400, seed, spreads: wide });
        const scaled = Object.fromEntries(
          RISK_INPUTS.map((input) => [input, wide[input].map((side) => side * scale)]),
        ) as unknown as RiskSettings["spreads"];
        fc.pre(scaled.capexTotal[0] <= 1);
        const wider = runRisk(base, 8, { trials: 400, seed, spreads: scaled });
        expect(wider.npvP90 - wider.npvP10).toBeGreaterThanOrEqual(narrow.npvP90 - narrow.npvP10 - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it("counts the histogram and the probabilities from the same trials", () => {
    const result = runRisk({ ...base, growth: 0.25 }, 8, { trials: 1000, seed: 2025, spreads: wide });
    const paid = result.paidBack.reduce((a, b) => a + b, 0);
    expect(result.paybackHistogram.reduce((a, b) => a + b, 0)).toBe(paid);
    expect(result.notPaidBack).toBe(1000 - paid);
    expect(result.probPaybackInHorizon).toBe(paid / 1000);
    const byTarget = Array.from(result.paybackPeriod).filter((p, t) => result.paidBack[t] === 1 && p <= 8).length;
    expect(result.probPaybackByTarget).toBe(byTarget / 1000);
    expect(result.npvP10).toBeLessThanOrEqual(result.npvP50);
    expect(result.npvP50).toBeLessThanOrEqual(result.npvP90);
  });

  it("draws each trial's inputs from the stored uniforms in the documented order", () => {
    // One trial whose uniforms put growth at its high end and everything else at its mode's probability.
    const draws = [1 - 1e-15, 0.03 / 0.07, 0.5, 0];
    const result = runRisk(base, 8, { trials: 1, seed: 0, spreads: wide }, draws);
    // Growth: high − √((1 − u)(b − a)(b − c)) with a = 0.03, c = 0.11, b = 0.31; the rest sit at their modes.
    const growth = 0.31 - Math.sqrt(1e-15 * 0.28 * 0.2);
    const npv = computeCase({ ...base, growth }).cumulativeDiscountedCashFlow[9];
    expect(Math.abs(result.npv[0] - npv)).toBeLessThan(1e-9 * Math.abs(npv));
  });

  it("refuses spreads that would draw impossible inputs, and too few draws", () => {
    const run =
      (spreads: Partial<RiskSettings["spreads"]>, trials = 10) =>
      () =>
        runRisk(base, 8, { trials, seed: 1, spreads: { ...noSpread, ...spreads } });
    expect(run({ growth: [1.2, 0] })).toThrow(/growth spread/);
    expect(run({ capexTotal: [1.5, 0] })).toThrow(/capexTotal/);
    expect(run({ growth: [-0.1, 0] })).toThrow(/finite distances/);
    expect(run({ growth: [Number.NaN, 0] })).toThrow(/finite distances/);
    expect(run({}, 0)).toThrow(/trials/);
    expect(run({}, 10_001)).toThrow(/trials/);
    expect(() => runRisk(base, 8, { trials: 2, seed: 1, spreads: noSpread }, [0.5, 0.5])).toThrow(/uniform draws/);
  });
});

describe("risk paths", () => {
  it("keep each trial's drawn inputs and the case's own revenue and cumulative discounted flow", () => {
    const inputs = { ...base, growth: 0.2 };
    const result = runRisk(inputs, 8, { trials: 30, seed: 9, spreads: wide }, undefined, true);
    const paths = result.paths!;
    for (let trial = 0; trial < 30; trial++) {
      const [growth, terminalGrowth, margin, capexTotal] = paths.drawn.slice(trial * 4, trial * 4 + 4);
      const model = computeCase({ ...inputs, growth, terminalGrowth, margin, capexTotal });
      for (let k = 0; k < inputs.horizon; k++) {
        const at = trial * inputs.horizon + k;
        expect(paths.revenue[at]).toBeCloseTo(model.revenueWithInvestment[k], 9);
        expect(paths.cumulativeDiscounted[at]).toBeCloseTo(model.cumulativeDiscountedCashFlow[k], 9);
      }
      const last = paths.paybackState[trial * inputs.horizon + inputs.horizon - 1];
      if (model.discountedPayback.kind === "year") {
        expect(last).toBeCloseTo(model.discountedPayback.year - inputs.firstYear, 9);
      } else {
        expect(last).toBe(model.discountedPayback.kind === "notWithinHorizon" ? -1 : -2);
      }
    }
  });

  it("are left out unless asked for", () => {
    expect(runRisk(base, 8, { trials: 3, seed: 1, spreads: wide }).paths).toBeUndefined();
  });
});
