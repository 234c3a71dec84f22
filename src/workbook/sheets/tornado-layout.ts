import { computeCase, type CaseInputs, type CaseResult } from "../../core/model";
import { caseNpv, tornado, TORNADO_INPUTS, type TornadoInput, type TornadoRow } from "../../core/tornado";
import { inputField } from "../../scenario/fields";
import { toTornadoSteps } from "../../scenario/tornado";
import { labelOf } from "../../scenario/validate";
import { ROW } from "./grid";
import type { PlanContext } from "./sheet-module";

/** Where things sit on the Tornado sheet, and the one core run its cached values come from. */

export const SIDES = ["low", "high"] as const;
export type Side = (typeof SIDES)[number];

const COUNT = TORNADO_INPUTS.length;

/** Groups of one row per input (in TORNADO_INPUTS order), each under its heading, values in column C. */
export const BY_INPUT_GROUPS = ["name", "low", "high", "npvLow", "npvHigh", "swing", "rank"] as const;
export type ByInputGroup = (typeof BY_INPUT_GROUPS)[number];

/** Groups of one row per rank position (largest swing first). */
export const RANKED_GROUPS = [
  "position",
  "source",
  "name",
  "npvLow",
  "npvHigh",
  "changeLow",
  "changeHigh",
  "swing",
] as const;
export type RankedGroup = (typeof RANKED_GROUPS)[number];

/** A group is its heading, its rows, and a blank row. */
const GROUP_HEIGHT = COUNT + 2;

/** Rows of one variant's case, relative to its heading. */
export const VARIANT_ROWS = {
  value: 1,
  growth: 2,
  revenueWith: 3,
  revenueWithout: 4,
  capex: 5,
  cashFlow: 6,
  divisor: 7,
  discounted: 8,
  npv: 9,
} as const;
const VARIANT_HEIGHT = 11;

const BASE_HEADING = ROW.firstContent;
const FIRST_BY_INPUT = BASE_HEADING + 3;
const FIRST_RANKED = FIRST_BY_INPUT + BY_INPUT_GROUPS.length * GROUP_HEIGHT + 1;
const FIRST_VARIANT = FIRST_RANKED + RANKED_GROUPS.length * GROUP_HEIGHT + 1;

export const TORNADO_ROWS = {
  baseHeading: BASE_HEADING,
  baseNpv: BASE_HEADING + 1,
  byInputHeading: FIRST_BY_INPUT - 1,
  rankedHeading: FIRST_RANKED - 1,
  variantsHeading: FIRST_VARIANT - 1,
} as const;

/** Heading row of a group of the by-input section; its rows follow, one per input. */
export function byInputHeading(group: ByInputGroup): number {
  return FIRST_BY_INPUT + BY_INPUT_GROUPS.indexOf(group) * GROUP_HEIGHT;
}

export function byInputRow(group: ByInputGroup, input: TornadoInput): number {
  return byInputHeading(group) + 1 + TORNADO_INPUTS.indexOf(input);
}

export function rankedHeading(group: RankedGroup): number {
  return FIRST_RANKED + RANKED_GROUPS.indexOf(group) * GROUP_HEIGHT;
}

/** Row of rank position `position` (0-based) in a group of the ranked section. */
export function rankedRow(group: RankedGroup, position: number): number {
  return rankedHeading(group) + 1 + position;
}

/** Heading row of one variant's case: the input at its low or high value, all else as in the scenario. */
export function variantHeading(input: TornadoInput, side: Side): number {
  return FIRST_VARIANT + (TORNADO_INPUTS.indexOf(input) * SIDES.length + SIDES.indexOf(side)) * VARIANT_HEIGHT;
}

/** The English label of an input, as the Inputs sheet shows it. */
export function inputLabel(input: TornadoInput): string {
  return labelOf(inputField(input));
}

export interface TornadoRun {
  /** The core's rows, largest swing first. */
  readonly rows: readonly TornadoRow[];
  readonly byInput: Readonly<Record<TornadoInput, TornadoRow>>;
  readonly baseNpv: number;
  /** Each variant's case, as the core computes it. */
  variant(input: TornadoInput, side: Side): CaseResult;
  variantInputs(input: TornadoInput, side: Side): CaseInputs;
}

const runs = new WeakMap<PlanContext, TornadoRun>();

/** The core's tornado behind every cached value of the sheet, made once per plan. */
export function tornadoRun(ctx: PlanContext): TornadoRun {
  let run = runs.get(ctx);
  if (run === undefined) runs.set(ctx, (run = computeTornadoRun(ctx.inputs, toTornadoSteps(ctx.scenario))));
  return run;
}

function computeTornadoRun(inputs: CaseInputs, steps: ReturnType<typeof toTornadoSteps>): TornadoRun {
  const rows = tornado(inputs, steps);
  const byInput = Object.fromEntries(rows.map((row) => [row.input, row])) as Record<TornadoInput, TornadoRow>;
  const variantInputs = (input: TornadoInput, side: Side): CaseInputs => ({ ...inputs, [input]: byInput[input][side] });
  const cases = new Map<string, CaseResult>();
  return {
    rows,
    byInput,
    baseNpv: caseNpv(inputs),
    variantInputs,
    variant(input, side) {
      const key = `${input}.${side}`;
      let result = cases.get(key);
      if (result === undefined) cases.set(key, (result = computeCase(variantInputs(input, side))));
      return result;
    },
  };
}
