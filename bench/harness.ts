import { HyperFormula, type CellValue, type Sheet } from "hyperformula";

/**
 * Shared timing helpers for `npm run bench`: median-of-runs timing, result comparison, a seeded random source,
 * HyperFormula evaluation timing and plain-text tables. Nothing here knows about the CAPEX functions.
 */

/** How a body is timed: warm-up runs (discarded), then `runs` samples; the answer is the median sample. */
export interface TimingOptions {
  readonly warmupRuns: number;
  readonly runs: number;
  /** Each sample repeats the body until at least this long has passed, so that very fast bodies are measurable. */
  readonly minSampleMs: number;
}

export interface Timing {
  /** Median time of one execution of the body, in milliseconds. */
  readonly medianMs: number;
  /** Fastest and slowest sample, per execution, in milliseconds. */
  readonly minMs: number;
  readonly maxMs: number;
  readonly samples: number;
}

export const DEFAULT_TIMING: TimingOptions = { warmupRuns: 3, runs: 9, minSampleMs: 30 };

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A full garbage collection, where node runs with --expose-gc (`npm run bench` does): a sample then starts from a clean
 * heap instead of paying for garbage that an earlier section (a HyperFormula engine, say) left behind. The body's own
 * garbage is still collected, and timed, during the sample.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Times one sample: the body repeated `repeats` times, returning the time per execution. */
function sample(body: () => void, repeats: number): number {
  collectGarbage();
  const start = performance.now();
  for (let r = 0; r < repeats; r++) body();
  return (performance.now() - start) / repeats;
}

/** Warms the body up, picks a repeat count that makes each sample last `minSampleMs`, and returns the median. */
export function timeMedian(body: () => void, options: TimingOptions = DEFAULT_TIMING): Timing {
  let single = 0;
  for (let w = 0; w < Math.max(1, options.warmupRuns); w++) single = sample(body, 1);
  const repeats = Math.max(1, Math.ceil(options.minSampleMs / Math.max(single, 1e-3)));
  const samples: number[] = [];
  for (let r = 0; r < options.runs; r++) samples.push(sample(body, repeats));
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    samples: samples.length,
  };
}

/**
 * Like `timeMedian` for bodies that need fresh state each time: `prepare` runs untimed before every sample and its
 * result is handed to `body`, the only part timed. Each sample is a single execution.
 */
export function timeMedianPrepared<T>(
  prepare: () => T,
  body: (state: T) => void,
  cleanup: (state: T) => void,
  options: Pick<TimingOptions, "warmupRuns" | "runs">,
): Timing {
  const samples: number[] = [];
  for (let r = 0; r < options.warmupRuns + options.runs; r++) {
    const state = prepare();
    const start = performance.now();
    body(state);
    const elapsed = performance.now() - start;
    cleanup(state);
    if (r >= options.warmupRuns) samples.push(elapsed);
  }
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    samples: samples.length,
  };
}

/** Items per second for `items` items done in `ms` milliseconds. */
export function perSecond(items: number, ms: number): number {
  return (items * 1000) / ms;
}

/** A rate with an SI suffix: 1234567 → "1.23 M". */
export function formatRate(rate: number): string {
  const units: [number, string][] = [
    [1e9, "G"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [size, unit] of units) if (rate >= size) return `${(rate / size).toFixed(2)} ${unit}`;
  return rate.toFixed(2);
}

export function formatRatio(ratio: number): string {
  return `${ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}

/** How a time compares with a reference time: "2.1× slower", or "1.5× faster" when it is shorter. */
export function formatSlowdown(time: number, referenceTime: number): string {
  return time >= referenceTime
    ? `${formatRatio(time / referenceTime)} slower`
    : `${formatRatio(referenceTime / time)} faster`;
}

/** The first place where two result vectors differ by more than `tolerance` relative, or undefined when they agree. */
export function firstMismatch(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance = 1e-9,
): { index: number; actual: number; expected: number } | undefined {
  if (actual.length !== expected.length) return { index: -1, actual: actual.length, expected: expected.length };
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const b = expected[i];
    const scale = Math.max(Math.abs(a), Math.abs(b));
    // Relative difference; exact zeros (and two tiny values) must match to an absolute 1e-300.
    if (!(Math.abs(a - b) <= tolerance * scale || Math.abs(a - b) <= 1e-300))
      return { index: i, actual: a, expected: b };
  }
  return undefined;
}

/** Throws with a readable message when two result vectors differ by more than `tolerance` relative. */
export function assertSameNumbers(
  label: string,
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance = 1e-9,
): void {
  const mismatch = firstMismatch(actual, expected, tolerance);
  if (mismatch === undefined) return;
  if (mismatch.index < 0) {
    throw new Error(`${label}: ${mismatch.actual} results, expected ${mismatch.expected}.`);
  }
  throw new Error(
    `${label}: result ${mismatch.index} is ${mismatch.actual}, expected ${mismatch.expected} (relative tolerance ${tolerance}).`,
  );
}

/** A small seeded random source (xorshift32), so every run of the bench uses the same inputs. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A number in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }

  /** A number in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }
}

/** Spreadsheet column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** An A1 reference to a 0-based column and row, relative (`B3`) or with the column fixed (`$B3`). */
export function cellRef(column: number, row: number, fixColumn = false): string {
  return `${fixColumn ? "$" : ""}${columnName(column)}${row + 1}`;
}

/** HyperFormula's defaults, except that values are read back unrounded (smartRounding rounds them for display). */
export const HYPERFORMULA_CONFIG = { licenseKey: "gpl-v3", smartRounding: false } as const;

/** Builds a one-sheet HyperFormula engine from `cells` and returns its values (for checking results). */
export function evaluateWithHyperFormula(cells: Sheet): CellValue[][] {
  const engine = HyperFormula.buildFromArray(cells, HYPERFORMULA_CONFIG);
  try {
    return engine.getSheetValues(0);
  } finally {
    engine.destroy();
  }
}

/**
 * Times HyperFormula evaluating a sheet, without parsing: each sample loads `cells` into a fresh engine with evaluation
 * suspended (untimed: parsing and building the dependency graph), then times resuming it, which evaluates every
 * formula once. A fresh sheet per sample matters: HyperFormula stops recalculating where a value did not change, so
 * re-running an already evaluated sheet would time less than a full evaluation.
 */
export function timeHyperFormulaEvaluation(cells: Sheet, options: Pick<TimingOptions, "warmupRuns" | "runs">): Timing {
  return timeMedianPrepared(
    () => {
      const engine = HyperFormula.buildEmpty(HYPERFORMULA_CONFIG);
      const sheetId = engine.getSheetId(engine.addSheet("bench"));
      if (sheetId === undefined) throw new Error("HyperFormula did not create the bench sheet.");
      engine.suspendEvaluation();
      engine.setSheetContent(sheetId, cells);
      return engine;
    },
    (engine) => {
      engine.resumeEvaluation();
    },
    (engine) => engine.destroy(),
    options,
  );
}

/** Left-aligned first column, right-aligned others, separated by two spaces. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd(),
  );
}
