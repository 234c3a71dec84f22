import type { NamePlan } from "../plan-types";
import { FMT } from "./formats";
import { cell, COL, timelineRange } from "./grid";
import { irrCellValue, irrFormula, irrTrace, IRR_NO_RATE_FOUND, IRR_NO_SIGN_CHANGE } from "./payback-irr";
import type { IrrLayout } from "./payback-irr-layout";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";

/**
 * NPV and IRR of the incremental cash flow, below the Payback sheet's results (model.md, "Earnings and returns"). The
 * NPV is the sum of the discounted cash flows, the first model year undiscounted, as the payback table discounts them.
 * The IRR is the IRR search's answer (payback-irr.ts), laid out below: Excel's IRR() does not agree with the core
 * (HyperFormula's Newton search from 10% finds no rate for the bear preset, where the core's is -34.5%), so the sheet
 * runs the core's own scan and bisection in native formulas, and computes the core's rate.
 */

export interface ReturnsRows {
  readonly heading: number;
  readonly npv: number;
  readonly irr: number;
}

/**
 * Writes the NPV and IRR rows; `discountedRow` is the Payback sheet's row of discounted cash flows, `search` where the
 * IRR search sits.
 */
export function writeReturns(
  b: SheetBuilder,
  ctx: PlanContext,
  rows: ReturnsRows,
  discountedRow: number,
  search: IrrLayout,
): void {
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
  b.valueRow(
    rows.irr,
    "IRR: the rate at which the NPV is 0",
    "% a year",
    formula(irrFormula(search), irrCellValue(irrTrace(ctx))),
    "output",
    "0.00%",
    "From the IRR search below; where the flows change sign more than once, the root nearest 0.",
  );
  for (const text of [IRR_NO_SIGN_CHANGE, IRR_NO_RATE_FOUND]) {
    b.conditional({
      kind: "textEquals",
      range: cell(COL.constant, rows.irr),
      text,
      fill: "#FCE4D6",
      fontColor: "#9C0006",
    });
  }
}

export function returnsNames(rows: ReturnsRows): NamePlan[] {
  return [
    {
      name: "ReturnsNPV",
      sheet: "payback",
      range: cell(COL.constant, rows.npv, true),
      comment: "NPV of the incremental cash flow at the discount rate, RMB bn",
    },
    {
      name: "ReturnsIRR",
      sheet: "payback",
      range: cell(COL.constant, rows.irr, true),
      comment: "IRR of the incremental cash flow, or why there is none",
    },
  ];
}
