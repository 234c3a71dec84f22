import { MAX_HORIZON } from "./model";
import { discountDivisors } from "./payback";
import { paceCapex } from "./pacing";
import {
  GROWTH_SEARCH_HIGH,
  GROWTH_SEARCH_LOW,
  GROWTH_SEARCH_TOLERANCE,
  noRateIsEnough,
  requiredGrowthWithoutSearch,
  type RequiredGrowthInputs,
} from "./requiredGrowth";

/**
 * The required-growth search laid out as a table, for a sheet that shows it step by step with native formulas: Q(g)
 * year by year as weighted, discounted terms, and a bisection of a fixed number of steps. `requiredGrowth` computes
 * the same Q in one running product and bisects to the limit of doubles; this trace stops after the steps it is
 * given, so its answer is what those steps compute (within 11 / 2^steps of the exact root), not the full-precision one.
 */

/** How many halvings bring (low, high] to a width of at most `tolerance`: 34 for (−1, 10] and model.md's 1e-9. */
export function bisectionSteps(
  low = GROWTH_SEARCH_LOW,
  high = GROWTH_SEARCH_HIGH,
  tolerance = GROWTH_SEARCH_TOLERANCE,
): number {
  let width = high - low;
  let steps = 0;
  while (width > tolerance) {
    width /= 2;
    steps++;
  }
  return steps;
}

/** Years a laid-out search covers: ⌈T⌉ + 1 ≤ MAX_HORIZON + 1 for every target T, so one table fits them all. */
export const TARGET_FLOW_YEARS = MAX_HORIZON + 1;

/** What Q(g) needs besides g and the capex schedule. */
export type TargetFlowInputs = Pick<
  RequiredGrowthInputs,
  "baseRevenue" | "margin" | "targetYears" | "baselineGrowth" | "discountRate"
>;

/** The parts of Q(g) that do not depend on g, year by year (year n = 1 is flow 0). */
export interface TargetFlowTable {
  /** k = ⌈T⌉. */
  readonly wholeYears: number;
  /** T − (k − 1): the share of flow k counted. */
  readonly shareOfLastYear: number;
  readonly yearNumbers: number[];
  /** 1 up to year k, the share in year k + 1, then 0. */
  readonly weights: number[];
  readonly divisors: number[];
  readonly revenueWithout: number[];
  /** The capex schedule, 0 after its end. */
  readonly capex: number[];
}

export function targetFlowTable(
  inputs: TargetFlowInputs,
  capex: readonly number[],
  years = TARGET_FLOW_YEARS,
): TargetFlowTable {
  const wholeYears = Math.ceil(inputs.targetYears);
  const shareOfLastYear = inputs.targetYears - (wholeYears - 1);
  const yearNumbers = Array.from({ length: years }, (_, y) => y + 1);
  return {
    wholeYears,
    shareOfLastYear,
    yearNumbers,
    weights: yearNumbers.map((n) => (n <= wholeYears ? 1 : n === wholeYears + 1 ? shareOfLastYear : 0)),
    divisors: discountDivisors(inputs.discountRate, years),
    revenueWithout: yearNumbers.map((n) => inputs.baseRevenue * Math.pow(1 + inputs.baselineGrowth, n)),
    capex: yearNumbers.map((n) => (n <= capex.length ? capex[n - 1] : 0)),
  };
}

/** The terms of Q(g): weight · (margin · (base · (1 + g)^n − revenue without) − capex) / divisor, year by year. */
export function targetFlowTerms(inputs: TargetFlowInputs, table: TargetFlowTable, growth: number): number[] {
  return table.yearNumbers.map(
    (n, y) =>
      (table.weights[y] *
        (inputs.margin * (inputs.baseRevenue * Math.pow(1 + growth, n) - table.revenueWithout[y]) - table.capex[y])) /
      table.divisors[y],
  );
}

/** Left to right, as SUM adds a row. */
function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total = total + v;
  return total;
}

/** One bisection step: the bracket it starts from, its midpoint, and Q at the midpoint with its terms. */
export interface BisectionStep {
  readonly low: number;
  readonly high: number;
  readonly mid: number;
  readonly terms: number[];
  readonly q: number;
}

export interface BisectionTrace {
  readonly table: TargetFlowTable;
  /** Q at the top of the search interval, and its terms: below 0, no rate in the interval is enough. */
  readonly upperTerms: number[];
  readonly upperQ: number;
  readonly steps: BisectionStep[];
  /** The upper end of the bracket after the last step: the answer the steps give. */
  readonly result: number;
}

/**
 * `steps` bisection steps on (−1, 10] for the Q the table lays out: each step halves the bracket, keeping the upper
 * half when Q(mid) ≥ 0. Validates nothing, so that a sheet's cached values exist for any inputs its formulas take.
 */
export function requiredGrowthBisectionTrace(
  inputs: TargetFlowInputs,
  capex: readonly number[],
  steps: number,
): BisectionTrace {
  const table = targetFlowTable(inputs, capex);
  const upperTerms = targetFlowTerms(inputs, table, GROWTH_SEARCH_HIGH);
  const trace: BisectionStep[] = [];
  let low = GROWTH_SEARCH_LOW;
  let high = GROWTH_SEARCH_HIGH;
  for (let step = 0; step < steps; step++) {
    const mid = (low + high) / 2;
    const terms = targetFlowTerms(inputs, table, mid);
    const q = sum(terms);
    trace.push({ low, high, mid, terms, q });
    if (q >= 0) high = mid;
    else low = mid;
  }
  return { table, upperTerms, upperQ: sum(upperTerms), steps: trace, result: high };
}

/**
 * The required growth as a trace of a built-in profile's capex answers it: model.md's answers without a search
 * (capex 0, no base revenue) and errors as `requiredGrowth` gives them, else the trace's result; "na" when even the
 * top of the interval is not enough.
 */
export function requiredGrowthFromTrace(inputs: RequiredGrowthInputs, trace: BisectionTrace): number {
  const direct = requiredGrowthWithoutSearch(inputs);
  if (direct !== undefined) return direct;
  if (!(trace.upperQ >= 0)) throw noRateIsEnough();
  return trace.result;
}

/** `requiredGrowth` by `steps` laid-out bisection steps instead of to full precision. */
export function requiredGrowthInSteps(inputs: RequiredGrowthInputs, steps = bisectionSteps()): number {
  const direct = requiredGrowthWithoutSearch(inputs);
  if (direct !== undefined) return direct;
  const capex = paceCapex(inputs.capexTotal, inputs.capexYears, inputs.profile);
  return requiredGrowthFromTrace(inputs, requiredGrowthBisectionTrace(inputs, capex, steps));
}
