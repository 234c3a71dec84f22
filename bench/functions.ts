import type { Sheet } from "hyperformula";
import { BUILT_IN_PROFILES, type PacingProfile } from "../src/core/pacing";
import { cloudGrowth, pacing, paybackYearFunction, requiredGrowthFunction } from "../src/functions/functions";
import {
  assertSameNumbers,
  cellRef,
  DEFAULT_TIMING,
  evaluateWithHyperFormula,
  formatRate,
  formatRatio,
  formatSlowdown,
  formatTable,
  perSecond,
  SeededRandom,
  timeHyperFormulaEvaluation,
  timeMedian,
  type TimingOptions,
} from "./harness";
import { depreciationCase } from "./depreciation";

/**
 * The custom-function bench: each CAPEX function called the way Excel calls it (through src/functions, so the
 * argument checks and the spill conversion are included) over a grid of calls × periods, beside
 * (a) HyperFormula evaluating the same numbers as native formulas, one sheet row per call, and
 * (b) a bare Float64Array loop that allocates nothing per call: the practical limit.
 * Timed, each function result is checked for its width and dropped, as Excel's runtime drops it once it has taken the
 * values: no result stays alive, and copying the values into cells (Excel's work, not the function's) is not timed.
 * The check before timing copies every result into a Float64Array grid, where the bare loop writes its numbers.
 * The custom functions need the `CustomFunctions` global (or a double of it) installed before they report an error.
 */

export interface GridSizes {
  /** Function calls per timed run (rows of the grid). */
  readonly calls: number;
  /** Periods per call (columns of the grid). */
  readonly periods: number;
  /** Rows of the HyperFormula sheet: a subset of the calls, since HyperFormula needs ~1 GB for 10,000 rows. */
  readonly hyperFormulaRows: number;
}

export const DEFAULT_SIZES: GridSizes = { calls: 10_000, periods: 40, hyperFormulaRows: 1_000 };

/** One function over the grid, computed three ways. Every way writes `outputWidth` numbers per call. */
export interface GridCase {
  readonly name: string;
  readonly calls: number;
  readonly periods: number;
  readonly outputWidth: number;
  /**
   * Calls the custom function once per grid row; each result is dropped after a width check. With `out`
   * (calls × outputWidth), each result's values are copied into it first.
   */
  callFunctions(out?: Float64Array): void;
  /** The same numbers from a typed-array loop, written into `out` (calls × outputWidth). */
  runBareLoop(out: Float64Array): void;
  /** The first `rows` calls as a native-formula sheet: inputs, formulas, and where each row's results are. */
  hyperFormulaSheet(rows: number): { cells: Sheet; resultColumn: number };
}

/**
 * Takes one spilled row (`number[][]` with one row) from call number `call`: checks its width (a wrong width is a bench
 * bug) and, when there is a grid, copies it to that call's row of the grid.
 */
function takeSpill(result: number[][], call: number, width: number, out: Float64Array | undefined): void {
  const row = result[0];
  if (row.length !== width) throw new Error(`call ${call} spilled ${row.length} values, expected ${width}.`);
  if (out === undefined) return;
  const start = call * width;
  for (let i = 0; i < width; i++) out[start + i] = row[i];
}

// ---------------------------------------------------------------------------------------------------------------
// PACING

const SCURVE_K = 10;
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Weights of one call into `w` (no allocation); the S-curve reuses G((i−1)/n) from the previous period. */
function bareWeights(profile: PacingProfile, n: number, w: Float64Array, custom: Float64Array, offset: number): void {
  switch (profile) {
    case "even":
      for (let i = 0; i < n; i++) w[i] = 1;
      break;
    case "front":
      for (let i = 0; i < n; i++) w[i] = n - i;
      break;
    case "back":
      for (let i = 0; i < n; i++) w[i] = i + 1;
      break;
    case "scurve": {
      const low = logistic(-SCURVE_K * 0.5);
      const high = logistic(SCURVE_K * 0.5);
      let previous = (logistic(SCURVE_K * (0 / n - 0.5)) - low) / (high - low);
      for (let i = 1; i <= n; i++) {
        const current = (logistic(SCURVE_K * (i / n - 0.5)) - low) / (high - low);
        w[i - 1] = current - previous;
        previous = current;
      }
      break;
    }
    case "custom":
      for (let i = 0; i < n; i++) w[i] = custom[offset + i];
      break;
  }
}

