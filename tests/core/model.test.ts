import { computeCase, type CaseInputs } from "../../src/core/model";
import { requiredGrowth, type RequiredGrowthInputs } from "../../src/core/requiredGrowth";
import { errorOf } from "../helpers/model-error";

function expectClose(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 9));
}

// 300 spent evenly over 3 years; revenue 100 in the base year growing 20% a year against a flat baseline; every unit
// of incremental revenue is cash (margin 1). Worked by hand:
//   capex     100, 100, 100, 0, 0
//   revenue   120, 144, 172.8, 207.36, 248.832;  without: 100 each year
//   cash flow -80, -56, -27.2, 107.36, 148.832;  cumulative -80, -136, -163.2, -55.84, 92.992
const handCase: CaseInputs = {
  capexTotal: 300,
  capexYears: 3,
  profile: "even",
  baseRevenue: 100,
  growth: 0.2,
  terminalGrowth: 0.2,
  baselineGrowth: 0,
  margin: 1,
  discountRate: 0.1,
  firstYear: 2025,
  horizon: 5,
};

describe("computeCase", () => {
  const result = computeCase(handCase);

  it("lays out the years, capex, revenues and cash flows as worked by hand", () => {
    expect(result.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expectClose(result.capex, [100, 100, 100, 0, 0]);
    expectClose(result.revenueWithInvestment, [120, 144, 172.8, 207.36, 248.832]);
    expectClose(result.revenueWithout, [100, 100, 100, 100, 100]);
    expectClose(result.incrementalRevenue, [20, 44, 72.8, 107.36, 148.832]);
    expectClose(result.cashFlow, [-80, -56, -27.2, 107.36, 148.832]);
    expectClose(result.cumulativeCashFlow, [-80, -136, -163.2, -55.84, 92.992]);
  });

  it("pays back (simple) in 2025 + 3 + 55.84 / 148.832", () => {
    expect(result.simplePayback.kind).toBe("year");
    if (result.simplePayback.kind === "year") expect(result.simplePayback.year).toBeCloseTo(2028 + 55.84 / 148.832, 9);
  });

  it("discounts at 10% and pays back later", () => {
    const d = [-80, -56 / 1.1, -27.2 / 1.21, 107.36 / 1.331, 148.832 / 1.4641];
    expectClose(result.discountedCashFlow, d);
    const c3 = d[0] + d[1] + d[2] + d[3];
    expectClose(result.cumulativeDiscountedCashFlow, [d[0], d[0] + d[1], d[0] + d[1] + d[2], c3, c3 + d[4]]);
    expect(result.discountedPayback.kind).toBe("year");
    if (result.discountedPayback.kind === "year")
      expect(result.discountedPayback.year).toBeCloseTo(2028 - c3 / d[4], 9);
  });

  it("reports a baseline that grows too: B_k = base (1 + baseline)^(k+1)", () => {
    const withBaseline = computeCase({ ...handCase, baselineGrowth: 0.1, horizon: 3 });
    expectClose(withBaseline.revenueWithout, [110, 121, 133.1]);
    expectClose(withBaseline.cashFlow, [10 - 100, 23 - 100, 39.7 - 100]);
  });

  it("reports capex beyond the pacing years as 0 and fades growth over the whole horizon", () => {
    const faded = computeCase({ ...handCase, capexYears: 2, profile: "front", terminalGrowth: 0.1, horizon: 3 });
    expectClose(faded.capex, [200, 100, 0]);
    expectClose(faded.revenueWithInvestment, [120, 138, 151.8]);
  });

  it('says "not within the horizon" when the cash never recovers', () => {
    const short = computeCase({ ...handCase, horizon: 4 });
    expect(short.simplePayback).toEqual({ kind: "notWithinHorizon" });
    expect(short.discountedPayback).toEqual({ kind: "notWithinHorizon" });
  });

  it('says "nothing to pay back" when there is no capex and revenue only grows', () => {
    const free = computeCase({ ...handCase, capexTotal: 0 });
    expect(free.simplePayback).toEqual({ kind: "nothingToPayBack" });
  });

  it("treats a one-year horizon as too short for a payback table", () => {
    const oneYear = computeCase({ ...handCase, capexYears: 1, horizon: 1 });
    expect(oneYear.simplePayback).toEqual({ kind: "notWithinHorizon" });
  });

  it.each([
    ["a horizon of 51", { horizon: 51 }],
    ["capex years beyond the horizon", { capexYears: 6 }],
    ["a negative capex", { capexTotal: -1 }],
    ["growth of -1", { growth: -1 }],
    ["a NaN margin", { margin: NaN }],
  ])("rejects %s with #NUM!", (_name, change) => {
    expect(errorOf(() => computeCase({ ...handCase, ...change })).kind).toBe("num");
  });
});

// One year of capex (100) against revenue of 100 in the base year and a flat baseline, margin 1:
//   CF_0 = 100 (1 + g) - 100 - 100 = 100 g - 100,   CF_1 = 100 (1 + g)^2 - 100.
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

describe("requiredGrowth", () => {
  it("target 1 year: C_1 = 0 gives g^2 + 3g - 1 = 0, g = (-3 + sqrt 13) / 2", () => {
    expect(Math.abs(requiredGrowth(oneYear) - (-3 + Math.sqrt(13)) / 2)).toBeLessThanOrEqual(2e-9);
  });

  it("target half a year: C_0 + d_1 / 2 = 0 gives g^2 + 4g - 2 = 0, g = -2 + sqrt 6", () => {
    expect(Math.abs(requiredGrowth({ ...oneYear, targetYears: 0.5 }) - (-2 + Math.sqrt(6)))).toBeLessThanOrEqual(2e-9);
  });

  it("discounted at 10%: 100g - 100 + (100(1+g)^2 - 100) / 1.1 = 0, g = (-31 + sqrt 1401) / 20", () => {
    const g = requiredGrowth({ ...oneYear, discountRate: 0.1 });
    expect(Math.abs(g - (-31 + Math.sqrt(1401)) / 20)).toBeLessThanOrEqual(2e-9);
  });

  it("never returns a rate that falls short: Q(g) >= 0 at the answer", () => {
    const g = requiredGrowth(oneYear);
    expect(100 * g - 100 + 100 * (1 + g) ** 2 - 100).toBeGreaterThanOrEqual(0);
  });

  it("with no capex, is the baseline growth", () => {
    expect(requiredGrowth({ ...oneYear, capexTotal: 0, baselineGrowth: 0.07 })).toBe(0.07);
  });

  it("with no base revenue, is #N/A", () => {
    const error = errorOf(() => requiredGrowth({ ...oneYear, baseRevenue: 0 }));
    expect(error.kind).toBe("na");
    expect(error.message).toMatch(/no growth rate up to 1,000% a year/);
  });

  it("when even 1,000% a year is not enough, is #N/A", () => {
    expect(errorOf(() => requiredGrowth({ ...oneYear, capexTotal: 1e9, targetYears: 0.5 })).kind).toBe("na");
  });

  it.each([
    ["a margin of 0", { margin: 0 }],
    ["a target of 0 years", { targetYears: 0 }],
    ["a target beyond 50 years", { targetYears: 50.5 }],
    ["capex years of 1.5", { capexYears: 1.5 }],
    ["capex years of 51", { capexYears: 51 }],
    ["a discount rate of -1", { discountRate: -1 }],
    ["a negative base revenue", { baseRevenue: -1 }],
  ])("rejects %s with #NUM!", (_name, change) => {
    expect(errorOf(() => requiredGrowth({ ...oneYear, ...change })).kind).toBe("num");
  });
});

describe("requiredGrowth with amounts and rates whose flows overflow (issue 16)", () => {
  it("huge amounts give the answer of the same amounts scaled down: g = (-3 + sqrt 13) / 2", () => {
    const huge = { ...oneYear, capexTotal: 1e306, baseRevenue: 1e306, targetYears: 1 };
    expect(Math.abs(requiredGrowth(huge) - (-3 + Math.sqrt(13)) / 2)).toBeLessThanOrEqual(2e-9);
    // 50 years against a baseline growing 900% a year: (1 + g)^51 times 1e306 overflows unscaled, with and without.
    const long = {
      ...oneYear,
      capexTotal: 1e306,
      baseRevenue: 1e306,
      capexYears: 5,
      targetYears: 50,
      baselineGrowth: 9,
    };
    expect(requiredGrowth(long)).toBe(requiredGrowth({ ...long, capexTotal: 1, baseRevenue: 1 }));
  });

  it("flows that overflow whatever the scale are #NUM! with the reason, never 'paid back'", () => {
    const error = errorOf(() => requiredGrowth({ ...oneYear, margin: 1e300, targetYears: 50 }));
    expect(error.kind).toBe("num");
    expect(error.message).toMatch(/overflow/);
  });
});
