import { ModelInputError } from "./errors";
import { computeCase, validateCaseInputs, type CaseInputs } from "./model";

/**
 * Which assumption moves the answer most (`shared/spec/model.md`, "Tornado"): the NPV with one input at its low and
 * at its high value, all else as in the scenario, rows sorted by swing.
 */

/** The inputs the tornado varies, in the order they are listed on the Inputs sheet. */
export const TORNADO_INPUTS = [
  "growth",
  "terminalGrowth",
  "baselineGrowth",
  "margin",
  "discountRate",
  "capexTotal",
  "baseRevenue",
] as const;
export type TornadoInput = (typeof TORNADO_INPUTS)[number];

/** Amounts move by a fraction of themselves (0.1 is ±10%); rates by a step in their own unit (0.02 is ±2 points). */
export function isRelativeStep(input: TornadoInput): boolean {
  return input === "capexTotal" || input === "baseRevenue";
}

export type TornadoSteps = Readonly<Record<TornadoInput, number>>;

export interface TornadoRow {
  readonly input: TornadoInput;
  readonly low: number;
  readonly high: number;
  readonly npvLow: number;
  readonly npvHigh: number;
  /** |npvHigh − npvLow|. */
  readonly swing: number;
}

/** NPV = Σ CF_k / (1 + r)^k with flow 0 undiscounted: the last running total of the discounted flows. */
export function caseNpv(inputs: CaseInputs): number {
  const cumulative = computeCase(inputs).cumulativeDiscountedCashFlow;
  return cumulative[cumulative.length - 1];
}

/** The low and high value of one input for its step. */
export function tornadoRange(input: TornadoInput, value: number, step: number): [number, number] {
  return isRelativeStep(input) ? [value * (1 - step), value * (1 + step)] : [value - step, value + step];
}

/**
 * One input's row: its low and high value for `step` and the NPV at each, all else as in `inputs` (which the caller
 * has validated). Throws "num" where the step is not a finite number of 0 or more, or takes the input outside what
 * the model accepts (a rate at or below −100%, a negative amount, a case too large to represent).
 */
export function tornadoRow(inputs: CaseInputs, input: TornadoInput, step: number): TornadoRow {
  if (!Number.isFinite(step) || step < 0) {
    throw new ModelInputError("num", `the tornado step for ${input} must be a finite number of 0 or more.`);
  }
  if (isRelativeStep(input) && step > 1) {
    throw new ModelInputError("num", `the tornado step for ${input} must be at most 1 (100%).`);
  }
  const [low, high] = tornadoRange(input, inputs[input], step);
  if (!isRelativeStep(input) && input !== "margin" && low <= -1) {
    throw new ModelInputError("num", `the tornado step for ${input} takes it to -100% or below.`);
  }
  const npvLow = caseNpv({ ...inputs, [input]: low });
  const npvHigh = caseNpv({ ...inputs, [input]: high });
  return { input, low, high, npvLow, npvHigh, swing: Math.abs(npvHigh - npvLow) };
}

/**
 * One row per input, largest swing first (ties keep the input order). Throws "num" where a step is not a finite
 * number of 0 or more, or takes an input outside what the model accepts (a rate at or below −100%, a negative amount).
 */
export function tornado(inputs: CaseInputs, steps: TornadoSteps): TornadoRow[] {
  validateCaseInputs(inputs);
  return TORNADO_INPUTS.map((input) => tornadoRow(inputs, input, steps[input]))
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.swing - a.row.swing || a.order - b.order)
    .map(({ row }) => row);
}
