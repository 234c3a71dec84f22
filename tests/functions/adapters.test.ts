import { cloudGrowth, pacing, paybackYearFunction, requiredGrowthFunction } from "../../src/functions/functions";
import { expectExcelError } from "./excel-error";

const VALUE = "#VALUE!";
const NUM = "#NUM!";
const NA = "#N/A";

/** Compares a spilled row with the expected figures to 1e-12 relative. */
function expectRow(actual: number[][], expected: number[]): void {
  expect(actual).toHaveLength(1);
  expect(actual[0]).toHaveLength(expected.length);
  actual[0].forEach((value, i) => {
    expect(Math.abs(value - expected[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i])));
  });
}

describe("CAPEX.PACING as Excel calls it", () => {
  it("spills one row: front over 3 periods is 3/6, 2/6, 1/6 of the total", () => {
    expectRow(pacing(380, 3, "front"), [190, 380 / 3, 380 / 6]);
  });

  it("defaults to even when the profile is omitted, null or empty text", () => {
    for (const profile of [undefined, null, "", "   "]) expectRow(pacing(90, 3, profile), [30, 30, 30]);
  });

  it("reads the profile case-insensitively and ignores surrounding spaces", () => {
    expectRow(pacing(60, 3, " BACK "), [10, 20, 30]);
    // front over 3 periods: 3/6, 2/6, 1/6 of 60.
    expectRow(pacing(60, 3, "Front"), [30, 20, 10]);
    // The S-curve's own figures are checked against the contract's formula in tests/core/pacing.test.ts.
    expectRow(pacing(60, 4, "\tSCurve"), pacing(60, 4, "scurve")[0]);
  });

  it("takes custom weights as a row or a column, the same either way", () => {
    expectRow(pacing(100, 3, "custom", [[1, 1, 2]]), [25, 25, 50]);
    expectRow(pacing(100, 3, "custom", [[1], [1], [2]]), [25, 25, 50]);
  });

  it("implies the custom profile when weights are given and the profile is blank", () => {
    expectRow(pacing(100, 3, null, [[1, 1, 2]]), [25, 25, 50]);
    expectRow(pacing(100, 3, "", [[1, 1, 2]]), [25, 25, 50]);
  });

  it("counts blank weights as 0, whether Excel passes them as null (web) or 0 (desktop)", () => {
    expectRow(pacing(100, 3, "custom", [[1, null, 3]]), [25, 0, 75]);
    expectRow(pacing(100, 3, "custom", [[1, 0, 3]]), [25, 0, 75]);
  });

  it("treats omitted weights as omitted", () => {
    expectRow(pacing(10, 2, "even", null as unknown as unknown[][]), [5, 5]);
  });

  it.each([
    ["text as the total", () => pacing("12", 3), VALUE, /total.*number.*"12"/],
    ["a boolean as the total", () => pacing(true, 3), VALUE, /total/],
    ["text as the periods", () => pacing(12, "3"), VALUE, /periods/],
    ["a number as the profile", () => pacing(12, 3, 1), VALUE, /profile/],
    ["an unknown profile", () => pacing(12, 3, "linear"), VALUE, /even, front, back, scurve, custom/],
    ["weights with another profile", () => pacing(12, 3, "front", [[1, 2, 3]]), VALUE, /custom/],
    ["custom without weights", () => pacing(12, 3, "custom"), VALUE, /weights/],
    ["too few weights", () => pacing(12, 3, "custom", [[1, 2]]), VALUE, /exactly 3/],
    ["too many weights", () => pacing(12, 3, null, [[1], [2], [3], [4]]), VALUE, /exactly 3/],
    [
      "a 2-D block of weights",
      () =>
        pacing(12, 4, "custom", [
          [1, 2],
          [3, 4],
        ]),
      VALUE,
      /single row or column/,
    ],
    ["text among the weights", () => pacing(12, 3, "custom", [[1, "2", 3]]), VALUE, /item 2/],
    ["a boolean among the weights", () => pacing(12, 3, "custom", [[1], [false], [3]]), VALUE, /item 2/],
    ["a negative total", () => pacing(-1, 3), NUM, /total/],
    ["a NaN total", () => pacing(NaN, 3), NUM, /total/],
    ["an infinite total", () => pacing(Infinity, 3), NUM, /total/],
    ["2.5 periods", () => pacing(12, 2.5), NUM, /whole number from 1 to 600/],
    ["0 periods", () => pacing(12, 0), NUM, /periods/],
    ["601 periods", () => pacing(12, 601), NUM, /periods/],
    ["infinite periods", () => pacing(12, -Infinity), NUM, /periods/],
    ["a negative weight", () => pacing(12, 2, "custom", [[1, -1]]), NUM, /weights/],
    ["weights that sum to 0", () => pacing(12, 2, "custom", [[0, null]]), NUM, /positive/],
    ["a NaN weight", () => pacing(12, 2, "custom", [[NaN, 1]]), NUM, /finite/],
    ["an infinite weight", () => pacing(12, 2, "custom", [[Infinity, 1]]), NUM, /finite/],
  ] as const)("%s is an error", (_name, run, code, message) => expectExcelError(run, code, message));
});

