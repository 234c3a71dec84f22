import {
  bareRequiredGrowth,
  checkGridCase,
  gridCases,
  hyperFormulaResults,
  PAYBACK_FIRST_YEAR,
  REQUIRED_GROWTH_EXAMPLE,
  targetSummary,
  type GridCase,
} from "../../bench/functions";
import { columnName, firstMismatch, formatSlowdown, formatTable, median, SeededRandom } from "../../bench/harness";
import { paceCapex } from "../../src/core/pacing";
import { requiredGrowthFunction } from "../../src/functions/functions";

// The bench's own computations, on a small grid: no timings here.
const SIZES = { calls: 25, periods: 40, hyperFormulaRows: 25 };

function bareResults(gridCase: GridCase): Float64Array {
  const out = new Float64Array(gridCase.calls * gridCase.outputWidth);
  gridCase.runBareLoop(out);
  return out;
}

function functionResults(gridCase: GridCase): Float64Array {
  const out = new Float64Array(gridCase.calls * gridCase.outputWidth);
  gridCase.callFunctions(out);
  return out;
}

describe("bench grid cases", () => {
  const cases = gridCases(SIZES);

  it("cover every PACING profile, CLOUDGROWTH, PAYBACKYEAR and DEPRECIATION", () => {
    expect(cases.map((c) => c.name)).toEqual([
      "PACING even",
      "PACING front",
      "PACING back",
      "PACING scurve",
      "PACING custom",
      "CLOUDGROWTH",
      "PAYBACKYEAR",
      "DEPRECIATION",
    ]);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: function, bare loop and HyperFormula agree", (_, gridCase) => {
    expect(() => checkGridCase(gridCase, SIZES.hyperFormulaRows)).not.toThrow();
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: the timed calls, without a grid, run clean", (_, gridCase) => {
    // The timed path checks every result's width (and PAYBACKYEAR's sum) and throws on a bench bug.
    expect(() => gridCase.callFunctions()).not.toThrow();
  });

  it("the check catches a bare loop that is off by more than 1e-9", () => {
    const [even] = gridCases(SIZES);
    const broken: GridCase = {
      ...even,
      runBareLoop: (out) => {
        even.runBareLoop(out);
        out[7] *= 1 + 1e-8;
      },
    };
    expect(() => checkGridCase(broken, 5)).toThrow(/bare loop vs function: result 7/);
  });

  it("the bare PACING loop matches the core on a known case", () => {
    const front = cases[1];
    const out = bareResults(front);
    const firstTotal = functionResults(front)
      .subarray(0, 40)
      .reduce((a, b) => a + b, 0);
    expect(Array.from(out.subarray(0, 40))).toEqual(
      paceCapex(firstTotal, 40, "front").map((v) => expect.closeTo(v, 9)),
    );
  });

  it("a function call that leaves its row of the grid unwritten fails the check", () => {
    const [even] = gridCases(SIZES);
    const skipsLastCall: GridCase = {
      ...even,
      callFunctions: (out) => {
        if (out === undefined) throw new Error("the check always passes a grid");
        const written = new Float64Array(out.length);
        even.callFunctions(written);
        out.set(written.subarray(0, (even.calls - 1) * even.outputWidth));
      },
    };
    expect(() => checkGridCase(skipsLastCall, 5)).toThrow(/bare loop vs function: result 960/);
  });

  it("PAYBACKYEAR inputs all pay back within the periods, so every result is a year", () => {
    const payback = cases[6];
    for (const year of bareResults(payback)) {
      expect(year).toBeGreaterThan(PAYBACK_FIRST_YEAR + 1);
      expect(year).toBeLessThan(PAYBACK_FIRST_YEAR + SIZES.periods);
    }
  });

  it("the HyperFormula sheet gives the contract's PAYBACKYEAR example", () => {
    const sizes = { calls: 1, periods: 3, hyperFormulaRows: 1 };
    const payback = gridCases(sizes)[6];
    const sheet = payback.hyperFormulaSheet(1);
    // Swap in the example's flows {-100, 50, 60} at a 0% rate: 2025 + 1.8333….
    sheet.cells[0].splice(0, 5, -100, 50, 60, PAYBACK_FIRST_YEAR, 0);
    const spy: GridCase = { ...payback, hyperFormulaSheet: () => sheet };
    expect(hyperFormulaResults(spy, 1)[0]).toBeCloseTo(PAYBACK_FIRST_YEAR + 1 + 50 / 60, 12);
  });

  it("the DEPRECIATION sheet and bare loop give the contract's example {100,0,0,0} over 2 years: 25, 50, 25, 0", () => {
    const sizes = { calls: 3, periods: 4, hyperFormulaRows: 3 };
    const depreciationGrid = gridCases(sizes)[7];
    const sheet = depreciationGrid.hyperFormulaSheet(3);
    // Call 0 uses the "half" convention (half, next, same in turn); swap in the example's capex and life.
    sheet.cells[0].splice(0, 5, 100, 0, 0, 0, 2);
    const spy: GridCase = { ...depreciationGrid, hyperFormulaSheet: () => sheet };
    expect(Array.from(hyperFormulaResults(spy, 1).subarray(0, 4))).toEqual([25, 50, 25, 0]);
  });

  it("the bare REQUIREDGROWTH bisection equals the function", () => {
    const bare = bareRequiredGrowth(...REQUIRED_GROWTH_EXAMPLE, new Float64Array(50));
    expect(bare).toBeCloseTo(requiredGrowthFunction(...REQUIRED_GROWTH_EXAMPLE), 12);
  });
});

describe("bench targets", () => {
  const row = (name: string, functionRate: number, hyperFormulaRate: number, bareRate: number) => ({
    name,
    functionRate,
    hyperFormulaRate,
    bareRate,
  });

  it("are met when every function is ≥ 10× native and ≤ 3× bare, naming the worst of each", () => {
    const summary = targetSummary([row("A", 100, 5, 150), row("B", 50, 1, 140)]);
    expect(summary).toContain("native formulas met (least 20.0×, A)");
    expect(summary).toContain("bare loop met (most 2.8×, B)");
  });

  it("are not met when one function is too slow either way", () => {
    expect(targetSummary([row("A", 100, 20, 150), row("B", 100, 1, 310)])).toMatch(
      /native formulas NOT met \(least 5\.0×, A\).*bare loop NOT met \(most 3\.1×, B\)/,
    );
  });
});

describe("bench harness", () => {
  it("formatSlowdown says slower or faster", () => {
    expect(formatSlowdown(3, 1)).toBe("3.0× slower");
    expect(formatSlowdown(1, 4)).toBe("4.0× faster");
    expect(formatSlowdown(2, 2)).toBe("1.0× slower");
  });

  it("median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("firstMismatch is relative", () => {
    expect(firstMismatch([1e12], [1e12 + 1])).toBeUndefined();
    expect(firstMismatch([1, 0], [1, 1e-12])).toEqual({ index: 1, actual: 0, expected: 1e-12 });
    expect(firstMismatch([1], [1, 2])).toEqual({ index: -1, actual: 1, expected: 2 });
  });

  it("column names", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("seeded random numbers repeat and stay in range", () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    for (let i = 0; i < 100; i++) {
      const x = a.between(2, 3);
      expect(x).toBe(b.between(2, 3));
      expect(x).toBeGreaterThanOrEqual(2);
      expect(x).toBeLessThan(3);
    }
  });

  it("formatTable aligns columns", () => {
    expect(
      formatTable([
        ["a", "1"],
        ["bbb", "22"],
      ]),
    ).toEqual(["a     1", "bbb  22"]);
  });
});
