import fc from "fast-check";
import { computeCase, type CaseInputs } from "../../src/core/model";
import { computeEarnings, type EarningsFlows, type EarningsInputs } from "../../src/core/earnings";
import { ModelInputError } from "../../src/core/errors";
import { netPresentValue } from "../../src/core/returns";

const runs = { numRuns: 200 };

const inputs: EarningsInputs = {
  infraShare: 0.6,
  infraLife: 2,
  facilityLife: 4,
  baselineEbitaMargin: 0.1,
  margin: 0.3,
  discountRate: 0.1,
  firstYear: 2025,
};

/** A four-year case worked by hand below. */
function handFlows(): EarningsFlows {
  const capex = [100, 0, 0, 0];
  const revenueWithInvestment = [200, 220, 240, 300];
  const revenueWithout = [200, 210, 220, 230];
  const incrementalRevenue = revenueWithInvestment.map((r, k) => r - revenueWithout[k]);
  const cashFlow = incrementalRevenue.map((dr, k) => 0.3 * dr - capex[k]);
  return { capex, revenueWithInvestment, revenueWithout, incrementalRevenue, cashFlow };
}

const close = (expected: number[]) => expected.map((x) => expect.closeTo(x, 10));

describe("computeEarnings on a case worked by hand", () => {
  const result = computeEarnings(inputs, handFlows());

  it("depreciates 60% over 2 years and 40% over 4 years, half-year convention", () => {
    // infra: 60 × (1/4, 1/2, 1/4, 0); facilities: 40 × (1/8, 1/4, 1/4, 1/4).
    expect(result.infraDepreciation).toEqual(close([15, 30, 15, 0]));
    expect(result.facilityDepreciation).toEqual(close([5, 10, 10, 10]));
    expect(result.depreciation).toEqual(close([20, 40, 25, 10]));
  });

  it("EBITA: incremental = 0.3 ΔR − D; with the investment = 0.1 B + 0.3 ΔR − D; margin = E / R", () => {
    // ΔR = 0, 10, 20, 70.
    expect(result.incrementalEbita).toEqual(close([-20, -37, -19, 11]));
    expect(result.ebitaWithout).toEqual(close([20, 21, 22, 23]));
    expect(result.ebita).toEqual(close([0, -16, 3, 34]));
    expect(result.ebitaMargin).toEqual(close([0, -16 / 220, 3 / 240, 34 / 300]));
  });

  it("the trough is 2026 at -7.3%; the margin is back above 10% in 2028", () => {
    expect(result.years).toEqual([2025, 2026, 2027, 2028]);
    expect(result.trough).toEqual({ kind: "year", year: 2026, margin: expect.closeTo(-16 / 220, 12) });
    expect(result.recovery).toEqual({ kind: "year", year: 2028 });
  });

  it("NPV and IRR of the cash flows -100, 3, 6, 21", () => {
    expect(result.npv).toBeCloseTo(-100 + 3 / 1.1 + 6 / 1.21 + 21 / 1.331, 10);
    expect(result.irr.kind).toBe("rate");
    if (result.irr.kind === "rate") expect(netPresentValue([-100, 3, 6, 21], result.irr.rate)).toBeCloseTo(0, 9);
  });
});

describe("computeEarnings: trough and recovery edge cases", () => {
  const flat = (revenue: number[], capex: number[]): EarningsFlows => ({
    capex,
    revenueWithInvestment: revenue,
    revenueWithout: revenue,
    incrementalRevenue: revenue.map(() => 0),
    cashFlow: capex.map((c) => -c),
  });

  it("takes the first year on a tie, and says 'not within the horizon' when the margin never recovers", () => {
    // D = 1, 1 with life 1 "half" on capex 1, 1 in both classes: E = 10 − D on R = 100, equal margins.
    const result = computeEarnings({ ...inputs, infraLife: 1, facilityLife: 1 }, flat([100, 100], [2, 0]));
    expect(result.depreciation).toEqual([1, 1]);
    expect(result.trough).toEqual({ kind: "year", year: 2025, margin: 0.09 });
    expect(result.recovery).toEqual({ kind: "notWithinHorizon" });
  });

  it("gives 'noRevenue' margins, never NaN, when the segment has no revenue", () => {
    const result = computeEarnings(inputs, flat([0, 0, 0], [10, 0, 0]));
    expect(result.ebitaMargin).toEqual(["noRevenue", "noRevenue", "noRevenue"]);
    expect(result.trough).toEqual({ kind: "noRevenue" });
    expect(result.recovery).toEqual({ kind: "notWithinHorizon" });
    expect(result.irr).toEqual({ kind: "noSignChange" });
  });
});

