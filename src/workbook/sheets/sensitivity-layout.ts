import { bisectionSteps, TARGET_FLOW_YEARS } from "../../core/requiredGrowthTrace";
import { cell, periodColumn, ROW } from "./grid";

/**
 * Where everything sits on the Sensitivity sheet: the two payback grids, the required growth, each grid case year by
 * year, and the required-growth search with one row pair per bisection step.
 */

/** Rows and columns of the grid; odd, so that the scenario itself is the centre cell. */
export const GRID_SIZE = 7;

/**
 * The bisection steps the sheet lays out: as many halvings of (−1, 10] as reach model.md's 1e-9 (34; the bracket is
 * then 11 / 2^34 ≈ 6.4e-10 wide). CAPEX.REQUIREDGROWTH bisects on to the limit of doubles (about 1e-15), so the sheet's
 * answer is what these 34 steps compute, within 6.4e-10 of the function's.
 */
export const BISECTION_STEPS = bisectionSteps();

/** The search runs over H = ⌈T⌉ + 1 years, and T ≤ the longest horizon, whatever the scenario's own horizon. */
export const SEARCH_YEARS = TARGET_FLOW_YEARS;

const TITLE_ROW = ROW.title;
const AXES_HEADING = 4;
const MARGIN_INDEX = 5;
const MARGIN_VALUE = 6;
const SIMPLE_HEADING = 8;
const SIMPLE_HEADER = 9;
const SIMPLE_FIRST = 10;
const DISCOUNTED_HEADING = SIMPLE_FIRST + GRID_SIZE + 1;
const DISCOUNTED_HEADER = DISCOUNTED_HEADING + 1;
const DISCOUNTED_FIRST = DISCOUNTED_HEADER + 1;
const REQUIRED_HEADING = DISCOUNTED_FIRST + GRID_SIZE + 1;
const CASES = GRID_SIZE * GRID_SIZE;

/** Rows of one required-growth search, laid out from `start` down (see sensitivity-search.ts). */
export interface GrowthSearchRows {
  readonly searchHeading: number;
  readonly searchK: number;
  readonly searchFraction: number;
  readonly searchYear: number;
  readonly searchWeight: number;
  readonly searchDivisor: number;
  readonly searchWithout: number;
  readonly searchCapex: number;
  readonly upperBound: number;
  /** One row pair per bisection step: the bracket, then its midpoint. */
  readonly bracket: readonly number[];
  readonly midpoint: readonly number[];
  /** The last row the search takes. */
  readonly last: number;
}

export function searchRowsFrom(start: number): GrowthSearchRows {
  let row = start;
  const searchHeading = row++;
  const searchK = row++;
  const searchFraction = row++;
  const searchYear = row++;
  const searchWeight = row++;
  const searchDivisor = row++;
  const searchWithout = row++;
  const searchCapex = row++;
  row++;
  const upperBound = row++;
  row++;
  const bracket = Array.from({ length: BISECTION_STEPS }, (_, s) => row + 2 * s);
  const midpoint = bracket.map((r) => r + 1);
  const last = midpoint[BISECTION_STEPS - 1];
  return {
    searchHeading,
    searchK,
    searchFraction,
    searchYear,
    searchWeight,
    searchDivisor,
    searchWithout,
    searchCapex,
    upperBound,
    bracket,
    midpoint,
    last,
  };
}

function layoutRows() {
  let row = REQUIRED_HEADING + 1;
  const target = row++;
  const required = row++;
  const sentence = row++;
  row++;
  const timelineHeading = row++;
  const year = row++;
  const period = row++;
  const capex = row++;
  const divisor = row++;
  row++;
  const revenueHeading = row++;
  const revenue = Array.from({ length: GRID_SIZE }, (_, i) => row + 2 * i);
  const incremental = revenue.map((r) => r + 1);
  row += 2 * GRID_SIZE + 1;
  const block = (): number => {
    const first = row + 1;
    row += CASES + 2;
    return first;
  };
  const cumulative = block();
  const part = block();
  const cumulativeDiscounted = block();
  const partDiscounted = block();
  const search = searchRowsFrom(row);
  return {
    title: TITLE_ROW,
    axesHeading: AXES_HEADING,
    marginIndex: MARGIN_INDEX,
    marginValue: MARGIN_VALUE,
    simpleHeading: SIMPLE_HEADING,
    simpleHeader: SIMPLE_HEADER,
    simpleFirst: SIMPLE_FIRST,
    discountedHeading: DISCOUNTED_HEADING,
    discountedHeader: DISCOUNTED_HEADER,
    discountedFirst: DISCOUNTED_FIRST,
    requiredHeading: REQUIRED_HEADING,
    target,
    required,
    sentence,
    timelineHeading,
    year,
    period,
    capex,
    divisor,
    revenueHeading,
    revenue,
    incremental,
    /** First row of each block of GRID_SIZE² case rows, case n (0-based) at first + n. */
    cumulative,
    part,
    cumulativeDiscounted,
    partDiscounted,
    ...search,
  };
}

export const SENSITIVITY_ROWS = layoutRows();

/** The grid's columns, F onwards: the first GRID_SIZE timeline columns. */
export function gridColumn(j: number): number {
  return periodColumn(j);
}

/** Cell of the simple or discounted payback grid, row i (growth) and column j (margin), 0-based. */
export function gridCell(kind: "simple" | "discounted", i: number, j: number): string {
  return cell(gridColumn(j), (kind === "simple" ? SIMPLE_FIRST : DISCOUNTED_FIRST) + i);
}

export function gridRange(kind: "simple" | "discounted", absolute = false): string {
  const first = kind === "simple" ? SIMPLE_FIRST : DISCOUNTED_FIRST;
  return `${cell(gridColumn(0), first, absolute)}:${cell(gridColumn(GRID_SIZE - 1), first + GRID_SIZE - 1, absolute)}`;
}

/** Steps from the scenario for grid index i: −3..3 for a 7 × 7 grid. */
export function gridOffset(i: number): number {
  return i - (GRID_SIZE - 1) / 2;
}
