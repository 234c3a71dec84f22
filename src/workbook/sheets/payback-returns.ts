import type { NamePlan } from "../plan-types";
import { FMT } from "./formats";
import { cell, COL, timelineRange } from "./grid";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";

/**
 * NPV (and, later, IRR) of the incremental cash flow, below the Payback sheet's results (model.md, "Earnings and returns"). The
 * NPV is the sum of the discounted cash flows, the first model year undiscounted, as the payback table discounts them.
 * The IRR is not laid out yet: Excel's IRR() does not agree with the core (HyperFormula's Newton search from 10% finds
 * no rate for the bear preset, where the core's is -34.5%), so it needs a laid-out search; the pane shows the core's.
 */

export interface ReturnsRows {
  readonly heading: number;
  readonly npv: number;
}

/** Writes the NPV row; `discountedRow` is the Payback sheet's row of discounted cash flows. */
export function writeReturns(b: SheetBuilder, ctx: PlanContext, rows: ReturnsRows, discountedRow: number): void {
  const { earnings } = ctx.result;
  b.heading(rows.heading, "Returns");
  b.valueRow(
    rows.npv,
    "NPV at the discount rate",
    "RMB bn",
    formula(`SUM(${timelineRange(discountedRow, ctx.horizon)})`, earnings.npv),
    "output",
    FMT.rmbBn,
    `Sum of the discounted cash flows; the first model year is not discounted.`,
  );
}

export function returnsNames(rows: ReturnsRows): NamePlan[] {
  return [
    {
      name: "ReturnsNPV",
      sheet: "payback",
      range: cell(COL.constant, rows.npv, true),
      comment: "NPV of the incremental cash flow at the discount rate, RMB bn",
    },
  ];
}
