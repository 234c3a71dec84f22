import fc from "fast-check";
import { paceCapex } from "../../src/core/pacing";
import { fadedGrowthRate, projectRevenue } from "../../src/core/growth";
import { discountFlows, paybackPeriod, runningSum } from "../../src/core/payback";
import { computeCase } from "../../src/core/model";
import { requiredGrowth, type RequiredGrowthInputs } from "../../src/core/requiredGrowth";
import { ModelInputError } from "../../src/core/errors";

const runs = { numRuns: 300 };
const money = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const periods = fc.integer({ min: 1, max: 600 });
const profile = fc.constantFrom("even", "front", "back", "scurve" as const);

/**
 * A cash flow in whole cents between `min` and `max`, spread evenly. fc.double spreads over the doubles' bit patterns
 * instead, so two thirds of its draws in ±1e6 are below 1e-100: flows that are all but zero and that never pay back.
 */
const flow = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((cents) => cents / 100);
/** A rate in whole basis points, spread evenly for the same reason: 9 in 10 fc.double draws in (-0.5, 1) are < 1e-6. */
const rateBetween = (min: number, max: number) =>
  fc.integer({ min: min * 10_000, max: max * 10_000 }).map((bp) => bp / 10_000);

describe("pacing properties", () => {
  it("sums to the total and is never negative, for every profile", () => {
    fc.assert(
      fc.property(money(1e12), periods, profile, (total, n, p) => {
        const result = paceCapex(total, n, p);
        const sum = result.reduce((a, b) => a + b, 0);
        expect(result).toHaveLength(n);
        expect(result.every((x) => x >= 0)).toBe(true);
        expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * total + 1e-300);
      }),
      runs,
    );
  });

  it("sums to the total and is never negative with custom weights", () => {
    fc.assert(
      fc.property(
        money(1e12),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const result = paceCapex(total, weights.length, "custom", weights);
          expect(result.every((x) => x >= 0)).toBe(true);
          const sum = result.reduce((a, b) => a + b, 0);
          // The absolute floor covers subnormal totals, where a single rounding is already a large relative error.
          expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * total + 1e-300);
        },
      ),
      runs,
    );
  });

  it("front declines and back rises, period by period", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.integer({ min: 2, max: 600 }), (total, n) => {
        const front = paceCapex(total, n, "front");
        const back = paceCapex(total, n, "back");
        // Plain comparisons in the loop: an expect() per period makes 600-period runs crawl.
        const frontDeclines = front.every((x, i) => i === 0 || x < front[i - 1]);
        const backRises = back.every((x, i) => i === 0 || x > back[i - 1]);
        expect([frontDeclines, backRises]).toEqual([true, true]);
      }),
      runs,
    );
  });

  it("the S-curve is symmetric and peaks in the middle", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.integer({ min: 2, max: 600 }), (total, n) => {
        const s = paceCapex(total, n, "scurve");
        const tolerance = 1e-9 * total;
        const symmetric = s.every((x, i) => Math.abs(x - s[n - 1 - i]) <= tolerance);
        // Rising up to the middle period (two middle periods when n is even), falling after it.
        const middle = Math.floor((n - 1) / 2);
        const rises = s.every((x, i) => i === 0 || i > middle || x >= s[i - 1] - tolerance);
        const falls = s.every((x, i) => i < n - middle || x <= s[i - 1] + tolerance);
        const peak = Math.max(...s);
        const peakInMiddle = peak - s[middle] <= tolerance && peak - s[n - 1 - middle] <= tolerance;
        expect({ symmetric, rises, falls, peakInMiddle }).toEqual({
          symmetric: true,
          rises: true,
          falls: true,
          peakInMiddle: true,
        });
      }),
      runs,
    );
  });
});

describe("growth properties", () => {
  it("projections rise with the growth rate, period by period", () => {
    const rate = rateBetween(-0.9, 2);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        rate,
        rate,
        rate,
        fc.integer({ min: 1, max: 60 }),
        (base, a, b, terminal, n) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const slow = projectRevenue(base, low, n, terminal);
          const fast = projectRevenue(base, high, n, terminal);
          slow.forEach((r, t) => expect(fast[t]).toBeGreaterThanOrEqual(r * (1 - 1e-12)));
        },
      ),
      runs,
    );
  });

  it("compounds exactly fadedGrowthRate, period by period, to the bit", () => {
    // The projection's loop is written for speed; the Cloud sheet shows fadedGrowthRate. They must never drift apart.
    const rate = rateBetween(-0.9, 2);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), rate, rate, periods, (base, growth, terminal, n) => {
        const expected: number[] = [];
        let revenue = base;
        for (let t = 1; t <= n; t++) expected.push((revenue *= 1 + fadedGrowthRate(growth, terminal, t, n)));
        // A projection that overflows is rejected instead; that case has its own test.
        fc.pre(expected.every(Number.isFinite));
        expect(projectRevenue(base, growth, n, terminal)).toEqual(expected);
      }),
      runs,
    );
  });
});

/** Cumulative (discounted) flow at a point in time, interpolated linearly within each year as payback tables do. */
function cumulativeAt(flows: readonly number[], rate: number, years: number): number {
  const d = discountFlows(flows, rate);
  const c = runningSum(d);
  const whole = Math.floor(years);
  return whole + 1 < d.length ? c[whole] + (years - whole) * d[whole + 1] : c[whole];
}

