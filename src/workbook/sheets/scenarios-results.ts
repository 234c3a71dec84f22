import type { PlanValue } from "../plan-types";
import { depreciate } from "../../core/depreciation";
import { NO_REVENUE, troughCellValue } from "./earnings-figures";
import { FMT, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK, paybackCellValue } from "./formats";
import { cell, COL, periodNumberRef, ROW, timelineRange } from "./grid";
import { irrCellValue, irrFormula, irrTrace, writeIrrSearch } from "./payback-irr";
import { blockInput, scenarioBlock, type ScenarioBlock } from "./scenarios-layout";
import { requiredGrowthFigures } from "./sensitivity-figures";
import { requiredGrowthFormula, writeSearch, type GrowthSearchPlace } from "./sensitivity-search";
import { formula, type PeriodRef, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";

/**
 * The second half of a scenario's block on the Scenarios sheet: the Earnings sheet's depreciation, EBITA and margin
 * rows for its capex and revenue, then its results in column C, the IRR and required growth from their searches laid
 * out below (the Payback and Sensitivity sheets' own searches, placed here and reading this block).
 */

/** Depreciation of both asset classes (half-year convention), EBITA and its margin: the Earnings sheet's shapes. */
export function writeEarningsRows(b: SheetBuilder, ctx: PlanContext, own: PlanContext, index: number): void {
  const { scenario: s, result } = own;
  const { earnings } = result;
  const h = ctx.horizon;
  const B = scenarioBlock(index, h);
  const input = blockInput(ctx, index);
  const n = periodNumberRef;
  const capex = timelineRange(B.capex, h);
  const periods = timelineRange(ROW.period, h);
  const at = (row: number, p: PeriodRef) => `${p.col}${row}`;
  const window = (life: string) => (p: PeriodRef) =>
    `SUMIFS(${capex},${periods},"<="&${n(p)},${periods},">"&(${n(p)}-${life}))/${life}`;
  const charge = (windowRow: number, share: string) => (p: PeriodRef) =>
    `${share}*AVERAGE(${at(windowRow, p)},IF(${n(p)}=1,0,${p.prev}${windowRow}))`;
  const infraShare = input("infraShare");
  const classes = [
    [B.infraWindow, B.infraCharge, "infraLife", "infrastructure", infraShare, earnings.infraDepreciation, s.infraLife],
    [
      B.facilityWindow,
      B.facilityCharge,
      "facilityLife",
      "facilities",
      `(1-${infraShare})`,
      earnings.facilityDepreciation,
      s.facilityLife,
    ],
  ] as const;
  for (const [windowRow, chargeRow, life, what, share, charges, years] of classes) {
    b.timelineRow(windowRow, {
      label: `Straight-line charge of the spend within its life: ${what}`,
      unit: "RMB bn",
      formula: window(input(life)),
      values: depreciate(result.capex, years, h, "same"),
      numberFormat: FMT.rmbBn,
    });
    b.timelineRow(chargeRow, {
      label: `Depreciation of ${what} (half-year convention)`,
      unit: "RMB bn",
      formula: charge(windowRow, share),
      values: charges,
      numberFormat: FMT.rmbBn,
    });
  }
  b.timelineRow(B.depreciation, {
    label: "Depreciation, both classes",
    unit: "RMB bn",
    formula: (p) => `${at(B.infraCharge, p)}+${at(B.facilityCharge, p)}`,
    values: earnings.depreciation,
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(B.ebita, {
    label: "Segment EBITA with the investment",
    unit: "RMB bn",
    formula: (p) =>
      `${input("baselineEbitaMargin")}*${at(B.revenueWithout, p)}+${input("margin")}*(${at(B.revenueWith, p)}-` +
      `${at(B.revenueWithout, p)})-${at(B.depreciation, p)}`,
    values: earnings.ebita,
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(B.margin, {
    label: "EBITA margin with the investment",
    unit: "%",
    formula: (p) => `IF(${at(B.revenueWith, p)}=0,"${NO_REVENUE}",${at(B.ebita, p)}/${at(B.revenueWith, p)})`,
    values: earnings.ebitaMargin.map((m) => (m === "noRevenue" ? NO_REVENUE : m)),
    numberFormat: FMT.rate,
  });
}

/** Where this block's required-growth search sits and what it reads: its inputs and its own capex row. */
function growthPlace(ctx: PlanContext, index: number, B: ScenarioBlock): GrowthSearchPlace {
  return {
    rows: B.growthSearch,
    input: blockInput(ctx, index),
    capex: timelineRange(B.capex, ctx.horizon),
    periods: timelineRange(ROW.period, ctx.horizon),
  };
}

export type BlockResult = "simplePayback" | "discountedPayback" | "npv" | "irr" | "requiredGrowth" | "trough";

/** What the core says each result cell of a block holds: its cached value, which the comparison table links to. */
export function blockResultValues(own: PlanContext): Readonly<Record<BlockResult, PlanValue>> {
  const { result } = own;
  return {
    simplePayback: paybackCellValue(result.simplePayback),
    discountedPayback: paybackCellValue(result.discountedPayback),
    npv: result.earnings.npv,
    irr: irrCellValue(irrTrace(own)),
    requiredGrowth: requiredGrowthFigures(own).value,
    trough: troughCellValue(result.earnings.trough),
  };
}

/** The block's results in column C, and the two searches below them. */
export function writeBlockResults(b: SheetBuilder, ctx: PlanContext, own: PlanContext, index: number): void {
  const h = ctx.horizon;
  const B = scenarioBlock(index, h);
  const input = blockInput(ctx, index);
  const range = (row: number) => timelineRange(row, h);
  const values = blockResultValues(own);
  const outcome = (search: ScenarioBlock["simple"], cumulativeRow: number): string =>
    `IF(SUM(${range(search.firstRecovery)})=1,SUM(${range(search.paybackPart)}),` +
    `IF(OR(MIN(${range(cumulativeRow)})<0,${input("horizon")}=1),"${NOT_WITHIN_HORIZON}","${NOTHING_TO_PAY_BACK}"))`;
  const place = growthPlace(ctx, index, B);
  const required = requiredGrowthFigures(own);
  b.heading(B.resultsHeading, "Results of this scenario");
  const results = [
    [
      B.simplePayback,
      "Payback year, simple",
      "year",
      outcome(B.simple, B.cumulative),
      values.simplePayback,
      FMT.paybackYear,
    ],
    [
      B.discountedPayback,
      "Payback year, discounted",
      "year",
      outcome(B.discountedSearch, B.cumulativeDiscounted),
      values.discountedPayback,
      FMT.paybackYear,
    ],
    [B.npv, "NPV at the discount rate", "RMB bn", `SUM(${range(B.discounted)})`, values.npv, FMT.rmbBn],
    [B.irr, "IRR: the rate at which the NPV is 0", "% a year", irrFormula(B.irrSearch), values.irr, "0.00%"],
    [
      B.requiredGrowth,
      "Required constant growth",
      "% a year",
      requiredGrowthFormula(place),
      values.requiredGrowth,
      "0.00%",
    ],
    [
      B.trough,
      "EBITA margin at the trough",
      "%",
      `IF(COUNT(${range(B.margin)})=0,"${NO_REVENUE}",MIN(${range(B.margin)}))`,
      values.trough,
      FMT.rate,
    ],
  ] as const;
  for (const [row, label, unit, f, value, numberFormat] of results) {
    b.valueRow(row, label, unit, formula(f, value), "output", numberFormat);
  }
  writeIrrSearch(b, own, B.irrSearch, B.cashFlow);
  writeSearch(b, place, required);
}

/** The cell of a block's result, for the comparison table. */
export function blockResultCell(index: number, horizon: number, key: BlockResult): string {
  return cell(COL.constant, scenarioBlock(index, horizon)[key], true);
}
