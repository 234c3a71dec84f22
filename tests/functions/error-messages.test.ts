import { BenchmarkStore } from "../../src/benchmarks/store";
import { streamBenchmark } from "../../src/functions/benchmark-stream";
import { excelErrorMessage, MAX_ERROR_MESSAGE_LENGTH } from "../../src/functions/excel-arguments";
import {
  cloudGrowth,
  depreciation,
  pacing,
  paybackYearFunction,
  requiredGrowthFunction,
} from "../../src/functions/functions";
import { figure, makeDataset } from "../benchmarks/fixtures";
import { excelErrorOf } from "./excel-error";

/**
 * Issue 16: a function's error message must not echo a huge text argument. Every argument of every function takes a
 * 100,000-character text that starts with a terminal escape and holds control characters, line breaks and a bidi
 * override; every message is at most 255 characters, on one line, and free of them.
 */

const HUGE = `\u001b[2J\u0007evil\r\n\u202e${"x".repeat(100_000)}`;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Each function with valid arguments, so that one argument at a time can be swapped for the huge text. */
const CALLS: Record<string, { readonly args: readonly unknown[]; readonly run: (args: unknown[]) => unknown }> = {
  PACING: { args: [380, 3, "custom", [[1, 1, 1]]], run: (a) => pacing(a[0], a[1], a[2], a[3] as unknown[][]) },
  CLOUDGROWTH: { args: [100, 0.1, 5, 0.05], run: (a) => cloudGrowth(a[0], a[1], a[2], a[3]) },
  PAYBACKYEAR: {
    args: [[[-100, 50, 60]], 2025, 0.05],
    run: (a) => paybackYearFunction(a[0] as unknown[][], a[1], a[2]),
  },
  REQUIREDGROWTH: {
    args: [380, 3, 113, 0.3, 8, 0.05, 0.08, "even"],
    run: (a) => requiredGrowthFunction(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
  },
  DEPRECIATION: {
    args: [[[100, 0, 0]], 2, 4, "half"],
    run: (a) => depreciation(a[0] as unknown[][], a[1], a[2], a[3]),
  },
};

function expectShortSafe(message: string | undefined, where: string): void {
  expect({ where, length: (message ?? "").length <= MAX_ERROR_MESSAGE_LENGTH }).toEqual({ where, length: true });
  expect({ where, unsafe: UNSAFE.test(message ?? "") }).toEqual({ where, unsafe: false });
}

describe("function error messages under a 100,000-character text argument", () => {
  for (const [name, { args, run }] of Object.entries(CALLS)) {
    it(`CAPEX.${name}: every argument, alone or inside a range, gives a short, safe #VALUE! message`, () => {
      args.forEach((_, i) => {
        for (const huge of [HUGE, [[HUGE]], [[1, HUGE]]]) {
          const swapped = args.map((arg, j) => (j === i ? huge : arg));
          const error = excelErrorOf(() => run(swapped));
          expect(error.code).toBe("#VALUE!");
          expectShortSafe(error.message, `${name} argument ${i + 1}`);
        }
      });
    });
  }

  it("CAPEX.BENCHMARK: each of provider, metric and period", async () => {
    const store = new BenchmarkStore(
      makeDataset({ figures: [figure({ provider: "acme", metric: "revenue", period: "2024" })] }),
    );
    for (const args of [
      [HUGE, "revenue", "2024"],
      ["acme", HUGE, "2024"],
      ["acme", "revenue", HUGE],
    ]) {
      const results: unknown[] = [];
      const invocation = { setResult: (value: unknown) => void results.push(value) } as never;
      streamBenchmark(Promise.resolve(store), args[0], args[1], args[2], invocation);
      await new Promise((resolve) => setImmediate(resolve));
      const [error] = results as CustomFunctions.Error[];
      expect(error).toBeInstanceOf(CustomFunctions.Error);
      expectShortSafe(error.message, `BENCHMARK ${args.indexOf(HUGE) + 1}`);
    }
  });

  it("the one bound every message passes: cut with an ellipsis, control characters replaced one for one", () => {
    expect(excelErrorMessage("fine.")).toBe("fine.");
    const cut = excelErrorMessage(`a\u001bb ${"y".repeat(1000)}`);
    expect(cut).toHaveLength(MAX_ERROR_MESSAGE_LENGTH);
    expect(cut.startsWith("a\ufffdb y")).toBe(true);
    expect(cut.endsWith("…")).toBe(true);
    // A cut through a surrogate pair leaves no lone half.
    const emoji = excelErrorMessage(`${"z".repeat(MAX_ERROR_MESSAGE_LENGTH - 2)}😀 tail`);
    expect(emoji).toMatch(/\ufffd…$/);
  });
});
