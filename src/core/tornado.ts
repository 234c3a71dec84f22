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
  const npvLow = movedNpv(inputs, input, low);
  const npvHigh = movedNpv(inputs, input, high);
  const swing = Math.abs(npvHigh - npvLow);
  if (!Number.isFinite(swing)) throw tooLarge(input, Math.abs(npvLow) > Math.abs(npvHigh) ? low : high);
  return { input, low, high, npvLow, npvHigh, swing };
}

/** The refusal of a step whose moved case (or swing) is too large to represent, naming where the step takes it. */
function tooLarge(input: TornadoInput, value: number): ModelInputError {
  // Rates as percentages with seven significant digits (-99.99999%), amounts as they are.
  const shown = isRelativeStep(input) ? String(value) : `${Number((value * 100).toPrecision(7))}%`;
  return new ModelInputError(
    "num",
    `the tornado step for ${input} takes it to ${shown}, where the NPV is too large to represent; use a smaller step.`,
  );
}

/**
 * The NPV with one input moved. A move the model cannot represent (a discount rate of −99.99999% over 50 years
 * divides by an underflowed 0) is the step's fault, not the scenario's: the error names the step, so that validation
 * puts it at the step's field.
 */
function movedNpv(inputs: CaseInputs, input: TornadoInput, value: number): number {
  try {
    return caseNpv({ ...inputs, [input]: value });
  } catch (error) {
    if (error instanceof ModelInputError && error.kind === "num") throw tooLarge(input, value);
    throw error;
  }
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
