// The custom functions register themselves on load, as in Excel's runtime; the double stands in for it.
import "../tests/setup/custom-functions-double";
import { computeCase } from "../src/core/model";
import { requiredGrowthFunction } from "../src/functions/functions";
import { presetScenario, toCaseInputs, type Scenario } from "../src/scenario";
import { buildWorkbookPlan } from "../src/workbook/plan";
import { inputCell, SENSITIVITY_GROWTH_STEP, SENSITIVITY_MARGIN_STEP } from "../src/workbook/sheets/inputs";
import { cell, COL } from "../src/workbook/sheets/layout";
import { GRID_SIZE, gridCell, gridOffset, SENSITIVITY_ROWS } from "../src/workbook/sheets/sensitivity";
import { evaluatePlan } from "../tests/helpers/evaluate-plan";
import { DEFAULT_TIMING, formatRatio, median, timeMedian } from "./harness";

/**
 * Sensitivity timings: one CAPEX.REQUIREDGROWTH call, the whole grid computed by the finance core, and HyperFormula
 * recalculating the Sensitivity sheet after an input changes (what a user waits for in a spreadsheet without the
 * add-in), as a ratio to the core.
 */

const HF_RUNS = 7;

function scenarioWithHorizon(horizon: number): Scenario {
  const base = presetScenario("bull");
  return { ...base, horizon, capexYears: Math.min(base.capexYears, horizon) };
}

/** All grid cases through the core, both paybacks each: what the sheet's grid shows. */
function coreGrid(s: Scenario): number {
  const inputs = toCaseInputs(s);
  let years = 0;
  for (let i = 0; i < GRID_SIZE; i++) {
    for (let j = 0; j < GRID_SIZE; j++) {
      const r = computeCase({
        ...inputs,
        growth: s.growth + gridOffset(i) * SENSITIVITY_GROWTH_STEP,
        margin: s.margin + gridOffset(j) * SENSITIVITY_MARGIN_STEP,
      });
      if (r.simplePayback.kind === "year") years++;
      if (r.discountedPayback.kind === "year") years++;
    }
  }
  return years;
}

/**
 * Median time HyperFormula takes to recalculate after `input` changes, alternating two values so that every run
 * really recalculates; the grid's centre is read so that the work cannot be skipped.
 */
function hfRecalcMs(s: Scenario, input: "growth" | "targetPaybackYears", values: [number, number]): number {
  const ev = evaluatePlan(buildWorkbookPlan(s));
  const samples: number[] = [];
  for (let run = 0; run < HF_RUNS + 1; run++) {
    const start = performance.now();
    ev.set("inputs", inputCell(input), values[run % 2]);
    ev.value("sensitivity", gridCell("discounted", 3, 3));
    ev.value("sensitivity", cell(COL.constant, SENSITIVITY_ROWS.required));
    if (run > 0) samples.push(performance.now() - start);
  }
  return median(samples);
}

function hfLoadMs(s: Scenario): number {
  const samples: number[] = [];
  for (let run = 0; run < 3; run++) {
    const plan = buildWorkbookPlan(s);
    const start = performance.now();
    evaluatePlan(plan);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function runSensitivityBench(): Promise<string[]> {
  const lines: string[] = ["Sensitivity"];
  const base = presetScenario("base");
  const call = timeMedian(
    () =>
      requiredGrowthFunction(
        base.capexTotal,
        base.capexYears,
        base.baseRevenue,
        base.margin,
        base.targetPaybackYears,
        base.baselineGrowth,
        base.discountRate,
        base.profile,
      ),
    DEFAULT_TIMING,
  );
  lines.push(
    `  CAPEX.REQUIREDGROWTH, one call (base preset, median of ${call.samples} samples): ` +
      `${(call.medianMs * 1000).toFixed(1)} µs`,
  );
  for (const horizon of [10, 50]) {
    const s = scenarioWithHorizon(horizon);
    const core = timeMedian(() => coreGrid(s), DEFAULT_TIMING);
    const growth = hfRecalcMs(s, "growth", [s.growth + 0.01, s.growth]);
    const target = hfRecalcMs(s, "targetPaybackYears", [s.targetPaybackYears + 0.5, s.targetPaybackYears]);
    const load = hfLoadMs(s);
    lines.push(
      `  ${horizon}-year horizon, ${GRID_SIZE}x${GRID_SIZE} grid: core ${core.medianMs.toFixed(2)} ms; HyperFormula ` +
        `recalculation after a growth change ${growth.toFixed(1)} ms (${formatRatio(growth / core.medianMs)} the core), ` +
        `after a target change ${target.toFixed(1)} ms; whole workbook load and evaluation ${load.toFixed(0)} ms`,
    );
  }
  return lines;
}
