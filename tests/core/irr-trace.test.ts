import fc from "fast-check";
import { ModelInputError } from "../../src/core/errors";
import {
  IRR_BISECTION_STEPS,
  IRR_SCAN_POINTS,
  IRR_SCAN_STEP,
  IRR_SEARCH_LIMIT,
  gridRate,
  npvSign,
} from "../../src/core/irr-search";
import { irrSearchTrace, valueAtOutcome, type IrrSideTrace } from "../../src/core/irr-trace";
import { internalRateOfReturn, netPresentValue } from "../../src/core/returns";
import { computeCase } from "../../src/core/model";
import { toCaseInputs } from "../../src/scenario";
import { scenarioArbitrary } from "../scenario/arbitrary";

/** The IRR search as the Payback sheet lays it out (irr-trace.ts) against the core's rate (returns.ts). */

const runs = { numRuns: 300 };
const flow = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const trace = (flows: number[]) => irrSearchTrace(flows, IRR_BISECTION_STEPS);

function rateOf(flows: number[]): number {
  const outcome = trace(flows).outcome;
  if (outcome.kind !== "rate") throw new Error(`expected a rate, got ${outcome.kind}`);
  return outcome.rate;
}

describe("irrSearchTrace by hand", () => {
  it("finds 10% for -100, 0, 121 and for -100, 110, and -50% for -100, 50", () => {
    expect(rateOf([-100, 0, 121])).toBeCloseTo(0.1, 15);
    expect(rateOf([-100, 110])).toBeCloseTo(0.1, 15);
    expect(rateOf([-100, 50])).toBeCloseTo(-0.5, 15);
  });

  it("says no sign change for flows of one sign, and no rate where the NPV never crosses 0", () => {
    for (const flows of [[1, 2, 3], [-1, 0, -2], [0, 0], [5]])
      expect(trace(flows).outcome).toEqual({ kind: "noSignChange" });
    // 1 − 3v + 3v² has no real root; -1 then 1e7 has its root at r = 1e7 − 1, beyond the search.
    expect(trace([1, -3, 3]).outcome).toEqual({ kind: "noRateFound" });
    expect(trace([-1, 1e7]).outcome).toEqual({ kind: "noRateFound" });
  });

  it("gives 0 where the flows sum to 0, as the sheet's IF on the value at 0 does", () => {
    const t = trace([-100, 40, 60]);
    expect(t.valueAtZero).toBe(0);
    expect(t.outcome).toEqual({ kind: "rate", rate: 0 });
    expect(valueAtOutcome(t)).toBe(0);
    expect(t.above.grid.every((v) => v === 0)).toBe(true);
  });

  it("scales the flows to a largest magnitude of 1 and reverses them for the side below 0", () => {
    const t = trace([-200, 50, 100]);
    expect(t.largest).toBe(200);
    expect(t.scaled).toEqual([-1, 0.25, 0.5]);
    expect(t.reversed).toEqual([0.5, 0.25, -1]);
    expect(t.valueAtZero).toBe(-0.25);
    expect(t.signAtZero).toBe(-1);
  });

  it("scans 1,382 points a side, ln(1 + r) up to ln(1 + 10^6), and lays out the steps it is given", () => {
    expect(IRR_SCAN_POINTS).toBe(1382);
    expect(gridRate(1, IRR_SCAN_POINTS)).toBeCloseTo(1e6, 3);
    expect(gridRate(-1, IRR_SCAN_POINTS)).toBeCloseTo(-1 + 1 / (1 + 1e6), 15);
    expect(gridRate(1, 1)).toBeCloseTo(Math.expm1(IRR_SCAN_STEP), 15);
    const t = irrSearchTrace([-100, 0, 121], 7);
    expect(t.above.grid).toHaveLength(IRR_SCAN_POINTS);
    expect(t.above.steps).toHaveLength(7);
    expect(Math.exp(IRR_SEARCH_LIMIT)).toBeCloseTo(1e6 + 1, 3);
  });

  it("brackets 10% between grid points 9 and 10 (ln 1.1 = 0.0953) and halves the bracket at every step", () => {
    const { above, below } = trace([-100, 0, 121]);
    expect(above.firstChange).toBe(10);
    expect(above.found).toBe(true);
    expect(below.found).toBe(false);
    expect(below.firstChange).toBe(IRR_SCAN_POINTS + 1);
    expect(above.steps[0].near).toBeCloseTo(Math.expm1(0.09), 14);
    expect(above.steps[0].far).toBeCloseTo(Math.expm1(0.1), 14);
    for (let s = 1; s < above.steps.length; s++) {
      const [before, after] = [above.steps[s - 1], above.steps[s]];
      // Halved, to the rounding of a midpoint near 0.1 (a few units of 1e-17).
      expect(Math.abs(after.far - after.near - (before.far - before.near) / 2)).toBeLessThanOrEqual(1e-16);
    }
    const last = above.steps[above.steps.length - 1];
    expect(last.far - last.near).toBeLessThanOrEqual(1e-16);
  });

  it("rejects flows that are not finite numbers, as internalRateOfReturn does", () => {
    expect(() => trace([-1, NaN])).toThrow(ModelInputError);
  });
});

