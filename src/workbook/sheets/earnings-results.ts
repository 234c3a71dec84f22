import { inputRef } from "./inputs";
import {
  EARNINGS_ROWS,
  earningsSentence,
  NO_REVENUE,
  recoveryCellValue,
  troughCellValue,
  troughYearCellValue,
} from "./earnings-figures";
import { FMT, NOT_WITHIN_HORIZON } from "./formats";
import { cell, COL, ROW, timelineRange } from "./grid";
import { PAYBACK_ROWS } from "./payback";
import { numberTextFormula, percentTextFormula } from "./number-text";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";

/** The Earnings sheet's results: the trough, its year, the recovery year, and the headline sentence. */
export function writeEarningsResults(b: SheetBuilder, ctx: PlanContext): void {
  const R = EARNINGS_ROWS;
  const { horizon, scenario } = ctx;
  const { earnings } = ctx.result;
  const row = (r: number) => timelineRange(r, horizon);
  const years = row(ROW.year);
  b.heading(R.resultsHeading, "Results");
  b.valueRow(
    R.trough,
    "EBITA margin at the trough",
    "%",
    formula(`IF(COUNT(${row(R.margin)})=0,"${NO_REVENUE}",MIN(${row(R.margin)}))`, troughCellValue(earnings.trough)),
    "output",
    FMT.rate,
  );
  b.valueRow(
    R.troughYear,
    "Year of the trough",
    "year",
    formula(
      `IF(SUM(${row(R.troughFlag)})=1,SUMIF(${row(R.troughFlag)},1,${years}),"${NO_REVENUE}")`,
      troughYearCellValue(earnings.trough),
    ),
    "output",
    FMT.year,
  );
  b.valueRow(
    R.recoveryYear,
    "Year the margin is back at the baseline",
    "year",
    formula(
      `IF(SUM(${row(R.recoveryFlag)})=1,SUMIF(${row(R.recoveryFlag)},1,${years}),"${NOT_WITHIN_HORIZON}")`,
      recoveryCellValue(earnings.recovery),
    ),
    "output",
    FMT.year,
    "The first year after the trough with a margin at or above the baseline margin.",
  );
  const pct = (ref: string): string => percentTextFormula(ref, ctx.language);
  const trough = cell(COL.constant, R.trough, true);
  const troughYear = cell(COL.constant, R.troughYear, true);
  const recovery = cell(COL.constant, R.recoveryYear, true);
  const baseline = inputRef(ctx, "baselineEbitaMargin");
  const npv = ctx.ref("payback", cell(COL.constant, PAYBACK_ROWS.returns.npv, true));
  const sentence =
    `IF(ISNUMBER(${trough}),IF(${trough}<${baseline},"EBITA margin falls to "&${pct(trough)}&" in "&${troughYear}&` +
    `" from "&${pct(baseline)}&", "&IF(ISNUMBER(${recovery}),"back to "&${pct(baseline)}&" by "&${recovery},` +
    `"not back to "&${pct(baseline)}&" within the horizon"),"EBITA margin stays at or above "&${pct(baseline)}&` +
    `" (lowest "&${pct(trough)}&" in "&${troughYear}&")"),"EBITA margin: ${NO_REVENUE} within the horizon")&` +
    `"; NPV RMB "&${numberTextFormula(npv, 1, ctx.language)}&" bn at "&${pct(inputRef(ctx, "discountRate"))}&"."`;
  b.valueRow(
    R.sentence,
    "In words",
    "text",
    formula(sentence, earningsSentence(earnings, scenario.baselineEbitaMargin, scenario.discountRate, ctx.language)),
    "output",
  );
  b.conditional({
    kind: "textEquals",
    range: cell(COL.constant, R.recoveryYear),
    text: NOT_WITHIN_HORIZON,
    fill: "#FCE4D6",
    fontColor: "#9C0006",
  });
}
