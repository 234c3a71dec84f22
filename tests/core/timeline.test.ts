import fc from "fast-check";
import { caseTimeline, computeCase, toUsd, type CaseInputs } from "../../src/core/model";
import {
  logistic,
  profileWeights,
  profileWeightsOverHorizon,
  SCURVE_LOGISTIC_AT_END,
  SCURVE_LOGISTIC_AT_START,
  sCurveCumulative,
  sCurveSchedule,
} from "../../src/core/pacing";
import { compoundFadingGrowth, projectRevenue } from "../../src/core/growth";
import { discountDivisors, discountFlows, paybackPeriod, paybackTrace } from "../../src/core/payback";

// The hand-worked case of model.test.ts: 300 evenly over 3 years, revenue 100 growing 20% against a flat baseline,
// margin 1, discounted at 10%.
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

describe("discountDivisors", () => {
  it("is (1 + r)^k from k = 0: 1, 1.1, 1.21, 1.331", () => {
    [1, 1.1, 1.21, 1.331].forEach((d, k) => expect(discountDivisors(0.1, 4)[k]).toBeCloseTo(d, 14));
    expect(discountDivisors(0.1, 0)).toEqual([]);
  });

  it("divides discountFlows' flows exactly", () => {
    const flows = [-100, 30, 40, 50];
    const divisors = discountDivisors(0.07, 4);
    expect(discountFlows(flows, 0.07)).toEqual(flows.map((f, k) => f / divisors[k]));
  });
});

describe("paybackTrace: the contract's example {−100, 50, 60} from 2025", () => {
  const flows = [-100, 50, 60];
  const trace = paybackTrace([-100, -50, 10], flows, 2025);

  it("flags below zero, back at zero, and the first recovery", () => {
    expect(trace.negativeSoFar).toEqual([1, 1, 1]);
    expect(trace.backToZero).toEqual([0, 0, 1]);
    expect(trace.firstRecovery).toEqual([0, 0, 1]);
  });

  it("puts 2026.8333… in the year of recovery only", () => {
    expect(trace.paybackInYear[0]).toBe(0);
    expect(trace.paybackInYear[1]).toBe(0);
    expect(trace.paybackInYear[2]).toBeCloseTo(2026 + 50 / 60, 12);
  });

  it("marks only the first recovery when the cumulative dips again, and nothing when it never goes negative", () => {
    const twice = paybackTrace([-1, 1, -1, 1], [-1, 2, -2, 2], 0);
    expect(twice.backToZero).toEqual([0, 1, 0, 1]);
    expect(twice.firstRecovery).toEqual([0, 1, 0, 0]);
    expect(paybackTrace([1, 2], [1, 1], 0).paybackInYear).toEqual([0, 0]);
  });

  it("sums to paybackPeriod + firstYear for any flows that pay back", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }), (flows) => {
        let period: number | undefined;
        try {
          period = paybackPeriod(flows);
        } catch {
          period = undefined;
        }
        let sum = 0;
        const cumulative = flows.map((f) => (sum += f));
        const trace = paybackTrace(cumulative, flows, 2000);
        const total = trace.paybackInYear.reduce((a, v) => a + v, 0);
        expect(trace.firstRecovery.reduce((a, v) => a + v, 0)).toBe(period === undefined ? 0 : 1);
        if (period !== undefined) expect(Math.abs(total - 2000 - period)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe("caseTimeline", () => {
  it("gives the hand-worked contribution (margin · ΔR) and divisors", () => {
    const t = caseTimeline(handCase, [100, 100, 100, 0, 0]);
    [20, 44, 72.8, 107.36, 148.832].forEach((c, k) => expect(t.contribution[k]).toBeCloseTo(c, 9));
    [1, 1.1, 1.21, 1.331, 1.4641].forEach((d, k) => expect(t.discountDivisors[k]).toBeCloseTo(d, 12));
  });

  it("is computeCase's figures, bit for bit, for valid inputs", () => {
    const { simplePayback, discountedPayback, ...figures } = computeCase(handCase);
    expect(caseTimeline(handCase, figures.capex)).toEqual(figures);
    expect(simplePayback.kind).toBe("year");
    expect(discountedPayback.kind).toBe("year");
  });

  it("counts capex after the schedule's last value as 0", () => {
    expect(caseTimeline(handCase, [100, 100, 100]).capex).toEqual([100, 100, 100, 0, 0]);
  });

  it("computes growth at or below −100% as the arithmetic gives it, where computeCase refuses", () => {
    const t = caseTimeline({ ...handCase, growth: -1.5, terminalGrowth: -1.5, horizon: 2 }, [300, 0]);
    expect(t.revenueWithInvestment).toEqual([-50, 25]);
    expect(() => computeCase({ ...handCase, growth: -1.5 })).toThrow();
  });
});

describe("compoundFadingGrowth", () => {
  it("is projectRevenue without the checks", () => {
    expect(compoundFadingGrowth(100, 0.2, 4, 0.05)).toEqual(projectRevenue(100, 0.2, 4, 0.05));
    expect(compoundFadingGrowth(100, -2, 2, -2)).toEqual([-100, 100]);
  });
});

describe("the S-curve of functions.md: k = 10, midpoint ½", () => {
  it("σ(±5) at the ends, G(0) = 0, G(½) = ½, G(1) = 1", () => {
    expect(logistic(0)).toBe(0.5);
    expect(SCURVE_LOGISTIC_AT_START).toBeCloseTo(1 / (1 + Math.exp(5)), 15);
    expect(SCURVE_LOGISTIC_AT_END).toBeCloseTo(1 / (1 + Math.exp(-5)), 15);
    expect(sCurveCumulative(0)).toBeCloseTo(0, 15);
    expect(sCurveCumulative(0.5)).toBeCloseTo(0.5, 15);
    expect(sCurveCumulative(1)).toBeCloseTo(1, 15);
  });

  it("over a horizon: elapsed shares k/n and (k+1)/n capped at 1, weights G(end) − G(start)", () => {
    const s = sCurveSchedule(3, 5);
    expect(s.elapsedAtStart).toEqual([0, 1 / 3, 2 / 3, 1, 1]);
    expect(s.elapsedAtEnd).toEqual([1 / 3, 2 / 3, 1, 1, 1]);
    const weights = s.cumulativeAtEnd.map((e, k) => e - s.cumulativeAtStart[k]);
    expect(weights).toEqual(profileWeightsOverHorizon("scurve", 3, 5));
    expect(weights.slice(3)).toEqual([0, 0]);
  });

  it("profileWeightsOverHorizon pads each profile's weights with zeros", () => {
    expect(profileWeightsOverHorizon("front", 3, 5)).toEqual([3, 2, 1, 0, 0]);
    expect(profileWeightsOverHorizon("back", 2, 3)).toEqual([...profileWeights("back", 2), 0]);
  });
});

describe("toUsd", () => {
  it("divides by CNY per USD: RMB 380 bn at 7.2 is about USD 52.8 bn", () => {
    expect(toUsd(380, 7.2)).toBeCloseTo(52.78, 2);
  });
});
