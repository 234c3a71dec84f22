import { discountFlows, paybackPeriod, paybackYear, runningSum } from "../../src/core/payback";
import { errorOf } from "../helpers/model-error";

describe("paybackPeriod and paybackYear: the contract's examples", () => {
  it("{-100, 50, 60} pays back after 1 + 50/60 years", () => {
    expect(paybackPeriod([-100, 50, 60])).toBeCloseTo(1 + 50 / 60, 12);
    expect(paybackYear([-100, 50, 60])).toBeCloseTo(1.8333333333333, 12);
  });

  it("{-100, 50, 60} from 2025 pays back in 2026.8333...", () => {
    expect(paybackYear([-100, 50, 60], 2025)).toBeCloseTo(2026 + 5 / 6, 10);
  });

  describe("the textbook discounted case: 200,000 at 12% recovering in 3.86 years", () => {
    // Flows chosen so that, at 12%, the cumulative after year 3 and the discounted year-4 flow round to the textbook's
    // -32,828.44 and 38,131.08 (200,000 outlay, then 60,000, 70,000, 81,200 and 60,000).
    const flows = [-200_000, 60_000, 70_000, 81_200, 60_000];
    const rate = 0.12;

    it("has the textbook's cumulative and discounted figures", () => {
      const cumulativeAfterYear3 = -200_000 + 60_000 / 1.12 + 70_000 / 1.12 ** 2 + 81_200 / 1.12 ** 3;
      const discountedYear4 = 60_000 / 1.12 ** 4;
      expect(cumulativeAfterYear3.toFixed(2)).toBe("-32828.44");
      expect(discountedYear4.toFixed(2)).toBe("38131.08");
      expect(runningSum(discountFlows(flows, rate))[3]).toBeCloseTo(cumulativeAfterYear3, 8);
    });

    it("pays back after 3 + 32,828.44 / 38,131.08 = 3.86 years", () => {
      const period = paybackPeriod(flows, rate);
      expect(period).toBeCloseTo(3 + 32_828.44 / 38_131.08, 6);
      expect(period.toFixed(2)).toBe("3.86");
      expect(paybackYear(flows, 2025, rate)).toBeCloseTo(2028.86, 2);
    });

    it("pays back sooner without discounting", () => {
      // Undiscounted cumulative: -200,000, -140,000, -70,000, +11,200: recovered in year 3, 70,000 of 81,200 needed.
      expect(paybackPeriod(flows)).toBeCloseTo(2 + 70_000 / 81_200, 12);
    });
  });
});

describe("paybackPeriod: the counting rules", () => {
  it("does not discount flow 0 and discounts flow k by (1 + r)^k", () => {
    const [d0, d1, d2] = discountFlows([-100, 110, 121], 0.1);
    expect(d0).toBe(-100);
    expect(d1).toBeCloseTo(100, 12);
    expect(d2).toBeCloseTo(100, 12);
  });

  it("pays back exactly at a year end when the cumulative reaches 0", () => {
    expect(paybackPeriod([-100, 40, 60])).toBe(2);
  });

  it("counts from the first negative cumulative, not from flow 0", () => {
    // Cumulative 10, -20, -5, 25: first negative at k = 1, recovered in year 3 with 5 of 30 needed.
    expect(paybackPeriod([10, -30, 15, 30])).toBeCloseTo(2 + 5 / 30, 12);
  });

  it("takes the first recovery when the cumulative dips again later", () => {
    // Cumulative -100, 20, -80, 20: recovered in year 1 with 100 of 120 needed.
    expect(paybackPeriod([-100, 120, -100, 100])).toBeCloseTo(100 / 120, 12);
  });

  it("treats a flow of 0 within the cash flows as no cash that year", () => {
    expect(paybackPeriod([-100, 0, 0, 200])).toBeCloseTo(2 + 100 / 200, 12);
  });

  it('is #NUM!, "nothing to pay back", when the cumulative never goes below 0', () => {
    const error = errorOf(() => paybackPeriod([100, 50, -20]));
    expect(error.kind).toBe("num");
    expect(error.message).toMatch(/nothing to pay back/);
    expect(errorOf(() => paybackPeriod([0, 0])).kind).toBe("num");
  });

  it('is #N/A, "not paid back", when the cumulative stays negative', () => {
    const error = errorOf(() => paybackPeriod([-100, 50, 40]));
    expect(error.kind).toBe("na");
    expect(error.message).toMatch(/not paid back within the cash flows given/);
  });

  it("can be paid back undiscounted but not discounted", () => {
    expect(paybackPeriod([-100, 50, 50])).toBe(2);
    expect(errorOf(() => paybackPeriod([-100, 50, 50], 0.05)).kind).toBe("na");
  });

  it.each([
    ["fewer than 2 flows", () => paybackPeriod([-1]), "value"],
    ["a NaN flow", () => paybackPeriod([-1, NaN]), "num"],
    ["an infinite flow", () => paybackPeriod([-1, Infinity]), "num"],
    ["a rate of -1", () => paybackPeriod([-1, 2], -1), "num"],
    ["an infinite first year", () => paybackYear([-1, 2], Infinity), "num"],
  ] as const)("rejects %s", (_name, run, kind) => expect(errorOf(run).kind).toBe(kind));
});

describe("paybackPeriod with flows whose sums overflow (issue 16)", () => {
  it("PAYBACKYEAR({-1e308,-1e308,1e308,1e308,1e308}) is 3: the running sum is computed scaled", () => {
    // Cumulative: -2e308, -1e308, 0 after year 3: recovered exactly at the end of year 3 = 2 + 1e308 / 1e308.
    expect(paybackPeriod([-1e308, -1e308, 1e308, 1e308, 1e308])).toBe(3);
  });

  it("gives the same answer as the flows scaled down, for huge flows", () => {
    const flows = [-1.5e308, -1e308, 0.5e308, 1.7e308, 1e308];
    expect(paybackPeriod(flows)).toBeCloseTo(paybackPeriod(flows.map((f) => f / 1e300)), 12);
    expect(paybackPeriod(flows, 0.01)).toBeCloseTo(
      paybackPeriod(
        flows.map((f) => f / 1e300),
        0.01,
      ),
      12,
    );
  });

  it("a discount factor that overflows does not turn small discounted flows into 0", () => {
    // (1 + 1e300)^2 overflows; the year-2 flow discounted is 1e308 / 1e600 = 1e-292, which recovers the -1e-300.
    expect(paybackPeriod([-1e-300, 0, 1e308], 1e300)).toBeCloseTo(1 + 1e-300 / 1e-292, 12);
  });

  it("a discount factor that underflows does not make flows infinite", () => {
    // At -75% the factor is 4^-k: 2^-1080 in year 540 underflows to 0. That year's flow 2^-1000 discounted is 2^80,
    // which exactly recovers the -2^80 of year 0: payback after 539 + 1 years (not 539, as Infinity would make it).
    const flows = [-(2 ** 80), ...Array.from({ length: 539 }, () => 0), 2 ** -1000];
    expect(paybackPeriod(flows, -0.75)).toBe(540);
  });
});