describe("CAPEX.CLOUDGROWTH as Excel calls it", () => {
  it("spills revenue with the growth fading linearly: 20%, 15%, 10%", () => {
    expectRow(cloudGrowth(100, 0.2, 3, 0.1), [120, 138, 151.8]);
  });

  it("grows at a constant rate when terminal_growth is omitted or blank", () => {
    expectRow(cloudGrowth(100, 0.1, 2), [110, 121]);
    expectRow(cloudGrowth(100, 0.1, 2, null), [110, 121]);
  });

  it.each([
    ["text as the base", () => cloudGrowth("100", 0.1, 3), VALUE, /base/],
    ["text as the growth", () => cloudGrowth(100, "11%", 3), VALUE, /growth/],
    ["a boolean as the terminal growth", () => cloudGrowth(100, 0.1, 3, true), VALUE, /terminal_growth/],
    ["a negative base", () => cloudGrowth(-5, 0.1, 3), NUM, /base/],
    ["growth of -100%", () => cloudGrowth(100, -1, 3), NUM, /above -1/],
    ["a NaN terminal growth", () => cloudGrowth(100, 0.1, 3, NaN), NUM, /terminal_growth/],
    ["an infinite growth", () => cloudGrowth(100, Infinity, 3), NUM, /growth/],
    ["2.5 periods", () => cloudGrowth(100, 0.1, 2.5), NUM, /periods/],
    ["a projection that overflows", () => cloudGrowth(1e300, 9, 600), NUM, /overflows/],
  ] as const)("%s is an error", (_name, run, code, message) => expectExcelError(run, code, message));
});

describe("CAPEX.PAYBACKYEAR as Excel calls it", () => {
  it("gives the contract's examples, as a row or a column", () => {
    expect(paybackYearFunction([[-100, 50, 60]])).toBeCloseTo(1 + 50 / 60, 12);
    expect(paybackYearFunction([[-100], [50], [60]])).toBeCloseTo(1 + 50 / 60, 12);
    expect(paybackYearFunction([[-100, 50, 60]], 2025)).toBeCloseTo(2026 + 50 / 60, 10);
  });

  it("treats omitted or blank first_year and discount_rate as 0", () => {
    expect(paybackYearFunction([[-100, 50, 60]], null, null)).toBeCloseTo(1 + 50 / 60, 12);
    expect(paybackYearFunction([[-100, 50, 60]], undefined, undefined)).toBeCloseTo(1 + 50 / 60, 12);
  });

  it("counts blank cells among the flows as 0, null (web) or 0 (desktop)", () => {
    expect(paybackYearFunction([[-100, null, 150]])).toBeCloseTo(1 + 100 / 150, 12);
    expect(paybackYearFunction([[-100, 0, 150]])).toBeCloseTo(1 + 100 / 150, 12);
  });

  it("discounts: {-100, 55, 121} at 10% is {-100, 50, 100}, paid back after 1 + 50/100 years", () => {
    expect(paybackYearFunction([[-100, 55, 121]], 0, 0.1)).toBeCloseTo(1.5, 12);
    expect(paybackYearFunction([[-100, 55, 121]], 2030, 0.1)).toBeCloseTo(2031.5, 10);
  });

  it.each([
    ["a single flow", () => paybackYearFunction([[-100]]), VALUE, /at least 2/],
    [
      "a single flow passed as a scalar",
      () => paybackYearFunction(-100 as unknown as unknown[][]),
      VALUE,
      /at least 2/,
    ],
    ["text among the flows", () => paybackYearFunction([[-100, "50", 60]]), VALUE, /item 2 is text "50"/],
    ["a boolean among the flows", () => paybackYearFunction([[-100], [true], [60]]), VALUE, /item 2/],
    [
      "a 2-D block of flows",
      () =>
        paybackYearFunction([
          [-100, 50],
          [60, 70],
        ]),
      VALUE,
      /single row or column/,
    ],
    ["text as the first year", () => paybackYearFunction([[-100, 150]], "2025"), VALUE, /first_year/],
    ["a boolean as the discount rate", () => paybackYearFunction([[-100, 150]], 0, false), VALUE, /discount_rate/],
    ["a NaN flow", () => paybackYearFunction([[-100, NaN, 150]]), NUM, /finite/],
    ["an infinite flow", () => paybackYearFunction([[-100, Infinity]]), NUM, /finite/],
    ["an infinite first year", () => paybackYearFunction([[-100, 150]], Infinity), NUM, /first_year/],
    ["a discount rate of -1", () => paybackYearFunction([[-100, 150]], 0, -1), NUM, /discount_rate/],
    ["flows never below 0", () => paybackYearFunction([[100, 50]]), NUM, /nothing to pay back/],
    ["flows that never recover", () => paybackYearFunction([[-100, 50, 40]]), NA, /not paid back/],
  ] as const)("%s is an error", (_name, run, code, message) => expectExcelError(run, code, message));
});

