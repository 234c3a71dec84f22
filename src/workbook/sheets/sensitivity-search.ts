import { GROWTH_SEARCH_HIGH } from "../../core/requiredGrowth";
import { CAPEX_ROWS } from "./capex";
import { FMT } from "./formats";
import { cell, COL, columnLetter, periodColumn, ROW, timelineRange } from "./grid";
import { inputRef, type InputId } from "./inputs";
import { numberTextFormula, percentTextFormula } from "./number-text";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";
import { CUSTOM_PACING, NO_GROWTH_RATE, NO_MARGIN, type RequiredGrowthFigures } from "./sensitivity-figures";
import { BISECTION_STEPS, SEARCH_YEARS, SENSITIVITY_ROWS as R, type GrowthSearchRows } from "./sensitivity-layout";

/**
 * The required growth and its search: the answer with the sentence that puts it in words, then Q(g) laid out year by
 * year over ⌈T⌉ + 1 years (up to 51, independent of the model horizon) and BISECTION_STEPS bisection steps, each a
 * bracket row and a midpoint row. Cached values are the core's trace of those same steps.
 */

const GROWTH_FORMAT = "0.0000000000%";

/**
 * Where a required-growth search sits and what it reads: the Sensitivity sheet's for the active scenario, or one of
 * the Scenarios sheet's for one scenario column (its inputs, and its own capex row on that sheet).
 */
export interface GrowthSearchPlace {
  readonly rows: GrowthSearchRows;
  readonly input: (id: InputId) => string;
  /** The scenario's capex over the model's timeline, and the model-year numbers of the same columns. */
  readonly capex: string;
  readonly periods: string;
}

/** The Sensitivity sheet's search: the active scenario's inputs and the Capex sheet's capex. */
export function sensitivityPlace(ctx: PlanContext): GrowthSearchPlace {
  return {
    rows: R,
    input: (id) => inputRef(ctx, id),
    capex: ctx.ref("capex", timelineRange(CAPEX_ROWS.capex, ctx.horizon)),
    periods: ctx.ref("inputs", timelineRange(ROW.period, ctx.horizon)),
  };
}

/** The required growth: the last step's upper end, or why there is none (the search's rows on the same sheet). */
export function requiredGrowthFormula(place: GrowthSearchPlace): string {
  const { rows, input } = place;
  const lastMid = rows.midpoint[BISECTION_STEPS - 1];
  const lastBracket = rows.bracket[BISECTION_STEPS - 1];
  return (
    `IF(${input("profile")}="custom","${CUSTOM_PACING}",IF(${input("margin")}<=0,"${NO_MARGIN}",` +
    `IF(${input("capexTotal")}=0,${input("baselineGrowth")},` +
    `IF(OR(${input("baseRevenue")}=0,$D$${rows.upperBound}<0),"${NO_GROWTH_RATE}",` +
    `IF($D$${lastMid}>=0,$C$${lastMid},$D$${lastBracket})))))`
  );
}

/** The target, the required growth (the last step's upper end, or why there is none) and the sentence. */
export function writeRequiredGrowth(b: SheetBuilder, ctx: PlanContext, figures: RequiredGrowthFigures): void {
  const s = ctx.scenario;
  const input = (id: InputId): string => inputRef(ctx, id);
  b.heading(R.requiredHeading, "Required growth: the constant growth that pays back (discounted) by the target");
  const target = formula(input("targetPaybackYears"), s.targetPaybackYears);
  b.valueRow(R.target, "Target payback", "years", target, "link", FMT.years);
  const required = requiredGrowthFormula(sensitivityPlace(ctx));
  b.valueRow(
    R.required,
    "Required constant growth",
    "% a year",
    formula(required, figures.value),
    "output",
    "0.00%",
    `CAPEX.REQUIREDGROWTH's definition (model.md): constant g, discounted, over ⌈T⌉ + 1 years; ${BISECTION_STEPS} ` +
      "bisection steps, within 1e-9 of the function, which bisects to full precision.",
  );
  const req = `$C$${R.required}`;
  const pct = (ref: string): string => percentTextFormula(ref, ctx.language);
  const assumed = `"the scenario assumes "&${pct(input("growth"))}&", fading to "&${pct(input("terminalGrowth"))}&"."`;
  const sentence =
    `IF(ISNUMBER(${req}),"Needs "&${pct(req)}&" a year to pay back (discounted) within "&` +
    `${numberTextFormula(input("targetPaybackYears"), 1, ctx.language)}&" years; "&${assumed},"Required growth: "&${req}&"; "&${assumed})`;
  b.valueRow(R.sentence, "In words", "text", formula(sentence, figures.sentence), "output");
}

/** A row across the search's own timeline of SEARCH_YEARS years. */
function searchRow(
  b: SheetBuilder,
  row: number,
  label: string,
  unit: string,
  f: (c: string, prev: string) => string,
  values: readonly number[],
  numberFormat: string,
): void {
  b.set(row, COL.label, label).set(row, COL.unit, unit);
  b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
  for (let y = 0; y < SEARCH_YEARS; y++) {
    const c = columnLetter(periodColumn(y));
    b.set(row, periodColumn(y), formula(f(c, columnLetter(periodColumn(y) - 1)), values[y]));
  }
  const range = `${cell(periodColumn(0), row)}:${cell(periodColumn(SEARCH_YEARS - 1), row)}`;
  b.format(range, "calculation", numberFormat);
}