/** The scurve weight of period i as a native formula of n (in `nRef`), following the spec's G(i/n) − G((i−1)/n). */
function sCurveWeightFormula(i: number, nRef: string): string {
  const low = `1/(1+EXP(${SCURVE_K * 0.5}))`;
  const high = `1/(1+EXP(${-SCURVE_K * 0.5}))`;
  const g = (x: string): string => `(1/(1+EXP(-${SCURVE_K}*(${x}-0.5)))-${low})/(${high}-${low})`;
  return `=${g(`${i}/${nRef}`)}-${g(`${i - 1}/${nRef}`)}`;
}

export function pacingCase(profile: PacingProfile, sizes: GridSizes, seed = 1): GridCase {
  const { calls, periods: n } = sizes;
  const random = new SeededRandom(seed);
  const totals = new Float64Array(calls);
  const customWeights = new Float64Array(profile === "custom" ? calls * n : 0);
  // Excel hands a range over as rows of cells: a 1 × n row for the weights.
  const weightRanges: number[][][] = [];
  for (let c = 0; c < calls; c++) {
    totals[c] = random.between(1, 1000);
    if (profile === "custom") {
      const row: number[] = [];
      for (let i = 0; i < n; i++) row.push((customWeights[c * n + i] = random.between(0.01, 5)));
      weightRanges.push([row]);
    }
  }
  return {
    name: `PACING ${profile}`,
    calls,
    periods: n,
    outputWidth: n,
    callFunctions(out) {
      if (profile === "custom") {
        for (let c = 0; c < calls; c++) takeSpill(pacing(totals[c], n, profile, weightRanges[c]), c, n, out);
      } else {
        for (let c = 0; c < calls; c++) takeSpill(pacing(totals[c], n, profile), c, n, out);
      }
    },
    runBareLoop(out) {
      const w = new Float64Array(n);
      for (let c = 0; c < calls; c++) {
        bareWeights(profile, n, w, customWeights, c * n);
        let sum = 0;
        for (let i = 0; i < n; i++) sum += w[i];
        const total = totals[c];
        const base = c * n;
        for (let i = 0; i < n; i++) out[base + i] = total * (w[i] / sum);
      }
    },
    hyperFormulaSheet(rows) {
      // Row layout: total | n | w_1..w_n | SUM(w) | result_1..result_n.
      const wStart = 2;
      const sumColumn = wStart + n;
      const resultColumn = sumColumn + 1;
      const cells: Sheet = [];
      for (let r = 0; r < rows; r++) {
        const nRef = cellRef(1, r, true);
        const row: Sheet[number] = [totals[r], n];
        for (let i = 1; i <= n; i++) {
          // Constant weights are typed in, as a modeller would; the others are formulas of n.
          if (profile === "even") row.push(1);
          else if (profile === "back") row.push(i);
          else if (profile === "custom") row.push(customWeights[r * n + i - 1]);
          else if (profile === "front") row.push(`=${nRef}-${i}+1`);
          else row.push(sCurveWeightFormula(i, nRef));
        }
        row.push(`=SUM(${cellRef(wStart, r)}:${cellRef(wStart + n - 1, r)})`);
        for (let i = 0; i < n; i++) {
          row.push(`=${cellRef(0, r, true)}*(${cellRef(wStart + i, r)}/${cellRef(sumColumn, r, true)})`);
        }
        cells.push(row);
      }
      return { cells, resultColumn };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CLOUDGROWTH

export function cloudGrowthCase(sizes: GridSizes, seed = 2): GridCase {
  const { calls, periods: n } = sizes;
  const random = new SeededRandom(seed);
  const bases = new Float64Array(calls);
  const growths = new Float64Array(calls);
  const terminals = new Float64Array(calls);
  for (let c = 0; c < calls; c++) {
    bases[c] = random.between(10, 500);
    growths[c] = random.between(0, 0.4);
    terminals[c] = random.between(0, 0.06);
  }
  return {
    name: "CLOUDGROWTH",
    calls,
    periods: n,
    outputWidth: n,
    callFunctions(out) {
      for (let c = 0; c < calls; c++) takeSpill(cloudGrowth(bases[c], growths[c], n, terminals[c]), c, n, out);
    },
    runBareLoop(out) {
      for (let c = 0; c < calls; c++) {
        const g = growths[c];
        const step = terminals[c] - g;
        let revenue = bases[c];
        const base = c * n;
        for (let t = 1; t <= n; t++) {
          revenue *= 1 + (n === 1 ? g : g + (step * (t - 1)) / (n - 1));
          out[base + t - 1] = revenue;
        }
      }
    },
    hyperFormulaSheet(rows) {
      // Row layout: base | growth | terminal | n | R_1..R_n, each R_t the previous one times (1 + faded rate).
      const resultColumn = 4;
      const cells: Sheet = [];
      for (let r = 0; r < rows; r++) {
        const [g, tg, nRef] = [cellRef(1, r, true), cellRef(2, r, true), cellRef(3, r, true)];
        const row: Sheet[number] = [bases[r], growths[r], terminals[r], n];
        for (let t = 1; t <= n; t++) {
          const previous = t === 1 ? cellRef(0, r, true) : cellRef(resultColumn + t - 2, r);
          row.push(`=${previous}*(1+(${g}+((${tg}-${g})*(${t}-1))/(${nRef}-1)))`);
        }
        cells.push(row);
      }
      return { cells, resultColumn };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// PAYBACKYEAR

export const PAYBACK_FIRST_YEAR = 2025;

export function paybackCase(sizes: GridSizes, seed = 3): GridCase {
  const { calls, periods: n } = sizes;
  const random = new SeededRandom(seed);
  const flows = new Float64Array(calls * n);
  const rates = new Float64Array(calls);
  const flowRanges: number[][][] = [];
  for (let c = 0; c < calls; c++) {
    // Two years of capex, then a cash flow growing 0-8% a year, large enough to pay back within 40 years at ≤ 10%.
    rates[c] = random.between(0, 0.1);
    const capex = random.between(100, 1000);
    const split = random.between(0.3, 0.9);
    let flow = capex * random.between(0.15, 0.5);
    const growth = random.between(0, 0.08);
    const row: number[] = [];
    for (let k = 0; k < n; k++) {
      let value: number;
      if (k === 0) value = -capex * split;
      else if (k === 1) value = -capex * (1 - split);
      else value = flow *= 1 + growth;
      flows[c * n + k] = value;
      row.push(value);
    }
    flowRanges.push([row]);
  }
  return {
    name: "PAYBACKYEAR",
    calls,
    periods: n,
    outputWidth: 1,
    callFunctions(out) {
      // Without a grid, the years are summed so that no call can be optimised away; NaN would be a bench bug.
      let sum = 0;
      for (let c = 0; c < calls; c++) {
        const year = paybackYearFunction(flowRanges[c], PAYBACK_FIRST_YEAR, rates[c]);
        if (out === undefined) sum += year;
        else out[c] = year;
      }
      if (Number.isNaN(sum)) throw new Error("PAYBACKYEAR returned NaN while timed.");
    },
    runBareLoop(out) {
      // One pass over every period, no early exit: the function checks every cell and the sheet computes every period.
      for (let c = 0; c < calls; c++) {
        const onePlusRate = 1 + rates[c];
        const base = c * n;
        let factor = 1;
        let cumulative = 0;
        let wentNegative = false;
        let period = -1;
        for (let k = 0; k < n; k++) {
          if (k > 0) factor *= onePlusRate;
          const discounted = flows[base + k] / factor;
          const before = cumulative;
          cumulative += discounted;
          if (period < 0 && wentNegative && cumulative >= 0) period = k - 1 + -before / discounted;
          if (cumulative < 0) wentNegative = true;
        }
        out[c] = period < 0 ? NaN : PAYBACK_FIRST_YEAR + period;
      }
    },
    hyperFormulaSheet(rows) {
      // Row layout: cf_0..cf_(n-1) | first year | rate | d_k | C_k (running sum) | M_k (running min) |
      // Y_k (payback period once found, else -1) | result. Payback in year k: C_k ≥ 0 after some earlier C < 0.
      const yearColumn = n;
      const rateColumn = n + 1;
      const d = n + 2;
      const cum = d + n;
      const min = cum + n;
      const y = min + n;
      const resultColumn = y + n;
      const cells: Sheet = [];
      for (let r = 0; r < rows; r++) {
        const row: Sheet[number] = [];
        for (let k = 0; k < n; k++) row.push(flows[r * n + k]);
        row.push(PAYBACK_FIRST_YEAR, rates[r]);
        for (let k = 0; k < n; k++) row.push(`=${cellRef(k, r)}/(1+${cellRef(rateColumn, r, true)})^${k}`);
        for (let k = 0; k < n; k++) {
          row.push(k === 0 ? `=${cellRef(d, r)}` : `=${cellRef(cum + k - 1, r)}+${cellRef(d + k, r)}`);
        }
        for (let k = 0; k < n; k++) {
          row.push(k === 0 ? `=${cellRef(cum, r)}` : `=MIN(${cellRef(min + k - 1, r)},${cellRef(cum + k, r)})`);
        }
        row.push(-1);
        for (let k = 1; k < n; k++) {
          const [found, cK, cBefore, minBefore, dK] = [
            cellRef(y + k - 1, r),
            cellRef(cum + k, r),
            cellRef(cum + k - 1, r),
            cellRef(min + k - 1, r),
            cellRef(d + k, r),
          ];
          row.push(`=IF(${found}>=0,${found},IF(AND(${cK}>=0,${minBefore}<0),${k - 1}+-${cBefore}/${dK},-1))`);
        }
        const last = cellRef(y + n - 1, r);
        row.push(`=IF(${last}>=0,${cellRef(yearColumn, r, true)}+${last},NA())`);
        cells.push(row);
      }
      return { cells, resultColumn };
    },
  };
}

export function gridCases(sizes: GridSizes = DEFAULT_SIZES): GridCase[] {
  return [
    ...[...BUILT_IN_PROFILES, "custom" as const].map((profile, i) => pacingCase(profile, sizes, 11 + i)),
    cloudGrowthCase(sizes),
    paybackCase(sizes),
    depreciationCase(sizes),
  ];
}

/** Reads each sheet row's results back from HyperFormula, flattened like the other two methods. */
export function hyperFormulaResults(gridCase: GridCase, rows: number): Float64Array {
  const { cells, resultColumn } = gridCase.hyperFormulaSheet(rows);
  const values = evaluateWithHyperFormula(cells);
  const width = gridCase.outputWidth;
  const out = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < width; i++) {
      const value = values[r][resultColumn + i];
      if (typeof value !== "number") {
        throw new Error(`${gridCase.name}: HyperFormula row ${r + 1} result ${i + 1} is ${JSON.stringify(value)}.`);
      }
      out[r * width + i] = value;
    }
  }
  return out;
}

/**
 * Checks that the function, the bare loop and HyperFormula give the same numbers (relative 1e-9) before anything is
 * timed: all calls against the bare loop, the first `hyperFormulaRows` calls against HyperFormula.
 */
export function checkGridCase(gridCase: GridCase, hyperFormulaRows: number, tolerance = 1e-9): void {
  const fromFunction = new Float64Array(gridCase.calls * gridCase.outputWidth).fill(NaN);
  gridCase.callFunctions(fromFunction);
  const bare = new Float64Array(gridCase.calls * gridCase.outputWidth);
  gridCase.runBareLoop(bare);
  assertSameNumbers(`${gridCase.name} bare loop vs function`, bare, fromFunction, tolerance);
  const rows = Math.min(hyperFormulaRows, gridCase.calls);
  const fromSheet = hyperFormulaResults(gridCase, rows);
  assertSameNumbers(
    `${gridCase.name} HyperFormula vs function`,
    fromSheet,
    fromFunction.subarray(0, rows * gridCase.outputWidth),
    tolerance,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// REQUIREDGROWTH, one call

/** The contract's example: RMB 380 bn over 3 years, base revenue 113.4, 30% margin, 8 years, 5% baseline, 8%. */
export const REQUIRED_GROWTH_EXAMPLE = [380, 3, 113.4, 0.3, 8, 0.05, 0.08] as const;

/**
 * Required growth by bisection on (−1, 10] with no allocation (even pacing): the bare-loop counterpart of one
 * REQUIREDGROWTH call. `capex` is scratch space of at least `capexYears` values.
 */
export function bareRequiredGrowth(
  capexTotal: number,
  capexYears: number,
  baseRevenue: number,
  margin: number,
  targetYears: number,
  baselineGrowth: number,
  discountRate: number,
  capex: Float64Array,
): number {
  if (capexTotal === 0) return baselineGrowth;
  for (let i = 0; i < capexYears; i++) capex[i] = capexTotal * (1 / capexYears);
  const k = Math.ceil(targetYears);
  const fraction = targetYears - (k - 1);
  const q = (growth: number): number => {
    let cumulative = 0;
    let withInvestment = baseRevenue;
    let without = baseRevenue;
    let discount = 1;
    for (let year = 0; year <= k; year++) {
      withInvestment *= 1 + growth;
      without *= 1 + baselineGrowth;
      if (year > 0) discount *= 1 + discountRate;
      const flow = margin * (withInvestment - without) - (year < capexYears ? capex[year] : 0);
      cumulative += ((year < k ? 1 : fraction) * flow) / discount;
    }
    return cumulative;
  };
  let high = 10;
  if (!(q(high) >= 0)) return NaN;
  let low = -1;
  // The core's stopping rule: far past the contract's 1e-9, as far as doubles allow.
  while (high - low > 1e-15) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) break;
    if (q(mid) >= 0) high = mid;
    else low = mid;
  }
  return high;
}

// ---------------------------------------------------------------------------------------------------------------
// The section

export interface FunctionBenchOptions {
  readonly sizes: GridSizes;
  readonly timing: TimingOptions;
  /** Warm-up and timed runs of HyperFormula; each run re-loads the sheet (untimed), so they are kept few. */
  readonly hyperFormulaRuns: { readonly warmupRuns: number; readonly runs: number };
  /** Report progress (e.g. to stderr) while the bench runs. */
  readonly progress?: (message: string) => void;
}

export interface FunctionBenchRow {
  readonly name: string;
  readonly functionRate: number;
  readonly hyperFormulaRate: number;
  readonly bareRate: number;
}

export interface FunctionBenchResult {
  readonly lines: string[];
  readonly rows: FunctionBenchRow[];
  /** Speed-up of each function over HyperFormula, for `ratio_vs_native_min`. */
  readonly ratiosVsNative: number[];
}

export const DEFAULT_FUNCTION_BENCH: FunctionBenchOptions = {
  sizes: DEFAULT_SIZES,
  timing: DEFAULT_TIMING,
  // The check before timing has already evaluated the same sheet once, which warms HyperFormula up.
  hyperFormulaRuns: { warmupRuns: 0, runs: 3 },
};

/** The targets the custom functions are held to: this much faster than native formulas, at most this much slower
 * than the bare loop. */
export const TARGETS = { minSpeedUpOverNative: 10, maxSlowdownVsBare: 3 } as const;

/** One line saying whether the rows meet TARGETS, with the worst function for each. */
export function targetSummary(rows: readonly FunctionBenchRow[]): string {
  const worst = (measure: (row: FunctionBenchRow) => number, pickLarger: boolean): [FunctionBenchRow, number] =>
    rows
      .map((row): [FunctionBenchRow, number] => [row, measure(row)])
      .reduce((a, b) => ((pickLarger ? b[1] > a[1] : b[1] < a[1]) ? b : a));
  const [slowestVsNative, speedUp] = worst((row) => row.functionRate / row.hyperFormulaRate, false);
  const [slowestVsBare, slowdown] = worst((row) => row.bareRate / row.functionRate, true);
  const verdict = (met: boolean): string => (met ? "met" : "NOT met");
  return (
    `targets: at least ${TARGETS.minSpeedUpOverNative}× faster than native formulas ` +
    `${verdict(speedUp >= TARGETS.minSpeedUpOverNative)} (least ${formatRatio(speedUp)}, ${slowestVsNative.name}); ` +
    `within ${TARGETS.maxSlowdownVsBare}× of the bare loop ${verdict(slowdown <= TARGETS.maxSlowdownVsBare)} ` +
    `(most ${formatRatio(slowdown)}, ${slowestVsBare.name}).`
  );
}

export function runFunctionBench(options: FunctionBenchOptions = DEFAULT_FUNCTION_BENCH): FunctionBenchResult {
  const { sizes, timing, progress } = options;
  const cases = gridCases(sizes);
  for (const gridCase of cases) {
    progress?.(`checking ${gridCase.name}`);
    checkGridCase(gridCase, sizes.hyperFormulaRows);
  }
  const rows: FunctionBenchRow[] = [];
  for (const gridCase of cases) {
    progress?.(`timing ${gridCase.name}`);
    const periods = gridCase.calls * gridCase.periods;
    const functionTime = timeMedian(() => gridCase.callFunctions(), timing);
    const out = new Float64Array(gridCase.calls * gridCase.outputWidth);
    const bareTime = timeMedian(() => gridCase.runBareLoop(out), timing);
    const hfRows = Math.min(sizes.hyperFormulaRows, gridCase.calls);
    const sheetTime = timeHyperFormulaEvaluation(gridCase.hyperFormulaSheet(hfRows).cells, options.hyperFormulaRuns);
    rows.push({
      name: gridCase.name,
      functionRate: perSecond(periods, functionTime.medianMs),
      bareRate: perSecond(periods, bareTime.medianMs),
      hyperFormulaRate: perSecond(hfRows * gridCase.periods, sheetTime.medianMs),
    });
  }

  progress?.("timing REQUIREDGROWTH");
  const [capexTotal, capexYears, baseRevenue, margin, targetYears, baselineGrowth, discountRate] =
    REQUIRED_GROWTH_EXAMPLE;
  const scratch = new Float64Array(50);
  const viaFunction = requiredGrowthFunction(...REQUIRED_GROWTH_EXAMPLE);
  const viaBare = bareRequiredGrowth(...REQUIRED_GROWTH_EXAMPLE, scratch);
  assertSameNumbers("REQUIREDGROWTH bare loop vs function", [viaBare], [viaFunction]);
  let sink = 0;
  const requiredFunctionTime = timeMedian(() => {
    sink += requiredGrowthFunction(
      capexTotal,
      capexYears,
      baseRevenue,
      margin,
      targetYears,
      baselineGrowth,
      discountRate,
    );
  }, timing);
  const requiredBareTime = timeMedian(() => {
    sink += bareRequiredGrowth(
      capexTotal,
      capexYears,
      baseRevenue,
      margin,
      targetYears,
      baselineGrowth,
      discountRate,
      scratch,
    );
  }, timing);
  if (Number.isNaN(sink)) throw new Error("REQUIREDGROWTH returned NaN while timed.");

  const table = formatTable([
    ["function", "custom fn periods/s", "HyperFormula periods/s", "bare loop periods/s", "vs HyperFormula", "vs bare"],
    ...rows.map((row) => [
      row.name,
      formatRate(row.functionRate),
      formatRate(row.hyperFormulaRate),
      formatRate(row.bareRate),
      `${formatRatio(row.functionRate / row.hyperFormulaRate)} faster`,
      formatSlowdown(1 / row.functionRate, 1 / row.bareRate),
    ]),
  ]);
  const lines = [
    `custom functions: ${sizes.calls} calls × ${sizes.periods} periods each, via src/functions (adapter included); ` +
      `HyperFormula: ${Math.min(sizes.hyperFormulaRows, sizes.calls)} rows × ${sizes.periods} periods of native ` +
      `formulas (evaluation only, parse excluded); bare loop: Float64Array, no allocation per call. ` +
      `Each function result is dropped after a width check, as Excel drops it once it has the values. ` +
      `All three checked equal to 1e-9 relative first. Medians of ${timing.runs} runs ` +
      `(HyperFormula ${options.hyperFormulaRuns.runs}).`,
    ...table,
    targetSummary(rows),
    `REQUIREDGROWTH single call (${REQUIRED_GROWTH_EXAMPLE.join(", ")} → ${viaFunction.toFixed(6)}): ` +
      `${(requiredFunctionTime.medianMs * 1000).toFixed(2)} µs/call (${formatRate(1000 / requiredFunctionTime.medianMs)} calls/s); ` +
      `bare loop ${(requiredBareTime.medianMs * 1000).toFixed(2)} µs/call, ` +
      `${formatSlowdown(requiredFunctionTime.medianMs, requiredBareTime.medianMs)}; no native-formula version, ` +
      `so not in ratio_vs_native_min.`,
  ];
  return { lines, rows, ratiosVsNative: rows.map((row) => row.functionRate / row.hyperFormulaRate) };
}