describe("CAPEX.REQUIREDGROWTH as Excel calls it", () => {
  // Worked by hand in tests/core/model.test.ts: capex 100 in one year, base revenue 100, margin 1, target 1 year:
  // g^2 + 3g - 1 = 0.
  const expected = (-3 + Math.sqrt(13)) / 2;

  it("gives the hand-worked answer, with optional arguments omitted or blank", () => {
    expect(requiredGrowthFunction(100, 1, 100, 1, 1)).toBeCloseTo(expected, 8);
    expect(requiredGrowthFunction(100, 1, 100, 1, 1, null, null, null)).toBeCloseTo(expected, 8);
    expect(requiredGrowthFunction(100, 1, 100, 1, 1, 0, 0, " Even ")).toBeCloseTo(expected, 8);
  });

  it("is the baseline growth when there is no capex", () => {
    expect(requiredGrowthFunction(0, 3, 100, 0.3, 5, 0.04)).toBe(0.04);
  });

  it.each([
    ["text as the capex", () => requiredGrowthFunction("380", 3, 100, 0.3, 8), VALUE, /capex_total/],
    ["a boolean as the margin", () => requiredGrowthFunction(380, 3, 100, true, 8), VALUE, /margin/],
    ["the custom profile", () => requiredGrowthFunction(380, 3, 100, 0.3, 8, 0, 0, "custom"), VALUE, /profile/],
    ["an unknown profile", () => requiredGrowthFunction(380, 3, 100, 0.3, 8, 0, 0, "fast"), VALUE, /profile/],
    ["1.5 capex years", () => requiredGrowthFunction(380, 1.5, 100, 0.3, 8), NUM, /capex_years/],
    ["51 capex years", () => requiredGrowthFunction(380, 51, 100, 0.3, 8), NUM, /capex_years/],
    ["a margin of 0", () => requiredGrowthFunction(380, 3, 100, 0, 8), NUM, /margin/],
    ["a target of 0 years", () => requiredGrowthFunction(380, 3, 100, 0.3, 0), NUM, /target_years/],
    ["a target of 51 years", () => requiredGrowthFunction(380, 3, 100, 0.3, 51), NUM, /target_years/],
    ["a NaN baseline growth", () => requiredGrowthFunction(380, 3, 100, 0.3, 8, NaN), NUM, /baseline_growth/],
    ["no base revenue", () => requiredGrowthFunction(380, 3, 0, 0.3, 8), NA, /1,000% a year/],
    ["a target no growth can reach", () => requiredGrowthFunction(1e9, 1, 1, 0.3, 0.5), NA, /1,000% a year/],
  ] as const)("%s is an error", (_name, run, code, message) => expectExcelError(run, code, message));
});
