import { ModelInputError } from "../../core/errors";
import { caseTimeline, casePayback, type CaseInputs, type CaseTimeline } from "../../core/model";
import { paybackTrace, type PaybackTrace } from "../../core/payback";
import { requiredGrowthInputsOf } from "../../core/requiredGrowth";
import {
  requiredGrowthBisectionTrace,
  requiredGrowthFromTrace,
  type BisectionTrace,
} from "../../core/requiredGrowthTrace";
import type { WorkbookLanguage } from "../i18n/translator";
import type { PlanValue } from "../plan-types";
import { numberText, percentText } from "./number-text";
import { paybackCellValue } from "./formats";
import { SENSITIVITY_GROWTH_STEP, SENSITIVITY_MARGIN_STEP } from "./inputs";
import type { PlanContext } from "./sheet-module";
import { BISECTION_STEPS, GRID_SIZE, gridOffset } from "./sensitivity-layout";

/**
 * Every number the Sensitivity sheet caches, taken from the finance core: each grid case's timeline and payback
 * trace, the payback each grid cell shows, and the required-growth search of BISECTION_STEPS steps with its answer.
 */

export const NO_GROWTH_RATE = "no growth rate up to 1,000% a year pays back within the target";
export const CUSTOM_PACING = "not available with custom pacing weights";
export const NO_MARGIN = "needs a cash margin above 0";
export const GROWTH_TOO_LOW = "growth at or below -100%";

/** The scenario with grid row i's initial growth and column j's cash margin, computed as the sheet computes them. */
export function gridCaseInputs(
  inputs: CaseInputs,
  i: number,
  j: number,
  growthStep: number,
  marginStep: number,
): CaseInputs {
  return {
    ...inputs,
    growth: inputs.growth + gridOffset(i) * growthStep,
    margin: inputs.margin + gridOffset(j) * marginStep,
  };
}

/** One grid case: its flows year by year, the payback rule traced on them, and what the grid cell shows. */
export interface GridCase {
  readonly inputs: CaseInputs;
  readonly timeline: CaseTimeline;
  readonly simpleTrace: PaybackTrace;
  readonly discountedTrace: PaybackTrace;
  readonly simple: PlanValue;
  readonly discounted: PlanValue;
}

export interface GridFigures {
  /** Initial growth of each grid row and cash margin of each grid column. */
  readonly growths: number[];
  readonly margins: number[];
  /** cases[i][j]: grid row i (growth), column j (margin). */
  readonly cases: GridCase[][];
}

function gridCase(ctx: PlanContext, inputs: CaseInputs): GridCase {
  // The scenario's capex: every case shares it, only growth and margin move.
  const timeline = caseTimeline(inputs, ctx.result.capex);
  const simpleTrace = paybackTrace(timeline.cumulativeCashFlow, timeline.cashFlow, inputs.firstYear);
  const discountedTrace = paybackTrace(
    timeline.cumulativeDiscountedCashFlow,
    timeline.discountedCashFlow,
    inputs.firstYear,
  );
  // Growth at or below −100% is outside the model: the sheet says so instead of a payback year.
  if (!(inputs.growth > -1)) {
    return { inputs, timeline, simpleTrace, discountedTrace, simple: GROWTH_TOO_LOW, discounted: GROWTH_TOO_LOW };
  }
  const payback = casePayback(timeline.cashFlow, inputs.firstYear, inputs.discountRate);
  return {
    inputs,
    timeline,
    simpleTrace,
    discountedTrace,
    simple: paybackCellValue(payback.simplePayback),
    discounted: paybackCellValue(payback.discountedPayback),
  };
}

// The sheet and its centre check both read the grid: one computation per plan.
const gridCache = new WeakMap<PlanContext["result"], GridFigures>();

export function gridFigures(ctx: PlanContext): GridFigures {
  const cached = gridCache.get(ctx.result);
  if (cached) return cached;
  const indices = Array.from({ length: GRID_SIZE }, (_, i) => i);
  const cases = indices.map((i) =>
    indices.map((j) =>
      gridCase(ctx, gridCaseInputs(ctx.inputs, i, j, SENSITIVITY_GROWTH_STEP, SENSITIVITY_MARGIN_STEP)),
    ),
  );
  const figures = {
    growths: cases.map((row) => row[0].inputs.growth),
    margins: cases[0].map((c) => c.inputs.margin),
    cases,
  };
  gridCache.set(ctx.result, figures);
  return figures;
}

/** The required-growth search as the sheet lays it out, and what the required-growth cell and its sentence show. */
export interface RequiredGrowthFigures {
  readonly trace: BisectionTrace;
  readonly value: number | string;
  readonly sentence: string;
}

// The Sensitivity sheet, the Cover and the Dashboard all show the required growth: one search per plan.
const requiredCache = new WeakMap<PlanContext["result"], RequiredGrowthFigures>();

export function requiredGrowthFigures(
  ctx: Pick<PlanContext, "scenario" | "result" | "language">,
): RequiredGrowthFigures {
  const cached = requiredCache.get(ctx.result);
  if (cached) return cached;
  const s = ctx.scenario;
  const trace = requiredGrowthBisectionTrace(
    { ...s, targetYears: s.targetPaybackYears },
    ctx.result.capex,
    BISECTION_STEPS,
  );
  const value = requiredGrowthValue(s, trace);
  const figures = { trace, value, sentence: requiredGrowthSentence(value, s, ctx.language) };
  requiredCache.set(ctx.result, figures);
  return figures;
}

/** The required-growth cell's value: what the laid-out steps give, or the text the sheet shows instead. */
function requiredGrowthValue(s: PlanContext["scenario"], trace: BisectionTrace): number | string {
  if (s.profile === "custom") return CUSTOM_PACING;
  try {
    return requiredGrowthFromTrace(requiredGrowthInputsOf({ ...s, profile: s.profile }, s.targetPaybackYears), trace);
  } catch (error) {
    if (error instanceof ModelInputError && error.kind === "na") return NO_GROWTH_RATE;
    if (error instanceof ModelInputError && error.kind === "num" && !(s.margin > 0)) return NO_MARGIN;
    throw error;
  }
}

/** The sentence under the required growth, as its formula builds it. */
export function requiredGrowthSentence(
  required: number | string,
  s: PlanContext["scenario"],
  language: WorkbookLanguage,
): string {
  const pct = (rate: number): string => percentText(rate, language);
  const assumed = `the scenario assumes ${pct(s.growth)}, fading to ${pct(s.terminalGrowth)}.`;
  if (typeof required === "number") {
    return (
      `Needs ${pct(required)} a year to pay back (discounted) within ` +
      `${numberText(s.targetPaybackYears, 1, language)} years; ${assumed}`
    );
  }
  return `Required growth: ${required}; ${assumed}`;
}
