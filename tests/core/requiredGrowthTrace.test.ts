import fc from "fast-check";
import { ModelInputError } from "../../src/core/errors";
import { paceCapex } from "../../src/core/pacing";
import {
  cumulativeAtTarget,
  GROWTH_SEARCH_HIGH,
  GROWTH_SEARCH_LOW,
  requiredGrowth,
  type RequiredGrowthInputs,
} from "../../src/core/requiredGrowth";
import {
  bisectionSteps,
  requiredGrowthBisectionTrace,
  requiredGrowthFromTrace,
  requiredGrowthInSteps,
  TARGET_FLOW_YEARS,
  targetFlowTable,
  targetFlowTerms,
} from "../../src/core/requiredGrowthTrace";
import { errorOf } from "../helpers/model-error";

// model.md: bisection on (−1, 10] to 1e-9. The bracket is 11 / 2^n wide after n halvings.
const STEPS = 34;
const WIDTH_AFTER_STEPS = 11 / 2 ** STEPS;

// One year of capex (100) against revenue of 100 in the base year and a flat baseline, margin 1 (as in model.test.ts):
// target 1 year: C_1 = (100 g − 100) + (100 (1 + g)^2 − 100) = 0, so g² + 3g − 1 = 0, g = (−3 + √13) / 2.
const oneYear: RequiredGrowthInputs = {
  capexTotal: 100,
  capexYears: 1,
  baseRevenue: 100,
  margin: 1,
  targetYears: 1,
  baselineGrowth: 0,
  discountRate: 0,
  profile: "even",
};
const ROOT = (-3 + Math.sqrt(13)) / 2;

describe("bisectionSteps", () => {
  it("halves (−1, 10] 34 times to reach model.md's 1e-9: 11 / 2^34 ≤ 1e-9 < 11 / 2^33", () => {
    expect(bisectionSteps()).toBe(STEPS);
    expect(bisectionSteps(-1, 10, 1e-9)).toBe(STEPS);
    expect(WIDTH_AFTER_STEPS).toBeLessThanOrEqual(1e-9);
    expect(11 / 2 ** (STEPS - 1)).toBeGreaterThan(1e-9);
  });

  it("counts no step when the interval is already narrow enough, one when it is twice too wide", () => {
    expect(bisectionSteps(0, 1, 1)).toBe(0);
    expect(bisectionSteps(0, 2, 1)).toBe(1);
  });
});

describe("targetFlowTable", () => {
  it("weights 1 up to k = ⌈T⌉, then T − (k − 1), then 0; divisors (1 + r)^(n − 1); baseline B (1 + b)^n", () => {
    const t = targetFlowTable({ ...oneYear, targetYears: 2.25, discountRate: 0.1, baselineGrowth: 0.5 }, [60, 40], 5);
    expect(t.wholeYears).toBe(3);
    expect(t.shareOfLastYear).toBeCloseTo(0.25, 15);
    expect(t.yearNumbers).toEqual([1, 2, 3, 4, 5]);
    expect(t.weights).toEqual([1, 1, 1, 0.25, 0]);
    [1, 1.1, 1.21, 1.331, 1.4641].forEach((d, y) => expect(t.divisors[y]).toBeCloseTo(d, 12));
    [150, 225, 337.5, 506.25, 759.375].forEach((b, y) => expect(t.revenueWithout[y]).toBeCloseTo(b, 9));
    expect(t.capex).toEqual([60, 40, 0, 0, 0]);
  });

  it("covers ⌈T⌉ + 1 years for every target up to the longest horizon", () => {
    expect(TARGET_FLOW_YEARS).toBe(51);
    expect(targetFlowTable({ ...oneYear, targetYears: 50 }, [100]).weights.every((w) => w === 1)).toBe(true);
  });

  it("its terms are model.md's flows: (100 g − 100) and 100 (1 + g)^2 − 100 at target 1", () => {
    const t = targetFlowTable(oneYear, [100], 3);
    const terms = targetFlowTerms(oneYear, t, 0.5);
    expect(terms[0]).toBeCloseTo(100 * 0.5 - 100, 12);
    expect(terms[1]).toBeCloseTo(100 * 1.5 ** 2 - 100, 12);
    expect(terms[2]).toBe(0);
  });
});

