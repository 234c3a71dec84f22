import { toUsd } from "../../core/model";
import {
  EARNINGS_ROWS,
  earningsSentence,
  recoveryCellValue,
  troughCellValue,
  troughYearCellValue,
} from "./earnings-figures";
import { inputRef } from "./inputs";
import { FMT, paybackCellValue } from "./formats";
import { cell, COL } from "./grid";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";
import { PAYBACK_ROWS } from "./payback";
import { requiredGrowthFigures, SENSITIVITY_ROWS } from "./sensitivity";

/**
 * The headline figures, linked from where they are computed; the Cover and the Dashboard both show them. Returns the
 * next free row.
 */
export function writeHeadlines(b: SheetBuilder, ctx: PlanContext, firstRow: number): number {
  const { scenario, result } = ctx;
  let row = firstRow;
  const link = (label: string, unit: string, f: string, value: number | string, fmt: string): void => {
    b.valueRow(row++, label, unit, formula(f, value), "link", fmt);
  };
  const payback = (key: "simplePayback" | "discountedPayback") =>
    ctx.ref("payback", cell(COL.constant, PAYBACK_ROWS[key], true));
  const sensitivity = (r: number) => ctx.ref("sensitivity", cell(COL.constant, r, true));
  const required = requiredGrowthFigures(ctx);
  link("Scenario", "text", inputRef(ctx, "scenarioName"), scenario.name, "@");
  link("Capex total", "RMB bn", inputRef(ctx, "capexTotal"), scenario.capexTotal, FMT.rmbBn);
  link(
    "Capex total in USD",
    "USD bn",
    `${inputRef(ctx, "capexTotal")}/${inputRef(ctx, "fx")}`,
    toUsd(scenario.capexTotal, scenario.fx),
    FMT.usdBn,
  );
  link(
    "Payback year, simple",
    "year",
    payback("simplePayback"),
    paybackCellValue(result.simplePayback) as number | string,
    FMT.paybackYear,
  );
  link(
    "Payback year, discounted",
    "year",
    payback("discountedPayback"),
    paybackCellValue(result.discountedPayback) as number | string,
    FMT.paybackYear,
  );
  link(
    "Growth needed to pay back by the target",
    "% a year",
    sensitivity(SENSITIVITY_ROWS.required),
    required.value,
    FMT.rate,
  );
  link("In words", "text", sensitivity(SENSITIVITY_ROWS.sentence), required.sentence, "@");
  const { earnings } = result;
  const earningsCell = (r: number) => ctx.ref("earnings", cell(COL.constant, r, true));
  link(
    "NPV at the discount rate",
    "RMB bn",
    ctx.ref("payback", cell(COL.constant, PAYBACK_ROWS.returns.npv, true)),
    earnings.npv,
    FMT.rmbBn,
  );
  link(
    "EBITA margin at the trough",
    "%",
    earningsCell(EARNINGS_ROWS.trough),
    troughCellValue(earnings.trough) as number | string,
    FMT.rate,
  );
  link(
    "Year of the trough",
    "year",
    earningsCell(EARNINGS_ROWS.troughYear),
    troughYearCellValue(earnings.trough) as number | string,
    FMT.year,
  );
  link(
    "Year the margin is back at the baseline",
    "year",
    earningsCell(EARNINGS_ROWS.recoveryYear),
    recoveryCellValue(earnings.recovery) as number | string,
    FMT.year,
  );
  link(
    "Earnings in words",
    "text",
    earningsCell(EARNINGS_ROWS.sentence),
    earningsSentence(earnings, scenario.baselineEbitaMargin, scenario.discountRate, ctx.language),
    "@",
  );
  return row;
}
