import { fadedGrowthRate, projectRevenue } from "../../src/core/growth";
import { ModelInputError } from "../../src/core/errors";

function expectClose(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) =>
    expect(Math.abs(value - expected[i])).toBeLessThanOrEqual(1e-12 * Math.abs(expected[i])),
  );
}

describe("projectRevenue", () => {
  it("compounds a constant rate when no terminal rate is given", () => {
    expectClose(projectRevenue(100, 0.1, 3), [110, 121, 133.1]);
  });

  it("fades the rate linearly from growth to terminal_growth: 20%, 15%, 10% over three periods", () => {
    expectClose(projectRevenue(100, 0.2, 3, 0.1), [120, 120 * 1.15, 120 * 1.15 * 1.1]);
  });

  it("uses the initial growth for a single period even with a different terminal rate", () => {
    expectClose(projectRevenue(100, 0.3, 1, 0.05), [130]);
  });

  it("reaches the terminal rate in the last period (to rounding)", () => {
    expect(fadedGrowthRate(0.11, 0.05, 10, 10)).toBeCloseTo(0.05, 15);
    expect(fadedGrowthRate(0.11, 0.05, 1, 10)).toBe(0.11);
    expect(fadedGrowthRate(0.2, 0.1, 2, 3)).toBeCloseTo(0.15, 15);
  });

  it("handles shrinking revenue (negative rates above -1)", () => {
    expectClose(projectRevenue(100, -0.5, 2), [50, 25]);
  });

  it.each([
    ["a negative base", () => projectRevenue(-1, 0.1, 3)],
    ["growth of -100%", () => projectRevenue(1, -1, 3)],
    ["terminal growth below -1", () => projectRevenue(1, 0.1, 3, -2)],
    ["NaN growth", () => projectRevenue(1, NaN, 3)],
    ["2.5 periods", () => projectRevenue(1, 0.1, 2.5)],
    ["601 periods", () => projectRevenue(1, 0.1, 601)],
    ["a projection that overflows", () => projectRevenue(1e300, 9, 600)],
  ])("rejects %s with #NUM!", (_name, run) => {
    expect(run).toThrow(ModelInputError);
    try {
      run();
    } catch (error) {
      expect((error as ModelInputError).kind).toBe("num");
    }
  });
});
