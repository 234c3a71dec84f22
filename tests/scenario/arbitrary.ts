import * as fc from "fast-check";
import { PACING_PROFILES } from "../../src/core/pacing";
import type { Scenario } from "../../src/scenario/types";

// JSON has no negative zero, so -0 would not survive a save and load; it means the same as 0 anyway.
const rate = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

/** Valid scenarios across the whole input space the workbook supports: horizon 1..50, every profile. */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    horizon: fc.integer({ min: 1, max: 50 }),
    capexShare: fc.double({ min: 0, max: 1, noNaN: true }),
    profile: fc.constantFrom(...PACING_PROFILES),
    weightSeed: fc.array(rate(0, 10), { minLength: 50, maxLength: 50 }),
    capexTotal: fc.oneof(fc.constant(0), rate(0, 2000)),
    baseRevenue: fc.oneof(fc.constant(0), rate(0, 500)),
    growth: rate(-0.5, 1),
    terminalGrowth: rate(-0.5, 0.5),
    baselineGrowth: rate(-0.3, 0.5),
    margin: rate(0, 1),
    discountRate: rate(-0.5, 0.5),
    firstYear: fc.integer({ min: 2000, max: 2100 }),
    fx: rate(0.5, 20),
    targetPaybackYears: rate(0.5, 50),
  })
  .map((r): Scenario => {
    const capexYears = Math.min(r.horizon, 1 + Math.floor(r.capexShare * r.horizon));
    // The first weight is at least 1, so custom weights always have a positive sum.
    const customWeights = r.weightSeed.slice(0, capexYears).map((w, i) => (i === 0 ? w + 1 : w));
    return {
      name: "generated",
      description: "",
      capexTotal: r.capexTotal,
      capexYears,
      profile: r.profile,
      ...(r.profile === "custom" ? { customWeights } : {}),
      firstYear: r.firstYear,
      horizon: r.horizon,
      fx: r.fx,
      fxSource: "",
      baseRevenue: r.baseRevenue,
      baseRevenueSource: "",
      growth: r.growth,
      terminalGrowth: r.terminalGrowth,
      baselineGrowth: r.baselineGrowth,
      margin: r.margin,
      discountRate: r.discountRate,
      targetPaybackYears: r.targetPaybackYears,
    };
  });