/** The parts of Q(g) that do not depend on g: k, the share of year k + 1, weights, divisors, baseline and capex. */
function writeSearchTable(b: SheetBuilder, place: GrowthSearchPlace, figures: RequiredGrowthFigures): void {
  const { table } = figures.trace;
  const { input, rows: R } = place;
  const n = (c: string): string => `${c}$${R.searchYear}`;
  b.heading(
    R.searchHeading,
    `Required-growth search: ${BISECTION_STEPS} bisection steps on (lower, upper], ` +
      "CAPEX.REQUIREDGROWTH's search stopped at model.md's 1e-9",
  );
  const k = formula(`ROUNDUP(${input("targetPaybackYears")},0)`, table.wholeYears);
  b.valueRow(R.searchK, "Whole years to the target, k = ⌈T⌉", "years", k, "calculation", FMT.count);
  const share = formula(`${input("targetPaybackYears")}-($C$${R.searchK}-1)`, table.shareOfLastYear);
  b.valueRow(R.searchFraction, "Share of year k + 1 counted, T − (k − 1)", "share", share, "calculation", FMT.share);
  const yearLabel = "Search year number (flow 0 is year 1)";
  searchRow(b, R.searchYear, yearLabel, "count", (_, prev) => `${prev}${R.searchYear}+1`, table.yearNumbers, FMT.count);
  searchRow(
    b,
    R.searchWeight,
    "Weight: 1 up to year k, the share in year k + 1, then 0",
    "share",
    (c) => `IF(${n(c)}<=$C$${R.searchK},1,IF(${n(c)}=$C$${R.searchK}+1,$C$${R.searchFraction},0))`,
    table.weights,
    FMT.share,
  );
  searchRow(
    b,
    R.searchDivisor,
    "Discount divisor",
    "factor",
    (c, prev) => `IF(${n(c)}=1,1,${prev}${R.searchDivisor}*(1+${input("discountRate")}))`,
    table.divisors,
    FMT.factor,
  );
  searchRow(
    b,
    R.searchWithout,
    "Revenue without the investment",
    "RMB bn",
    (c) => `${input("baseRevenue")}*(1+${input("baselineGrowth")})^${n(c)}`,
    table.revenueWithout,
    FMT.rmbBn,
  );
  const { periods, capex } = place;
  const capexLabel = "Capex (0 after the model's timeline)";
  searchRow(
    b,
    R.searchCapex,
    capexLabel,
    "RMB bn",
    (c) => `SUMIF(${periods},${n(c)},${capex})`,
    table.capex,
    FMT.rmbBn,
  );
}

/** Q(g) at the top of the interval and at each step's midpoint, and the brackets the steps narrow. */
export function writeSearch(b: SheetBuilder, place: GrowthSearchPlace, figures: RequiredGrowthFigures): void {
  writeSearchTable(b, place, figures);
  const { trace } = figures;
  const { input, rows: R } = place;
  const n = (c: string): string => `${c}$${R.searchYear}`;
  const term = (row: number) => (c: string) =>
    `${c}$${R.searchWeight}*(${input("margin")}*(${input("baseRevenue")}*(1+$C${row})^${n(c)}-${c}$${R.searchWithout})-` +
    `${c}$${R.searchCapex})/${c}$${R.searchDivisor}`;
  const qRow = (row: number, label: string, g: number, gFormula: string, terms: number[], q: number): void => {
    searchRow(b, row, label, "RMB bn", term(row), terms, FMT.searchFlow);
    b.set(row, COL.constant, formula(gFormula, g));
    b.set(row, COL.total, formula(`SUM(${timelineRange(row, SEARCH_YEARS, false)})`, q));
    b.format(cell(COL.constant, row), "calculation", GROWTH_FORMAT).format(
      cell(COL.total, row),
      "output",
      FMT.searchFlow,
    );
  };
  const upperLabel = "Discounted cash flow counted to the target, at the upper end (growth in C, total in D)";
  qRow(R.upperBound, upperLabel, GROWTH_SEARCH_HIGH, input("growthSearchHigh"), trace.upperTerms, trace.upperQ);
  trace.steps.forEach((step, s) => {
    const row = R.bracket[s];
    b.set(row, COL.label, `Step ${s + 1}: lower end (C) and upper end (D)`).set(row, COL.unit, "% a year");
    b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    if (s === 0) {
      b.set(row, COL.constant, formula(input("growthSearchLow"), step.low));
      b.set(row, COL.total, formula(input("growthSearchHigh"), step.high));
    } else {
      const pb = R.bracket[s - 1];
      const pm = R.midpoint[s - 1];
      b.set(row, COL.constant, formula(`IF($D${pm}>=0,$C${pb},$C${pm})`, step.low));
      b.set(row, COL.total, formula(`IF($D${pm}>=0,$C${pm},$D${pb})`, step.high));
    }
    b.format(`${cell(COL.constant, row)}:${cell(COL.total, row)}`, "calculation", GROWTH_FORMAT);
    const midLabel = `Step ${s + 1}: midpoint (C) and the flow counted to the target there (D)`;
    qRow(R.midpoint[s], midLabel, step.mid, `AVERAGE($C${row},$D${row})`, step.terms, step.q);
  });
}