/** Outflows first, then inflows: the shape for which discounting can only delay payback. */
const conventionalFlows = fc
  .tuple(
    fc.array(flow(-1e6, -1), { minLength: 1, maxLength: 5 }),
    fc.array(flow(0, 1e6), { minLength: 1, maxLength: 20 }),
  )
  .map(([out, inflows]) => [...out, ...inflows]);

/** Any finite flows, starting with an outlay so that there usually is something to pay back. */
const anyFlows = fc
  .tuple(flow(-1e6, -1), fc.array(flow(-1e6, 1e6), { minLength: 1, maxLength: 20 }))
  .map(([first, rest]) => [first, ...rest]);

function paybackOrUndefined(flows: readonly number[], rate: number): number | undefined {
  try {
    return paybackPeriod(flows, rate);
  } catch (error) {
    if (error instanceof ModelInputError && (error.kind === "na" || error.kind === "num")) return undefined;
    throw error;
  }
}

describe("payback properties", () => {
  it("the cumulative flow interpolated at the payback point is zero", () => {
    fc.assert(
      fc.property(anyFlows, rateBetween(-0.5, 1), (flows, rate) => {
        const period = paybackOrUndefined(flows, rate);
        fc.pre(period !== undefined);
        const scale = discountFlows(flows, rate).reduce((a, b) => a + Math.abs(b), 0);
        expect(Math.abs(cumulativeAt(flows, rate, period!))).toBeLessThanOrEqual(1e-9 * scale);
        // ... and it is negative just before, so the point is a recovery and not any crossing.
        const before = Math.max(0, period! - 1e-6);
        if (before < period!) expect(cumulativeAt(flows, rate, before)).toBeLessThan(1e-9 * scale);
      }),
      runs,
    );
  });

  it("a positive discount rate never makes payback earlier (conventional flows)", () => {
    fc.assert(
      fc.property(conventionalFlows, rateBetween(0.0001, 1), (flows, rate) => {
        const simple = paybackOrUndefined(flows, 0);
        const discounted = paybackOrUndefined(flows, rate);
        // Not paid back at all is never earlier, so only the runs that pay back discounted have something to check;
        // those must pay back simple too, and no later. fc.pre keeps the 300 runs to runs that check it.
        fc.pre(discounted !== undefined);
        expect(simple).toBeDefined();
        expect(discounted).toBeGreaterThanOrEqual(simple! - 1e-9);
      }),
      runs,
    );
  });
});

// Inputs for which the cumulative discounted flow crosses zero once at the answer: baseline growth ≥ 0 and growth above
// it make incremental revenue rise every year, and even or front pacing never raises capex, so the cash flow rises.
const requiredGrowthInputs = fc.record({
  capexTotal: fc.double({ min: 1, max: 1000, noNaN: true }),
  capexYears: fc.integer({ min: 1, max: 10 }),
  baseRevenue: fc.double({ min: 10, max: 1000, noNaN: true }),
  margin: fc.double({ min: 0.05, max: 1, noNaN: true }),
  targetYears: fc.double({ min: 0.25, max: 30, noNaN: true }),
  baselineGrowth: rateBetween(0, 0.1),
  discountRate: rateBetween(0, 0.15),
  profile: fc.constantFrom("even" as const, "front" as const),
});

function requiredOrUndefined(inputs: RequiredGrowthInputs): number | undefined {
  try {
    return requiredGrowth(inputs);
  } catch (error) {
    if (error instanceof ModelInputError && error.kind === "na") return undefined;
    throw error;
  }
}

describe("required growth properties", () => {
  it("the discounted payback period at the returned growth equals the target", () => {
    fc.assert(
      fc.property(requiredGrowthInputs, (inputs) => {
        const g = requiredOrUndefined(inputs);
        fc.pre(g !== undefined && g > inputs.baselineGrowth);
        const k = Math.ceil(inputs.targetYears);
        fc.pre(inputs.capexYears <= k + 1);
        // One year past model.md's k + 1: where the target is a whole number to within 1e-12, the case's own sums may
        // leave C_k a rounding error below 0 and so recover in flow k + 1, a hair after the target, not "never".
        const result = computeCase({
          ...inputs,
          growth: g!,
          terminalGrowth: g!,
          firstYear: 2000,
          horizon: k + 2,
        });
        expect(result.discountedPayback.kind).toBe("year");
        if (result.discountedPayback.kind === "year") {
          expect(Math.abs(result.discountedPayback.year - 2000 - inputs.targetYears)).toBeLessThanOrEqual(1e-6);
        }
      }),
      runs,
    );
  });

  it("a later target never needs more growth", () => {
    fc.assert(
      fc.property(requiredGrowthInputs, fc.double({ min: 0, max: 20, noNaN: true }), (inputs, extra) => {
        // Once all capex is spent the cumulative only rises, so the claim is about targets past the capex years.
        fc.pre(inputs.targetYears >= inputs.capexYears);
        const sooner = requiredOrUndefined(inputs);
        const later = requiredOrUndefined({ ...inputs, targetYears: Math.min(50, inputs.targetYears + extra) });
        if (sooner !== undefined) expect(later).toBeLessThanOrEqual(sooner + 1e-9);
      }),
      runs,
    );
  });

  it("a higher margin never needs more growth", () => {
    fc.assert(
      fc.property(requiredGrowthInputs, fc.double({ min: 0, max: 2, noNaN: true }), (inputs, extra) => {
        const thin = requiredOrUndefined(inputs);
        const fat = requiredOrUndefined({ ...inputs, margin: inputs.margin + extra });
        if (thin !== undefined) expect(fat).toBeLessThanOrEqual(thin + 1e-9);
      }),
      runs,
    );
  });
});