/** Any flows of up to 50 years, and the conventional investment: one outlay, then returns. */
const anyFlows = fc.array(flow(-1e6, 1e6), { minLength: 1, maxLength: 50 });
const conventional = fc
  .tuple(flow(1, 1e6), fc.array(flow(0, 1e6), { minLength: 1, maxLength: 49 }))
  .map(([outlay, returns]) => [-outlay, ...returns]);

function expectPrefixOfPositives(side: IrrSideTrace): void {
  const firstNotPositive = side.grid.findIndex((v) => !(v > 0));
  const positives = firstNotPositive < 0 ? side.grid.length : firstNotPositive;
  expect(side.firstChange).toBe(positives + 1);
  expect(side.grid.slice(positives + 1).every((v) => v === 0)).toBe(true);
}

describe("irrSearchTrace against internalRateOfReturn", () => {
  it("gives exactly the core's outcome, for any flows", () => {
    fc.assert(
      fc.property(fc.oneof(anyFlows, conventional), (flows) => {
        expect(trace(flows).outcome).toEqual(internalRateOfReturn(flows));
      }),
      runs,
    );
  });

  it("gives exactly the core's outcome for the model's cash flows of generated scenarios", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const flows = computeCase(toCaseInputs(scenario)).cashFlow;
        expect(trace(flows).outcome).toEqual(internalRateOfReturn(flows));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps a prefix of positive grid values, then 0, and a bracket whose ends straddle the sign change", () => {
    fc.assert(
      fc.property(anyFlows, (flows) => {
        const t = trace(flows);
        for (const side of [t.above, t.below]) {
          expectPrefixOfPositives(side);
          if (!side.found || t.signAtZero === 0) continue;
          const { near, far } = side.steps[0];
          expect(t.signAtZero * npvSign(t.scaled, far)).toBeLessThanOrEqual(1e-12);
          if (near !== 0) expect(t.signAtZero * npvSign(t.scaled, near)).toBeGreaterThan(-1e-12);
        }
      }),
      runs,
    );
  });

  it("ends at a root: the NPV at the rate is 0 relative to the flows' gross value", () => {
    fc.assert(
      fc.property(conventional, (flows) => {
        const t = trace(flows);
        if (t.outcome.kind !== "rate" || t.outcome.rate < -0.9) return;
        const r = t.outcome.rate;
        const gross = flows.reduce((sum, cf, k) => sum + Math.abs(cf) / Math.pow(1 + r, k), 0);
        expect(Math.abs(netPresentValue(flows, r))).toBeLessThanOrEqual(1e-9 * gross);
        expect(Math.abs(valueAtOutcome(t)!)).toBeLessThanOrEqual(1e-9);
      }),
      runs,
    );
  });
});
