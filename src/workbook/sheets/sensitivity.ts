import type { PlanValue } from "../plan-types";
import { paybackCellValue, TAB } from "./formats";
import { cell, COL, ROW, standardWidths } from "./grid";
import { inputRef } from "./inputs";
import { PAYBACK_ROWS } from "./payback";
import { SheetBuilder } from "./sheet-builder";
import type { CheckSpec, PlanContext, SheetModule } from "./sheet-module";
import { writeCase, writeCaseHeadings, writeSharedRows } from "./sensitivity-cases";
import { gridFigures, requiredGrowthFigures } from "./sensitivity-figures";
import { writeGrid, writeGridAxes } from "./sensitivity-grid";
import { GRID_SIZE, gridCell, gridRange, SEARCH_YEARS, SENSITIVITY_ROWS } from "./sensitivity-layout";
import { sensitivityPlace, writeRequiredGrowth, writeSearch } from "./sensitivity-search";

/**
 * The Sensitivity sheet: payback year (simple and discounted) for a grid of initial growth rates × cash margins
 * around the scenario, and the constant growth rate the scenario needs to pay back (discounted) by its target, found
 * by CAPEX.REQUIREDGROWTH's bisection laid out step by step (34 steps, to model.md's 1e-9). Everything is native
 * formulas of Inputs, so the grid and the required growth move with the inputs in Excel without the add-in and in
 * LibreOffice; every cached value comes from the finance core (sensitivity-figures.ts).
 */

export {
  BISECTION_STEPS,
  GRID_SIZE,
  gridCell,
  gridColumn,
  gridOffset,
  gridRange,
  SEARCH_YEARS,
  SENSITIVITY_ROWS,
} from "./sensitivity-layout";
export {
  CUSTOM_PACING,
  GROWTH_TOO_LOW,
  gridCaseInputs,
  NO_GROWTH_RATE,
  NO_MARGIN,
  requiredGrowthFigures,
} from "./sensitivity-figures";

export const sensitivitySheet: SheetModule = {
  key: "sensitivity",
  build(ctx) {
    const b = new SheetBuilder(ctx, "sensitivity");
    const grid = gridFigures(ctx);
    const required = requiredGrowthFigures(ctx);
    b.title("Sensitivity: payback by growth and margin, and the growth the target needs").masterCheckLink();
    writeGridAxes(b, ctx, grid);
    writeGrid(b, ctx, grid, "simple");
    writeGrid(b, ctx, grid, "discounted");
    writeRequiredGrowth(b, ctx, required);
    writeSharedRows(b, ctx, grid);
    writeCaseHeadings(b);
    for (let i = 0; i < GRID_SIZE; i++) for (let j = 0; j < GRID_SIZE; j++) writeCase(b, ctx, grid, i, j);
    writeSearch(b, sensitivityPlace(ctx), required);
    return b.build({
      tabColor: TAB.output,
      columnWidths: standardWidths(Math.max(ctx.horizon, SEARCH_YEARS), 2, 60),
      freeze: { rows: ROW.activeScenario, columns: COL.note },
      // The grids and the required growth print; each grid case year by year and the search below them are working,
      // and the search's 51 years made the printed page one wide at about a sixth of the grids' size.
      printThroughRow: SENSITIVITY_ROWS.timelineHeading - 1,
    });
  },
  names() {
    const R = SENSITIVITY_ROWS;
    return [
      {
        name: "RequiredGrowth",
        sheet: "sensitivity",
        range: cell(COL.constant, R.required, true),
        comment: "Constant growth needed to pay back (discounted) by the target, or why there is none",
      },
      {
        name: "RequiredGrowthSentence",
        sheet: "sensitivity",
        range: cell(COL.constant, R.sentence, true),
        comment: "The required growth in words, next to the scenario's own growth",
      },
      {
        name: "SensitivityPaybackSimple",
        sheet: "sensitivity",
        range: gridRange("simple", true),
        comment: "Simple payback year by initial growth (rows) and cash margin (columns)",
      },
      {
        name: "SensitivityPaybackDiscounted",
        sheet: "sensitivity",
        range: gridRange("discounted", true),
        comment: "Discounted payback year by initial growth (rows) and cash margin (columns)",
      },
    ];
  },
  checks(ctx): CheckSpec[] {
    const centre = (GRID_SIZE - 1) / 2;
    const tol = inputRef(ctx, "checkTolerance");
    const same = (gridAddress: string, paybackRow: number): string => {
      const a = ctx.ref("sensitivity", gridAddress);
      const p = ctx.ref("payback", cell(COL.constant, paybackRow, true));
      return `IF(AND(ISNUMBER(${a}),ISNUMBER(${p})),ABS(${a}-${p})<=${tol}*MAX(1,ABS(${p})),${a}=${p})`;
    };
    const abs = (address: string): string => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    return [
      {
        label: "Sensitivity grid centre is the scenario",
        formula:
          `AND(${same(abs(gridCell("simple", centre, centre)), PAYBACK_ROWS.simplePayback)},` +
          `${same(abs(gridCell("discounted", centre, centre)), PAYBACK_ROWS.discountedPayback)})`,
        value: centreMatches(ctx),
        note: "The centre of each grid (no step in growth or margin) shows the Payback sheet's payback year.",
      },
    ];
  },
};

/** What the centre check should say: the grid's centre case, computed by the core, against the scenario's own. */
function centreMatches(ctx: PlanContext): boolean {
  const centre = (GRID_SIZE - 1) / 2;
  const { simple, discounted } = gridFigures(ctx).cases[centre][centre];
  const same = (a: PlanValue, b: PlanValue): boolean =>
    typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;
  return (
    same(simple, paybackCellValue(ctx.result.simplePayback)) &&
    same(discounted, paybackCellValue(ctx.result.discountedPayback))
  );
}
