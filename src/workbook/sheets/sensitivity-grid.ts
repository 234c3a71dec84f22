import type { PlanValue } from "../plan-types";
import { FMT, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK } from "./formats";
import { cell, COL, columnLetter, periodColumn } from "./grid";
import { inputRef } from "./inputs";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";
import type { GridFigures } from "./sensitivity-figures";
import { GRID_SIZE, gridColumn, gridOffset, gridRange, SENSITIVITY_ROWS as R } from "./sensitivity-layout";

/**
 * The top of the Sensitivity sheet: the grid's axes and the two payback grids (simple, discounted), each cell picking
 * its case's result from the case blocks further down with INDEX.
 */

const CASES = GRID_SIZE * GRID_SIZE;
const col = (j: number): string => columnLetter(periodColumn(j));
const lastGrid = col(GRID_SIZE - 1);
const marginIndexRange = `$F$${R.marginIndex}:$${lastGrid}$${R.marginIndex}`;
const growthIndexRange = `$D$${R.simpleFirst}:$D$${R.simpleFirst + GRID_SIZE - 1}`;

/** A row across the grid's columns: label, unit, one formula per grid column. */
function gridRow(
  b: SheetBuilder,
  row: number,
  label: string,
  unit: string,
  f: (c: string, j: number) => string,
  values: readonly PlanValue[],
  style: "calculation" | "link" | "output",
  numberFormat: string,
): void {
  b.set(row, COL.label, label).set(row, COL.unit, unit);
  b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
  for (let j = 0; j < GRID_SIZE; j++) b.set(row, gridColumn(j), formula(f(col(j), j), values[j]));
  b.format(`${cell(gridColumn(0), row)}:${cell(gridColumn(GRID_SIZE - 1), row)}`, style, numberFormat);
}

/**
 * Grid axes: an index counted across from the blank column E, centred on the scenario with MEDIAN, so that no count
 * or offset is typed into a formula.
 */
export function writeGridAxes(b: SheetBuilder, ctx: PlanContext, figures: GridFigures): void {
  b.heading(R.axesHeading, "Grid axes (steps set on Inputs)");
  gridRow(
    b,
    R.marginIndex,
    "Grid column",
    "count",
    (_, j) => `${columnLetter(gridColumn(j) - 1)}${R.marginIndex}+1`,
    Array.from({ length: GRID_SIZE }, (_, j) => j + 1),
    "calculation",
    FMT.count,
  );
  gridRow(
    b,
    R.marginValue,
    "Cash margin of the grid column",
    "%",
    (c) =>
      `${inputRef(ctx, "margin")}+(${c}${R.marginIndex}-MEDIAN(${marginIndexRange}))*` +
      inputRef(ctx, "sensitivityMarginStep"),
    figures.margins,
    "calculation",
    FMT.rate,
  );
}

/** Case n = i · GRID_SIZE + j sits at row first + n of each case block; the grids pick it with INDEX. */
function caseNumber(row: number, c: string): string {
  return `($D${row}-1)*COUNT(${marginIndexRange})+${c}$${R.marginIndex}`;
}

function writeGridRowHeader(b: SheetBuilder, ctx: PlanContext, figures: GridFigures, simple: boolean, i: number): void {
  const row = (simple ? R.simpleFirst : R.discountedFirst) + i;
  const offset = gridOffset(i);
  b.set(
    row,
    COL.label,
    `Initial growth, ${offset === 0 ? "the scenario's" : `${offset > 0 ? "+" : ""}${offset} steps`}`,
  );
  b.set(row, COL.unit, "year");
  b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
  if (simple) {
    const growth =
      `${inputRef(ctx, "growth")}+($D${row}-MEDIAN(${growthIndexRange}))*` + inputRef(ctx, "sensitivityGrowthStep");
    b.set(row, COL.constant, formula(growth, figures.growths[i]));
    b.set(row, COL.total, formula(`D${row - 1}+1`, i + 1));
  } else {
    b.set(row, COL.constant, formula(`C${R.simpleFirst + i}`, figures.growths[i]));
    b.set(row, COL.total, formula(`D${R.simpleFirst + i}`, i + 1));
  }
  b.format(cell(COL.constant, row), simple ? "calculation" : "link", FMT.rate);
  b.format(cell(COL.total, row), "calculation", FMT.count);
}

/** One payback grid: growth down, margin across, each cell the payback of its case. */
export function writeGrid(
  b: SheetBuilder,
  ctx: PlanContext,
  figures: GridFigures,
  kind: "simple" | "discounted",
): void {
  const simple = kind === "simple";
  const first = simple ? R.simpleFirst : R.discountedFirst;
  const results = simple ? R.part : R.partDiscounted;
  const resultRange = `$C$${results}:$C$${results + CASES - 1}`;
  b.heading(
    simple ? R.simpleHeading : R.discountedHeading,
    simple
      ? "Payback year, simple: initial growth down, cash margin across (other inputs as on Inputs)"
      : "Payback year, discounted at the discount rate on Inputs",
  );
  const header = simple ? R.simpleHeader : R.discountedHeader;
  const axis = "Initial growth \u2193   cash margin \u2192";
  gridRow(b, header, axis, "%", (c) => `${c}$${R.marginValue}`, figures.margins, "link", FMT.rate);
  b.set(header, COL.constant, "Initial growth").set(header, COL.total, null);
  b.format(cell(COL.constant, header), "tableHeader");
  for (let i = 0; i < GRID_SIZE; i++) {
    const row = first + i;
    writeGridRowHeader(b, ctx, figures, simple, i);
    for (let j = 0; j < GRID_SIZE; j++) {
      const shown = figures.cases[i][j][kind];
      b.set(row, gridColumn(j), formula(`INDEX(${resultRange},${caseNumber(row, col(j))})`, shown));
    }
    b.format(`${cell(gridColumn(0), row)}:${cell(gridColumn(GRID_SIZE - 1), row)}`, "output", FMT.paybackYear);
  }
  const range = gridRange(kind);
  b.conditional({ kind: "threeColorScale", range, colors: ["#63BE7B", "#FFEB84", "#F8696B"] });
  b.conditional({ kind: "textEquals", range, text: NOT_WITHIN_HORIZON, fill: "#C00000", fontColor: "#FFFFFF" });
  b.conditional({ kind: "textEquals", range, text: NOTHING_TO_PAY_BACK, fill: "#C6EFCE", fontColor: "#006100" });
}