describe("computeEarnings: bad input", () => {
  const flows = handFlows();
  it.each([
    ["an infra share above 1", { infraShare: 1.5 }, /infra_share/],
    ["a NaN infra share", { infraShare: NaN }, /infra_share/],
    ["an infra life of 0", { infraLife: 0 }, /infra_life/],
    ["a facility life of 51", { facilityLife: 51 }, /facility_life/],
    ["a facility life of 2.5", { facilityLife: 2.5 }, /facility_life/],
    ["a baseline margin of 150%", { baselineEbitaMargin: 1.5 }, /baseline_ebita_margin/],
    ["a discount rate of -1", { discountRate: -1 }, /discount_rate/],
    ["an infinite margin", { margin: Infinity }, /margin/],
  ])("%s is a #NUM! error", (_name, change, message) => {
    const run = () => computeEarnings({ ...inputs, ...change }, flows);
    expect(run).toThrow(message);
    expect(run).toThrow(ModelInputError);
  });

  it("flows of different lengths are a #VALUE! error", () => {
    expect(() => computeEarnings(inputs, { ...flows, capex: [100] })).toThrow(/same horizon/);
  });

  it("an overflowing flow, EBITA or margin is an error naming the year, never an infinity", () => {
    expect(() => computeEarnings(inputs, { ...flows, revenueWithout: [1, 1, -Infinity, 1] })).toThrow(/year 3/);
    const huge = Number.MAX_VALUE;
    const overflowing = { ...handFlows(), revenueWithout: [huge, 1, 1, 1], incrementalRevenue: [huge, 10, 20, 70] };
    expect(() => computeEarnings({ ...inputs, baselineEbitaMargin: 1, margin: 1 }, overflowing)).toThrow(
      /EBITA overflows in model year 1/,
    );
    const tinyRevenue = { ...handFlows(), revenueWithInvestment: [200, 1e-310, 240, 300] };
    expect(() => computeEarnings(inputs, tinyRevenue)).toThrow(/margin.*year 2/);
  });
});

/** Cases across the model's input space, with evenly spread values (see tests/core/properties.test.ts). */
const evenly = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_000 }).map((i) => min + ((max - min) * i) / 1_000_000);
const caseArbitrary = fc
  .record({
    horizon: fc.integer({ min: 1, max: 50 }),
    capexYearsShare: evenly(0, 1),
    capexTotal: evenly(0, 2000),
    baseRevenue: evenly(0, 500),
    growth: evenly(-0.5, 1),
    terminalGrowth: evenly(-0.5, 0.5),
    baselineGrowth: evenly(-0.5, 0.5),
    margin: evenly(-1, 1),
    discountRate: evenly(-0.5, 0.5),
    infraShare: evenly(0, 1),
    infraLife: fc.integer({ min: 1, max: 50 }),
    facilityLife: fc.integer({ min: 1, max: 50 }),
    baselineEbitaMargin: evenly(-1, 1),
  })
  .map((r) => ({
    ...r,
    capexYears: Math.max(1, Math.ceil(r.capexYearsShare * r.horizon)),
    profile: "even" as const,
    firstYear: 2025,
  }));

describe("computeEarnings on the model's flows: properties", () => {
  it("every figure is finite, NPV is the last cumulative discounted flow, E = baseline EBITA + incremental EBITA", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const flows = computeCase(c as CaseInputs);
        const result = computeEarnings(c, flows);
        const rows = [result.depreciation, result.incrementalEbita, result.ebita, result.ebitaWithout];
        for (const row of rows) expect(row.every(Number.isFinite)).toBe(true);
        for (const m of result.ebitaMargin) expect(m === "noRevenue" || Number.isFinite(m)).toBe(true);
        expect(result.npv).toBe(flows.cumulativeDiscountedCashFlow.at(-1));
        result.ebita.forEach((e, k) => {
          const parts = result.ebitaWithout[k] + result.incrementalEbita[k];
          expect(Math.abs(e - parts)).toBeLessThanOrEqual(1e-9 * (Math.abs(result.ebitaWithout[k]) + 1e3));
        });
      }),
      runs,
    );
  });

  it("with no capex: D = 0, incremental EBITA = margin · ΔR, E = baseline margin · B + margin · ΔR", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const flows = computeCase({ ...c, capexTotal: 0 } as CaseInputs);
        const result = computeEarnings(c, flows);
        expect(result.depreciation.every((d) => d === 0)).toBe(true);
        result.ebita.forEach((e, k) => {
          expect(result.incrementalEbita[k]).toBe(c.margin * flows.incrementalRevenue[k]);
          expect(e).toBe(c.baselineEbitaMargin * flows.revenueWithout[k] + c.margin * flows.incrementalRevenue[k]);
        });
      }),
      runs,
    );
  });

  it("charges the whole capex once the horizon outlasts both lives", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        fc.pre(c.horizon >= c.capexYears + Math.max(c.infraLife, c.facilityLife));
        const flows = computeCase(c as CaseInputs);
        const charged = computeEarnings(c, flows).depreciation.reduce((a, b) => a + b, 0);
        expect(Math.abs(charged - c.capexTotal)).toBeLessThanOrEqual(1e-9 * c.capexTotal);
      }),
      { numRuns: 100 },
    );
  });

  it("the trough is the lowest margin, and the recovery year the first later year back at the baseline", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const result = computeEarnings(c, computeCase(c as CaseInputs));
        const margins = result.ebitaMargin.filter((m): m is number => m !== "noRevenue");
        if (result.trough.kind === "noRevenue") return expect(margins).toHaveLength(0);
        const { year, margin } = result.trough;
        expect(margin).toBe(Math.min(...margins));
        const troughIndex = year - c.firstYear;
        expect(result.ebitaMargin.indexOf(margin)).toBe(troughIndex);
        const later = result.ebitaMargin.slice(troughIndex + 1);
        const back = later.findIndex((m) => m !== "noRevenue" && m >= c.baselineEbitaMargin);
        expect(result.recovery).toEqual(
          back < 0 ? { kind: "notWithinHorizon" } : { kind: "year", year: year + 1 + back },
        );
      }),
      runs,
    );
  });
});
