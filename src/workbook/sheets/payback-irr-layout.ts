import { IRR_BISECTION_STEPS, IRR_SCAN_POINTS } from "../../core/irr-search";

/**
 * Where the IRR search sits on the Payback sheet, below Returns: its inputs (the scaled flows and the sign at 0), the
 * scan of each side as a grid of points wrapped into rows, and the bisection of each side, one row per step.
 *
 * The grid is max(horizon, 10) columns wide, in the timeline's columns: as wide as the sheet already is for a horizon
 * of 10 or more (so it prints at the same scale), and 139 rows a side at most (horizons below 10).
 */

export const IRR_GRID_MIN_COLUMNS = 10;

export interface IrrSideRows {
  readonly heading: number;
  /** The grid rows of the scan: `gridRows` rows from `firstGridRow`. */
  readonly firstGridRow: number;
  readonly bisectionHeading: number;
  /** One row per bisection step. */
  readonly steps: readonly number[];
  readonly root: number;
}

export interface IrrLayout {
  readonly heading: number;
  readonly largest: number;
  readonly scaled: number;
  readonly reversed: number;
  readonly valueAtZero: number;
  readonly signAtZero: number;
  readonly changesSign: number;
  readonly points: number;
  /** The grid's columns: point within the row, 1 … gridColumns. */
  readonly gridHeader: number;
  readonly gridColumns: number;
  readonly gridRows: number;
  /** Points in the last grid row of a side (the others are full). */
  readonly lastRowPoints: number;
  readonly firstChangeAbove: number;
  readonly firstChangeBelow: number;
  readonly above: IrrSideRows;
  readonly below: IrrSideRows;
  /** The row after the block. */
  readonly end: number;
}

export function irrLayout(start: number, horizon: number): IrrLayout {
  const gridColumns = Math.max(horizon, IRR_GRID_MIN_COLUMNS);
  const gridRows = Math.ceil(IRR_SCAN_POINTS / gridColumns);
  const gridHeader = start + 8;
  const aboveHeading = gridHeader + 1;
  const belowHeading = aboveHeading + 1 + gridRows;
  const firstChangeAbove = belowHeading + 1 + gridRows;
  const firstChangeBelow = firstChangeAbove + 1;
  const side = (heading: number, gridHeading: number): IrrSideRows => ({
    heading: gridHeading,
    firstGridRow: gridHeading + 1,
    bisectionHeading: heading,
    steps: Array.from({ length: IRR_BISECTION_STEPS }, (_, s) => heading + 1 + s),
    root: heading + 1 + IRR_BISECTION_STEPS,
  });
  const above = side(firstChangeBelow + 2, aboveHeading);
  const below = side(above.root + 2, belowHeading);
  return {
    heading: start,
    largest: start + 1,
    scaled: start + 2,
    reversed: start + 3,
    valueAtZero: start + 4,
    signAtZero: start + 5,
    changesSign: start + 6,
    points: start + 7,
    gridHeader,
    gridColumns,
    gridRows,
    lastRowPoints: IRR_SCAN_POINTS - (gridRows - 1) * gridColumns,
    firstChangeAbove,
    firstChangeBelow,
    above,
    below,
    end: below.root + 1,
  };
}
