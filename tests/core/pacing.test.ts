import { paceCapex, profileWeights, sCurveCumulative } from "../../src/core/pacing";
import { ModelInputError } from "../../src/core/errors";

/** The contract's S-curve, written out again here so that the core is checked against the spec, not against itself. */
function specScurveShares(n: number): number[] {
  const sigma = (x: number) => 1 / (1 + Math.exp(-x));
  const k = 10;
  const g = (x: number) => (sigma(k * (x - 0.5)) - sigma(-k / 2)) / (sigma(k / 2) - sigma(-k / 2));
  const w = Array.from({ length: n }, (_, idx) => g((idx + 1) / n) - g(idx / n));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

function expectClose(actual: readonly number[], expected: readonly number[], relative = 1e-12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expect(Math.abs(value - expected[i])).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected[i])));
  });
}

function expectInputError(run: () => unknown, kind: ModelInputError["kind"]): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ModelInputError);
  expect((caught as ModelInputError).kind).toBe(kind);
}

describe("paceCapex profiles", () => {
  it("even splits the total equally and is the default", () => {
    expectClose(paceCapex(120, 4, "even"), [30, 30, 30, 30]);
    expectClose(paceCapex(120, 4), [30, 30, 30, 30]);
  });

  it("front with n = 3 gives 3/6, 2/6, 1/6 of the total", () => {
    expectClose(paceCapex(380, 3, "front"), [(380 * 3) / 6, (380 * 2) / 6, (380 * 1) / 6]);
  });

  it("back with n = 4 gives 1/10, 2/10, 3/10, 4/10 of the total", () => {
    expectClose(paceCapex(50, 4, "back"), [5, 10, 15, 20]);
  });

  it.each([1, 2, 3, 5, 10, 37])("scurve over %i periods follows the contract's logistic formula", (n) => {
    const total = 1000;
    expectClose(
      paceCapex(total, n, "scurve"),
      specScurveShares(n).map((share) => total * share),
      1e-12,
    );
  });

  it("the S-curve's cumulative share runs from 0 to 1 and is one half at the midpoint", () => {
    expect(sCurveCumulative(0)).toBeCloseTo(0, 15);
    expect(sCurveCumulative(1)).toBeCloseTo(1, 15);
    expect(sCurveCumulative(0.5)).toBeCloseTo(0.5, 15);
  });

  it("a single period gets the whole total whatever the profile", () => {
    for (const profile of ["even", "front", "back", "scurve"] as const) expectClose(paceCapex(7, 1, profile), [7]);
  });

  it("custom weights are normalised by their sum", () => {
    expectClose(paceCapex(100, 4, "custom", [1, 0, 3, 4]), [12.5, 0, 37.5, 50]);
  });

  it("a zero total gives zeros", () => {
    expect(paceCapex(0, 3, "front")).toEqual([0, 0, 0]);
  });

  it("a budget near the largest double does not overflow", () => {
    const result = paceCapex(Number.MAX_VALUE, 2, "even");
    expect(result.every(Number.isFinite)).toBe(true);
    expect(result[0]).toBe(Number.MAX_VALUE / 2);
  });

  it("profile weights are the unnormalised ones the contract names", () => {
    expect(profileWeights("front", 4)).toEqual([4, 3, 2, 1]);
    expect(profileWeights("back", 3)).toEqual([1, 2, 3]);
    expect(profileWeights("even", 2)).toEqual([1, 1]);
  });
});

describe("paceCapex rejects", () => {
  it.each([
    ["a negative total", () => paceCapex(-1, 3), "num"],
    ["an infinite total", () => paceCapex(Infinity, 3), "num"],
    ["NaN periods", () => paceCapex(1, NaN), "num"],
    ["2.5 periods", () => paceCapex(1, 2.5), "num"],
    ["0 periods", () => paceCapex(1, 0), "num"],
    ["601 periods", () => paceCapex(1, 601), "num"],
    ["custom without weights", () => paceCapex(1, 2, "custom"), "value"],
    ["weights of the wrong length", () => paceCapex(1, 3, "custom", [1, 2]), "value"],
    ["weights with another profile", () => paceCapex(1, 2, "front", [1, 2]), "value"],
    ["a negative weight", () => paceCapex(1, 2, "custom", [-1, 2]), "num"],
    ["weights summing to zero", () => paceCapex(1, 2, "custom", [0, 0]), "num"],
    ["a NaN weight", () => paceCapex(1, 2, "custom", [NaN, 1]), "num"],
    ["weights whose sum overflows", () => paceCapex(1, 2, "custom", [Number.MAX_VALUE, Number.MAX_VALUE]), "num"],
  ] as const)("%s", (_name, run, kind) => expectInputError(run, kind));

  it("accepts the bounds 1 and 600 periods", () => {
    expect(paceCapex(600, 600)).toHaveLength(600);
    expect(paceCapex(1, 1)).toEqual([1]);
  });
});
