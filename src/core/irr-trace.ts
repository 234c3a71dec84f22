import {
  bisectionStep,
  discountedSum,
  gridBracket,
  gridValue,
  IRR_SCAN_POINTS,
  midpoint,
  scaledFlows,
  type IrrBracket,
  type IrrSide,
} from "./irr-search";
import { nearestRoot, requireFiniteFlows, type IrrOutcome } from "./returns";

/**
 * The IRR search laid out as a table, for the Payback sheet, which shows it with native formulas: the scaled flows,
 * the sign function at every grid point of both sides (not only up to the first sign change, and not only on the side
 * where a conventional investment's root lies, as `internalRateOfReturn` stops), the bracket on each side and a fixed
 * number of bisection steps on it. Every number a cell of the block caches is here; the outcome is the rate
 * `internalRateOfReturn` gives (the same steps on the same numbers). Throws, as internalRateOfReturn, only on flows that are
 * not finite numbers.
 */

/** One bisection step: the bracket it starts from and the sign function (times the sign at 0) at its midpoint. */
export interface IrrStepTrace extends IrrBracket {
  readonly value: number;
}

export interface IrrSideTrace {
  /**
   * Point j = 1 … IRR_SCAN_POINTS: the sign function times its sign at 0, while it has stayed above 0 (the first
   * value at or below 0 included), then 0: a prefix of positive values, which the sheet counts with COUNTIF.
   */
  readonly grid: number[];
  /** The first point at or below 0; IRR_SCAN_POINTS + 1 where there is none (no sign change on this side). */
  readonly firstChange: number;
  readonly found: boolean;
  /** Bisection from the bracket (grid points firstChange − 1 and firstChange; clamped to the limit when none). */
  readonly steps: IrrStepTrace[];
  /** The last step's midpoint. */
  readonly root: number;
}

export interface IrrSearchTrace {
  /** The largest flow in magnitude, and the flows divided by it (all 0 when it is 0). */
  readonly largest: number;
  readonly scaled: number[];
  /** The scaled flows, last first: the coefficients of the sign function below 0 as SERIESSUM takes them. */
  readonly reversed: number[];
  /** Some flow is above 0 and some below. */
  readonly changesSign: boolean;
  /** The sign function at r = 0 (the sum of the scaled flows) and its sign. */
  readonly valueAtZero: number;
  readonly signAtZero: number;
  readonly above: IrrSideTrace;
  readonly below: IrrSideTrace;
  readonly outcome: IrrOutcome;
}

function sideTrace(scaled: readonly number[], side: IrrSide, signAtZero: number, steps: number): IrrSideTrace {
  const grid: number[] = [];
  let previous = signAtZero * discountedSum(scaled, 1);
  let positives = 0;
  for (let point = 1; point <= IRR_SCAN_POINTS; point++) {
    const value = previous > 0 ? signAtZero * gridValue(scaled, side, point) : 0;
    if (value > 0) positives++;
    grid.push(value);
    previous = value;
  }
  const firstChange = positives + 1;
  const trace: IrrStepTrace[] = [];
  let bracket = gridBracket(side, firstChange);
  for (let step = 0; step < steps; step++) {
    const { value, next } = bisectionStep(scaled, signAtZero, bracket);
    trace.push({ ...bracket, value });
    bracket = next;
  }
  const root = midpoint(trace.length > 0 ? trace[trace.length - 1] : bracket);
  return { grid, firstChange, found: firstChange <= IRR_SCAN_POINTS, steps: trace, root };
}

/** The search in full, with `steps` bisection steps on each side (IRR_BISECTION_STEPS for the model's rate). */
export function irrSearchTrace(cashflows: readonly number[], steps: number): IrrSearchTrace {
  requireFiniteFlows(cashflows);
  const scaled = scaledFlows(cashflows);
  const valueAtZero = discountedSum(scaled, 1);
  const signAtZero = Math.sign(valueAtZero);
  const above = sideTrace(scaled, 1, signAtZero, steps);
  const below = sideTrace(scaled, -1, signAtZero, steps);
  const changesSign = cashflows.some((flow) => flow > 0) && cashflows.some((flow) => flow < 0);
  let outcome: IrrOutcome;
  if (!changesSign) outcome = { kind: "noSignChange" };
  else if (valueAtZero === 0) outcome = { kind: "rate", rate: 0 };
  else outcome = nearestRoot(above.found ? above.root : undefined, below.found ? below.root : undefined);
  return {
    largest: cashflows.reduce((largest, flow) => Math.max(largest, Math.abs(flow)), 0),
    scaled,
    reversed: [...scaled].reverse(),
    changesSign,
    valueAtZero,
    signAtZero,
    above,
    below,
    outcome,
  };
}

/** The sign function at the outcome's rate, as the sheet's last bisection step on that side has it (0 at r = 0). */
export function valueAtOutcome(trace: IrrSearchTrace): number | undefined {
  const { outcome } = trace;
  if (outcome.kind !== "rate") return undefined;
  if (outcome.rate === 0 && trace.valueAtZero === 0) return 0;
  const side = outcome.rate > 0 ? trace.above : trace.below;
  return side.steps.length > 0 ? side.steps[side.steps.length - 1].value : undefined;
}
