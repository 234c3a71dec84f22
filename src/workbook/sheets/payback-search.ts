import type { PaybackTrace } from "../../core/payback";
import { FMT } from "./formats";
import { cell, COL } from "./grid";
import type { SheetBuilder } from "./sheet-builder";

/**
 * The flag rows that find payback as CAPEX.PAYBACKYEAR defines it, step by step: the first year the cumulative flow is
 * negative, then the first later year it is back at or above zero (p), and payback = year p − 1 + (−C(p−1) / d(p)).
 * The Payback sheet writes them for the active scenario; the Scenarios sheet for each scenario column.
 */

export interface PaybackFlagRows {
  readonly negativeSoFar: number;
  readonly backToZero: number;
  readonly firstRecovery: number;
  readonly paybackPart: number;
}

/** Where the flags read: the cumulative and the flow rows, and the row of the years the payback year counts from. */
export interface PaybackFlagSource {
  readonly cumulativeRow: number;
  readonly flowRow: number;
  /** An absolute row ("$4" is written as 4): the sheet's timeline or a block's own years. */
  readonly yearRow: number;
}

/** The four flag rows; `label` words each row's label (the Scenarios sheet says which search it belongs to). */
export function writePaybackFlags(
  b: SheetBuilder,
  rows: PaybackFlagRows,
  source: PaybackFlagSource,
  values: PaybackTrace,
  label: (text: string) => string = (text) => text,
): void {
  const { cumulativeRow, flowRow, yearRow } = source;
  b.timelineRow(rows.negativeSoFar, {
    label: label("Cumulative has been below zero"),
    unit: "flag",
    formula: (p) => `IF(MIN(${cell(COL.firstPeriod, cumulativeRow, true)}:${p.col}${cumulativeRow})<0,1,0)`,
    values: values.negativeSoFar,
    numberFormat: FMT.flag,
  });
  b.timelineRow(rows.backToZero, {
    label: label("Back at or above zero after being below"),
    unit: "flag",
    formula: (p) => `IF(AND(${p.prev}${rows.negativeSoFar}=1,${p.col}${cumulativeRow}>=0),1,0)`,
    values: values.backToZero,
    numberFormat: FMT.flag,
  });
  b.timelineRow(rows.firstRecovery, {
    label: label("Year of payback (first such year)"),
    unit: "flag",
    formula: (p) =>
      `IF(AND(${p.col}${rows.backToZero}=1,SUM(${cell(COL.note, rows.backToZero, true)}:${p.prev}${rows.backToZero})=0),1,0)`,
    values: values.firstRecovery,
    numberFormat: FMT.flag,
  });
  b.timelineRow(rows.paybackPart, {
    label: label("Payback year, in the year of payback"),
    unit: "year",
    formula: (p) =>
      `IF(${p.col}${rows.firstRecovery}=1,${p.prev}$${yearRow}+-${p.prev}${cumulativeRow}/${p.col}${flowRow},0)`,
    values: values.paybackInYear,
    numberFormat: FMT.paybackYear,
  });
}