describe("requiredGrowthBisectionTrace", () => {
  const capex = paceCapex(100, 1, "even");
  const trace = requiredGrowthBisectionTrace(oneYear, capex, STEPS);

  it("takes exactly the steps it is given, starting from (−1, 10]", () => {
    expect(trace.steps).toHaveLength(STEPS);
    expect(trace.steps[0]).toMatchObject({ low: GROWTH_SEARCH_LOW, high: GROWTH_SEARCH_HIGH, mid: 4.5 });
    expect(requiredGrowthBisectionTrace(oneYear, capex, 0).result).toBe(GROWTH_SEARCH_HIGH);
  });

  it("lands within 11 / 2^34 of the root of g² + 3g − 1, above it", () => {
    expect(trace.result).toBeGreaterThanOrEqual(ROOT - 1e-15);
    expect(trace.result - ROOT).toBeLessThanOrEqual(WIDTH_AFTER_STEPS);
  });

  it("Q at the top of the interval: 100·10 − 100 + 100·11² − 100", () => {
    expect(trace.upperQ).toBeCloseTo(1000 - 100 + 12100 - 100, 9);
  });

  it("answers as requiredGrowth does where no search is needed, and says #N/A as it does", () => {
    expect(requiredGrowthInSteps({ ...oneYear, capexTotal: 0, baselineGrowth: 0.07 })).toBe(0.07);
    expect(errorOf(() => requiredGrowthInSteps({ ...oneYear, baseRevenue: 0 })).kind).toBe("na");
    expect(errorOf(() => requiredGrowthInSteps({ ...oneYear, capexTotal: 1e9, targetYears: 0.5 })).kind).toBe("na");
    expect(errorOf(() => requiredGrowthInSteps({ ...oneYear, margin: 0 })).kind).toBe("num");
    expect(requiredGrowthFromTrace(oneYear, trace)).toBe(trace.result);
    expect(requiredGrowthInSteps(oneYear)).toBe(trace.result);
  });
});

// As in properties.test.ts: inputs whose Q crosses zero once.
const rateBetween = (min: number, max: number) =>
  fc.integer({ min: min * 10_000, max: max * 10_000 }).map((bp) => bp / 10_000);
const inputsArbitrary = fc.record({
  capexTotal: fc.double({ min: 1, max: 1000, noNaN: true }),
  capexYears: fc.integer({ min: 1, max: 10 }),
  baseRevenue: fc.double({ min: 10, max: 1000, noNaN: true }),
  margin: fc.double({ min: 0.05, max: 1, noNaN: true }),
  targetYears: fc.double({ min: 0.25, max: 50, noNaN: true }),
  baselineGrowth: rateBetween(0, 0.1),
  discountRate: rateBetween(0, 0.15),
  profile: fc.constantFrom("even" as const, "front" as const, "back" as const, "scurve" as const),
});

function orUndefined(f: () => number): number | undefined {
  try {
    return f();
  } catch (error) {
    if (error instanceof ModelInputError && error.kind === "na") return undefined;
    throw error;
  }
}

describe("trace properties", () => {
  it("each step halves the bracket, keeping the half where Q changes sign", () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.integer({ min: 1, max: 40 }), (inputs, steps) => {
        const capex = paceCapex(inputs.capexTotal, inputs.capexYears, inputs.profile);
        const { steps: trace, result } = requiredGrowthBisectionTrace(inputs, capex, steps);
        trace.forEach((step, s) => {
          expect(step.mid).toBe((step.low + step.high) / 2);
          const next = trace[s + 1] ?? { low: NaN, high: result };
          expect(next.high).toBe(step.q >= 0 ? step.mid : step.high);
          if (s + 1 < trace.length) expect(next.low).toBe(step.q >= 0 ? step.low : step.mid);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("the laid-out Q is cumulativeAtTarget's Q, term by term summed", () => {
    fc.assert(
      fc.property(inputsArbitrary, rateBetween(-0.5, 2), (inputs, g) => {
        const capex = paceCapex(inputs.capexTotal, inputs.capexYears, inputs.profile);
        const terms = targetFlowTerms(inputs, targetFlowTable(inputs, capex), g);
        const laidOut = terms.reduce((a, v) => a + v, 0);
        const scale = terms.reduce((a, v) => a + Math.abs(v), 0);
        expect(Math.abs(laidOut - cumulativeAtTarget(inputs, g, capex))).toBeLessThanOrEqual(
          1e-12 * Math.max(1, scale),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("34 steps land within 11 / 2^34 of the full-precision answer, never below it by more than rounding", () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        const exact = orUndefined(() => requiredGrowth(inputs));
        const stepped = orUndefined(() => requiredGrowthInSteps(inputs));
        expect(stepped === undefined).toBe(exact === undefined);
        if (exact === undefined || stepped === undefined) return;
        expect(stepped - exact).toBeGreaterThanOrEqual(-1e-12);
        expect(stepped - exact).toBeLessThanOrEqual(WIDTH_AFTER_STEPS + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
