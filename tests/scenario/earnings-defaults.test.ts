import { validateEarningsInputs } from "../../src/core/earnings";
import { EARNINGS_DEFAULTS } from "../../src/scenario/earnings-defaults";

describe("the earnings defaults", () => {
  it("are the sourced figures: 43.0% infrastructure, 3 and 20 years, a 9.05% baseline EBITA margin", () => {
    expect(EARNINGS_DEFAULTS.infraShare.value).toBeCloseTo(117_458 / 272_957, 12);
    expect(EARNINGS_DEFAULTS.infraShare.value).toBeCloseTo(0.43, 3);
    expect(EARNINGS_DEFAULTS.infraLife.value).toBe(3);
    expect(EARNINGS_DEFAULTS.facilityLife.value).toBe(20);
    expect(EARNINGS_DEFAULTS.baselineEbitaMargin.value).toBeCloseTo(0.0905, 4);
  });

  it("are valid model inputs", () => {
    const inputs = {
      infraShare: EARNINGS_DEFAULTS.infraShare.value,
      infraLife: EARNINGS_DEFAULTS.infraLife.value,
      facilityLife: EARNINGS_DEFAULTS.facilityLife.value,
      baselineEbitaMargin: EARNINGS_DEFAULTS.baselineEbitaMargin.value,
      margin: 0.3,
      discountRate: 0.09,
      firstYear: 2025,
    };
    expect(() => validateEarningsInputs(inputs)).not.toThrow();
  });

  it("each cite at least one URL", () => {
    for (const entry of Object.values(EARNINGS_DEFAULTS)) expect(entry.source).toMatch(/https?:\/\/\S+/);
  });
});
