import fc from "fast-check";
import { ModelInputError } from "../../src/core/errors";
import { discountFlows, runningSum } from "../../src/core/payback";
import { internalRateOfReturn, netPresentValue, IRR_SEARCH_LIMIT } from "../../src/core/returns";

const runs = { numRuns: 300 };
/** Evenly spread cents and basis points (fc.double crowds near 0; see tests/core/properties.test.ts). */
const flow = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const rateBetween = (min: number, max: number) =>
  fc.integer({ min: min * 10_000, max: max * 10_000 }).map((bp) => bp / 10_000);

const rateOf = (flows: number[]): number => {
  const outcome = internalRateOfReturn(flows);
  if (outcome.kind !== "rate") throw new Error(`expected a rate, got ${outcome.kind}`);
  return outcome.rate;
};

/** Σ |cf_k| / (1 + r)^k: the scale against which an NPV of "0" is judged. */
const grossValue = (flows: number[], rate: number) =>
  flows.reduce((sum, cf, k) => sum + Math.abs(cf) / Math.pow(1 + rate, k), 0);

describe("netPresentValue", () => {
  it("discounts every flow but the first: {-100, 55, 121} at 10% is -100 + 50 + 100", () => {
    expect(netPresentValue([-100, 55, 121], 0.1)).toBeCloseTo(50, 12);
    expect(netPresentValue([-100, 110], 0.1)).toBeCloseTo(0, 12);
    expect(netPresentValue([-100, 50, 60], 0)).toBe(10);
  });

  it("equals the payback table's last cumulative discounted flow, to the bit", () => {
    fc.assert(
      fc.property(fc.array(flow(-1e6, 1e6), { minLength: 1, maxLength: 50 }), rateBetween(-0.5, 1), (flows, r) => {
        expect(netPresentValue(flows, r)).toBe(runningSum(discountFlows(flows, r)).at(-1));
      }),
      runs,
    );
  });

  it("rejects rates at or below -100% and non-finite flows, and an NPV too large to represent", () => {
    expect(() => netPresentValue([1, 2], -1)).toThrow(/discount_rate/);
    expect(() => netPresentValue([1, NaN], 0.1)).toThrow(/finite/);
    expect(() => netPresentValue(Array(50).fill(1e10), -1 + 1e-9)).toThrow(/too large/);
    expect(() => netPresentValue(Array(50).fill(1e10), -1 + 1e-9)).toThrow(ModelInputError);
  });
});

describe("internalRateOfReturn", () => {
  it("solves textbook cases", () => {
    expect(rateOf([-100, 110])).toBeCloseTo(0.1, 14);
    // -100 + 50v + 60v² = 0: v = (-50 + √(2500 + 24000)) / 120.
    const v = (-50 + Math.sqrt(26_500)) / 120;
    expect(rateOf([-100, 50, 60])).toBeCloseTo(1 / v - 1, 14);
    expect(rateOf([-100, 100])).toBe(0);
    expect(rateOf([-100, 50])).toBeCloseTo(-0.5, 14);
    expect(rateOf([0, 0, -100, 0, 300])).toBeCloseTo(Math.sqrt(3) - 1, 14);
  });

  it("gives no rate where the flows do not change sign", () => {
    for (const flows of [[0, 0], [1, 2, 0], [-1, -2], [5]]) {
      expect(internalRateOfReturn(flows)).toEqual({ kind: "noSignChange" });
    }
  });

  it("gives no rate where the NPV never crosses 0, or only beyond the search limits", () => {
    // 1 − 3v + 3v² has no real root.
    expect(internalRateOfReturn([1, -3, 3])).toEqual({ kind: "noRateFound" });
    expect(Math.expm1(IRR_SEARCH_LIMIT)).toBeCloseTo(1e6, 6);
    expect(internalRateOfReturn([-1, 1e7])).toEqual({ kind: "noRateFound" });
    expect(internalRateOfReturn([-1e7, 1])).toEqual({ kind: "noRateFound" });
  });

  it("with several roots, returns the one nearest 0", () => {
    // -100 + 230v − 132v² = 0 at r = 10% and r = 20%.
    expect(rateOf([-100, 230, -132])).toBeCloseTo(0.1, 12);
    // Roots at r = −5% and r = +20%: (v − 1/0.95)(v − 1/1.2).
    const [v1, v2] = [1 / 0.95, 1 / 1.2];
    expect(rateOf([v1 * v2, -(v1 + v2), 1])).toBeCloseTo(-0.05, 12);
  });

  it("rejects non-finite flows", () => {
    expect(() => internalRateOfReturn([-1, Infinity])).toThrow(/finite/);
  });

  /** One outlay, then returns: the textbook conventional investment. */
  const conventional = fc
    .tuple(flow(1, 1e6), fc.array(flow(0, 1e6), { minLength: 1, maxLength: 49 }))
    .map(([outlay, returns]) => [-outlay, ...returns]);

  it("has an NPV of 0 at the IRR, to rounding, whenever it finds one", () => {
    fc.assert(
      fc.property(fc.array(flow(-1e6, 1e6), { minLength: 2, maxLength: 50 }), (flows) => {
        const outcome = internalRateOfReturn(flows);
        if (outcome.kind !== "rate" || outcome.rate < -0.9) return;
        const npv = flows.reduce((sum, cf, k) => sum + cf / Math.pow(1 + outcome.rate, k), 0);
        expect(Math.abs(npv)).toBeLessThanOrEqual(1e-9 * grossValue(flows, outcome.rate));
      }),
      runs,
    );
  });

  it("finds the one root of a flow with one sign change: NPV > 0 below it and < 0 above it", () => {
    fc.assert(
      fc.property(conventional, (flows) => {
        fc.pre(flows.slice(1).some((cf) => cf > 0));
        const outcome = internalRateOfReturn(flows);
        if (outcome.kind === "noRateFound") {
          // Only where the one root lies beyond the search limits: the NPV has one sign at both ends of the range.
          const [low, high] = [Math.expm1(-IRR_SEARCH_LIMIT), Math.expm1(IRR_SEARCH_LIMIT)];
          expect(Math.sign(netPresentValue(flows, low))).toBe(Math.sign(netPresentValue(flows, high)));
          return;
        }
        const rate = rateOf(flows);
        for (const r of [rate - 0.05, rate - 0.01]) if (r > -1) expect(netPresentValue(flows, r)).toBeGreaterThan(0);
        for (const r of [rate + 0.01, rate + 0.05]) expect(netPresentValue(flows, r)).toBeLessThan(0);
      }),
      runs,
    );
  });

  it("NPV falls as the rate rises, for a conventional investment", () => {
    fc.assert(
      fc.property(conventional, rateBetween(-0.5, 1), rateBetween(0.0001, 0.5), (flows, r, step) => {
        fc.pre(flows.slice(1).some((cf) => cf > 0));
        expect(netPresentValue(flows, r + step)).toBeLessThan(netPresentValue(flows, r));
      }),
      runs,
    );
  });
});
