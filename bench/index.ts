// Installs the `CustomFunctions` global first, as Excel's runtime does before it calls a function.
import "../tests/setup/custom-functions-double";
import { DEFAULT_FUNCTION_BENCH, DEFAULT_SIZES, runFunctionBench, type FunctionBenchOptions } from "./functions";
import { runDatasetBench } from "./dataset";
import { datasetChunkLines } from "./dataset-chunk";
import { DEFAULT_TIMING } from "./harness";
import { runLibreOfficeBench } from "./libreoffice";
import { runRiskBench } from "./risk";
import { runSensitivityBench } from "./sensitivity";
import { runWorkbookBench } from "./workbook";

/**
 * `npm run bench`: runs each section in turn, prints its lines as soon as it finishes, and ends with exactly one line
 * `ratio_vs_native_min: X`, the smallest speed-up over HyperFormula that any section reported.
 *
 * To add timings, add a section to `sections()`. A section returns its lines and, when it compares something with
 * native formulas, the speed-ups (custom / HyperFormula) that take part in `ratio_vs_native_min`.
 *
 * Sizes can be changed for a quick look: BENCH_CALLS, BENCH_PERIODS, BENCH_HF_ROWS, BENCH_RUNS.
 */

export interface SectionResult {
  readonly lines: string[];
  readonly ratiosVsNative?: readonly number[];
}

export interface BenchSection {
  readonly title: string;
  run(): Promise<SectionResult>;
}

function envInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more.`);
  return value;
}

function functionBenchOptions(): FunctionBenchOptions {
  return {
    ...DEFAULT_FUNCTION_BENCH,
    sizes: {
      calls: envInteger("BENCH_CALLS", DEFAULT_SIZES.calls),
      periods: envInteger("BENCH_PERIODS", DEFAULT_SIZES.periods),
      hyperFormulaRows: envInteger("BENCH_HF_ROWS", DEFAULT_SIZES.hyperFormulaRows),
    },
    timing: { ...DEFAULT_TIMING, runs: envInteger("BENCH_RUNS", DEFAULT_TIMING.runs) },
    progress: (message) => process.stderr.write(`  … ${message}\n`),
  };
}

const functionSection: BenchSection = {
  title: "Custom functions",
  run: async () => runFunctionBench(functionBenchOptions()),
};

const workbookSection: BenchSection = {
  title: "Workbook",
  run: async () => ({ lines: await runWorkbookBench() }),
};

const sensitivitySection: BenchSection = {
  title: "Sensitivity",
  run: async () => ({ lines: await runSensitivityBench() }),
};

const riskSection: BenchSection = {
  title: "Risk",
  run: async () => ({ lines: runRiskBench() }),
};

const datasetSection: BenchSection = {
  title: "Dataset builder",
  run: async () => ({ lines: [...(await runDatasetBench()), ...datasetChunkLines()] }),
};

const libreOfficeSection: BenchSection = {
  title: "LibreOffice",
  run: async () => ({ lines: await runLibreOfficeBench() }),
};

export function sections(): BenchSection[] {
  return [functionSection, workbookSection, sensitivitySection, riskSection, datasetSection, libreOfficeSection];
}

async function main(): Promise<void> {
  const ratios: number[] = [];
  let failed = false;
  // BENCH_SECTIONS="Custom functions,Workbook" runs only the sections whose titles it lists (comparisons of two commits).
  const only = process.env.BENCH_SECTIONS?.split(",").map((title) => title.trim());
  for (const section of sections().filter((s) => only === undefined || only.includes(s.title))) {
    console.log(`== ${section.title}`);
    try {
      const result = await section.run();
      for (const line of result.lines) console.log(line);
      ratios.push(...(result.ratiosVsNative ?? []));
    } catch (error) {
      failed = true;
      console.log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed) process.exitCode = 1;
  const min = ratios.length === 0 ? NaN : Math.min(...ratios);
  // Must stay the last line of the output.
  console.log(`ratio_vs_native_min: ${Number.isNaN(min) ? "n/a" : min.toFixed(1)}`);
}

void main();
