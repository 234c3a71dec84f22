import { computeCase, MAX_HORIZON, type CaseInputs, type CaseResult } from "../../core/model";
import { ModelInputError } from "../../core/errors";
import {
  GROWTH_SEARCH_HIGH,
  GROWTH_SEARCH_LOW,
  GROWTH_SEARCH_TOLERANCE,
  requiredGrowth,
  requiredGrowthInputsOf,
} from "../../core/requiredGrowth";
import type { PlanValue } from "../plan-types";
import { CAPEX_ROWS } from "./capex";
import { CLOUD_ROWS } from "./cloud";
import { inputRef, SENSITIVITY_GROWTH_STEP, SENSITIVITY_MARGIN_STEP, type InputId } from "./inputs";
import { FMT, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK, paybackCellValue, TAB } from "./formats";
import { cell, COL, columnLetter, periodColumn, ROW, standardWidths, timelineRange } from "./grid";
import { formula, SheetBuilder } from "./sheet-builder";
import type { CheckSpec, PlanContext, SheetModule } from "./sheet-module";
import { PAYBACK_ROWS } from "./payback";

/**
 * The Sensitivity sheet: payback year (simple and discounted) for a grid of initial growth rates × cash margins
 * around the scenario, and the constant growth rate the scenario needs to pay back (discounted) by its target, found
 * by the same bisection as CAPEX.REQUIREDGROWTH laid out step by step. Everything is native formulas of Inputs, so
 * the grid and the required growth move with the inputs in Excel without the add-in and in LibreOffice.
 */

/** Rows and columns of the grid; odd, so that the scenario itself is the centre cell. */
export const GRID_SIZE = 7;

/**
 * How many times the core's loop `while (high − low > 1e-9)` halves (−1, 10]: the width after n steps is 11 / 2^n,
 * known in advance, so the sheet can lay out exactly that many steps and land on the core's answer.
 */
export function bisectionSteps(
  low = GROWTH_SEARCH_LOW,
  high = GROWTH_SEARCH_HIGH,
  tolerance = GROWTH_SEARCH_TOLERANCE,
): number {
  let width = high - low;
  let steps = 0;
  while (width > tolerance) {
    width /= 2;
    steps++;
  }
  return steps;
}

export const BISECTION_STEPS = bisectionSteps();

/** The search runs over H = ⌈T⌉ + 1 years, and T ≤ the longest horizon, whatever the scenario's own horizon. */
export const SEARCH_YEARS = MAX_HORIZON + 1;

export const NO_GROWTH_RATE = "no growth rate up to 1,000% a year pays back within the target";
export const CUSTOM_PACING = "not available with custom pacing weights";
export const NO_MARGIN = "needs a cash margin above 0";
export const GROWTH_TOO_LOW = "growth at or below -100%";

const TITLE_ROW = ROW.title;
const AXES_HEADING = 4;
const MARGIN_INDEX = 5;
const MARGIN_VALUE = 6;
const SIMPLE_HEADING = 8;
const SIMPLE_HEADER = 9;
const SIMPLE_FIRST = 10;
const DISCOUNTED_HEADING = SIMPLE_FIRST + GRID_SIZE + 1;
const DISCOUNTED_HEADER = DISCOUNTED_HEADING + 1;
const DISCOUNTED_FIRST = DISCOUNTED_HEADER + 1;
const REQUIRED_HEADING = DISCOUNTED_FIRST + GRID_SIZE + 1;
const CASES = GRID_SIZE * GRID_SIZE;

function layoutRows() {
  let row = REQUIRED_HEADING + 1;
  const target = row++;
  const required = row++;
  const sentence = row++;
  row++;
  const timelineHeading = row++;
  const year = row++;
  const period = row++;
  const capex = row++;
  const divisor = row++;
  row++;
  const revenueHeading = row++;
  const revenue = Array.from({ length: GRID_SIZE }, (_, i) => row + 2 * i);
  const incremental = revenue.map((r) => r + 1);
  row += 2 * GRID_SIZE + 1;
  const block = (): number => {
    const first = row + 1;
    row += CASES + 2;
    return first;
  };
  const cumulative = block();
  const part = block();
  const cumulativeDiscounted = block();
  const partDiscounted = block();
  const searchHeading = row++;
  const searchK = row++;
  const searchFraction = row++;
  const searchYear = row++;
  const searchWeight = row++;
  const searchDivisor = row++;
  const searchWithout = row++;
  const searchCapex = row++;
  row++;
  const upperBound = row++;
  row++;
  const bracket = Array.from({ length: BISECTION_STEPS }, (_, s) => row + 2 * s);
  const midpoint = bracket.map((r) => r + 1);
  return {
    title: TITLE_ROW,
    axesHeading: AXES_HEADING,
    marginIndex: MARGIN_INDEX,
    marginValue: MARGIN_VALUE,
    simpleHeading: SIMPLE_HEADING,
    simpleHeader: SIMPLE_HEADER,
    simpleFirst: SIMPLE_FIRST,
    discountedHeading: DISCOUNTED_HEADING,
    discountedHeader: DISCOUNTED_HEADER,
    discountedFirst: DISCOUNTED_FIRST,
    requiredHeading: REQUIRED_HEADING,
    target,
    required,
    sentence,
    timelineHeading,
    year,
    period,
    capex,
    divisor,
    revenueHeading,
    revenue,
    incremental,
    /** First row of each block of GRID_SIZE² case rows, case n (0-based) at first + n. */
    cumulative,
    part,
    cumulativeDiscounted,
    partDiscounted,
    searchHeading,
    searchK,
    searchFraction,
    searchYear,
    searchWeight,
    searchDivisor,
    searchWithout,
    searchCapex,
    upperBound,
    bracket,
    midpoint,
  };
}

export const SENSITIVITY_ROWS = layoutRows();

/** The grid's columns, F onwards: the first GRID_SIZE timeline columns. */
export function gridColumn(j: number): number {
  return periodColumn(j);
}

/** Cell of the simple or discounted payback grid, row i (growth) and column j (margin), 0-based. */
export function gridCell(kind: "simple" | "discounted", i: number, j: number): string {
  return cell(gridColumn(j), (kind === "simple" ? SIMPLE_FIRST : DISCOUNTED_FIRST) + i);
}

export function gridRange(kind: "simple" | "discounted", absolute = false): string {
  const first = kind === "simple" ? SIMPLE_FIRST : DISCOUNTED_FIRST;
  return `${cell(gridColumn(0), first, absolute)}:${cell(gridColumn(GRID_SIZE - 1), first + GRID_SIZE - 1, absolute)}`;
}

/** Steps from the scenario for grid index i: −3..3 for a 7 × 7 grid. */
export function gridOffset(i: number): number {
  return i - (GRID_SIZE - 1) / 2;
}

/** The scenario with grid row i's initial growth and column j's cash margin, computed as the sheet computes them. */
export function gridCaseInputs(
  inputs: CaseInputs,
  i: number,
  j: number,
  growthStep: number,
  marginStep: number,
): CaseInputs {
  return {
    ...inputs,
    growth: inputs.growth + gridOffset(i) * growthStep,
    margin: inputs.margin + gridOffset(j) * marginStep,
  };
}

/** The required-growth cell's value: the core's answer, or the text the sheet shows instead. */
export function requiredGrowthValue(ctx: Pick<PlanContext, "scenario">): number | string {
  const s = ctx.scenario;
  if (s.profile === "custom") return CUSTOM_PACING;
  try {
    return requiredGrowth(requiredGrowthInputsOf({ ...s, profile: s.profile }, s.targetPaybackYears));
  } catch (error) {
    if (error instanceof ModelInputError && error.kind === "na") return NO_GROWTH_RATE;
    if (error instanceof ModelInputError && error.kind === "num" && !(s.margin > 0)) return NO_MARGIN;
    throw error;
  }
}

/** TEXT(x, "0.0") as HyperFormula and Excel compute it for the magnitudes shown here. */
function text1(x: number): string {
  return Number(x.toFixed(1)).toFixed(1);
}

/** The sentence under the required growth, as its formula builds it. */
export function requiredGrowthSentence(required: number | string, s: PlanContext["scenario"]): string {
  const assumed = `the scenario assumes ${text1(s.growth / 0.01)}%, fading to ${text1(s.terminalGrowth / 0.01)}%.`;
  if (typeof required === "number") {
    return (
      `Needs ${text1(required / 0.01)}% a year to pay back (discounted) within ${text1(s.targetPaybackYears)} ` +
      `years; ${assumed}`
    );
  }
  return `Required growth: ${required}; ${assumed}`;
}

/** Per-case figures the formulas compute, worked out the same way (same operations, same order) for the cache. */
interface CaseShadow {
  readonly cumulative: number[];
  readonly part: number[];
  readonly cumulativeDiscounted: number[];
  readonly partDiscounted: number[];
}

function firstCrossing(cumulative: readonly number[], flows: readonly number[], years: readonly number[]): number[] {
  const parts: number[] = [];
  let found = false;
  for (let k = 0; k < cumulative.length; k++) {
    const before = k === 0 ? 0 : cumulative[k - 1];
    if (!found && before < 0 && cumulative[k] >= 0) {
      parts.push(years[k - 1] + -before / flows[k]);
      found = true;
    } else parts.push(0);
  }
  return parts;
}

function caseShadow(incremental: readonly number[], margin: number, ctx: PlanContext, divisors: number[]): CaseShadow {
  const { capex, years } = ctx.result;
  const flows = incremental.map((dr, k) => margin * dr - capex[k]);
  const discountedFlows = flows.map((f, k) => f / divisors[k]);
  const run = (values: number[]): number[] => {
    let sum = 0;
    return values.map((v) => (sum = sum + v));
  };
  const cumulative = run(flows);
  const cumulativeDiscounted = run(discountedFlows);
  return {
    cumulative,
    part: firstCrossing(cumulative, flows, years),
    cumulativeDiscounted,
    partDiscounted: firstCrossing(cumulativeDiscounted, discountedFlows, years),
  };
}

function divisorsOf(rate: number, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(k === 0 ? 1 : out[k - 1] * (1 + rate));
  return out;
}

/** The payback a case row shows: the core's outcome, or the sheet's text where the core cannot model the case. */
function caseOutcome(inputs: CaseInputs, shadow: CaseShadow, horizon: number): [PlanValue, PlanValue] {
  if (!(inputs.growth > -1)) return [GROWTH_TOO_LOW, GROWTH_TOO_LOW];
  let result: CaseResult | undefined;
  try {
    result = computeCase(inputs);
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
  }
  if (result) return [paybackCellValue(result.simplePayback), paybackCellValue(result.discountedPayback)];
  const fallback = (parts: number[], cumulative: number[]): PlanValue => {
    const sum = parts.reduce((a, v) => a + v, 0);
    if (sum > 0) return sum;
    return Math.min(...cumulative) < 0 || horizon === 1 ? NOT_WITHIN_HORIZON : NOTHING_TO_PAY_BACK;
  };
  return [fallback(shadow.part, shadow.cumulative), fallback(shadow.partDiscounted, shadow.cumulativeDiscounted)];
}

/** The search rows' values, computed as their formulas compute them. */
function searchShadow(ctx: PlanContext) {
  const s = ctx.scenario;
  const k = Math.ceil(s.targetPaybackYears);
  const fraction = s.targetPaybackYears - (k - 1);
  const years = Array.from({ length: SEARCH_YEARS }, (_, y) => y + 1);
  const weight = years.map((n) => (n <= k ? 1 : n === k + 1 ? fraction : 0));
  const divisor = divisorsOf(s.discountRate, SEARCH_YEARS);
  const without = years.map((n) => s.baseRevenue * Math.pow(1 + s.baselineGrowth, n));
  const capex = years.map((n) => (n <= ctx.horizon ? ctx.result.capex[n - 1] : 0));
  const terms = (g: number): number[] =>
    years.map(
      (n, y) => (weight[y] * (s.margin * (s.baseRevenue * Math.pow(1 + g, n) - without[y]) - capex[y])) / divisor[y],
    );
  const q = (values: number[]): number => values.reduce((a, v) => a + v, 0);
  const upperTerms = terms(GROWTH_SEARCH_HIGH);
  const steps: { low: number; high: number; mid: number; terms: number[]; q: number }[] = [];
  let low = GROWTH_SEARCH_LOW;
  let high = GROWTH_SEARCH_HIGH;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const mid = (low + high) / 2;
    const t = terms(mid);
    const value = q(t);
    steps.push({ low, high, mid, terms: t, q: value });
    if (value >= 0) high = mid;
    else low = mid;
  }
  return { k, fraction, years, weight, divisor, without, capex, upperTerms, upperQ: q(upperTerms), steps };
}

export const sensitivitySheet: SheetModule = {
  key: "sensitivity",
  build(ctx) {
    const { scenario: s, horizon, result } = ctx;
    const R = SENSITIVITY_ROWS;
    const b = new SheetBuilder(ctx, "sensitivity");
    const input = (id: InputId): string => inputRef(ctx, id);
    const col = (k: number): string => columnLetter(periodColumn(k));
    const lastGrid = col(GRID_SIZE - 1);
    const marginIndexRange = `$F$${R.marginIndex}:$${lastGrid}$${R.marginIndex}`;
    const growthIndexRange = `$D$${R.simpleFirst}:$D$${R.simpleFirst + GRID_SIZE - 1}`;

    b.title("Sensitivity: payback by growth and margin, and the growth the target needs").masterCheckLink();

    // Grid axes: an index counted across from the blank column E, centred on the scenario with MEDIAN, so that no
    // count or offset is typed into a formula.
    b.heading(R.axesHeading, "Grid axes (steps set on Inputs)");
    const gridRow = (
      row: number,
      label: string,
      unit: string,
      f: (c: string, j: number) => string,
      values: PlanValue[],
      style: "calculation" | "link" | "output",
      numberFormat: string,
    ): void => {
      b.set(row, COL.label, label).set(row, COL.unit, unit);
      b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
      for (let j = 0; j < GRID_SIZE; j++) b.set(row, gridColumn(j), formula(f(col(j), j), values[j]));
      b.format(`${cell(gridColumn(0), row)}:${cell(gridColumn(GRID_SIZE - 1), row)}`, style, numberFormat);
    };
    const margins = Array.from({ length: GRID_SIZE }, (_, j) => s.margin + gridOffset(j) * SENSITIVITY_MARGIN_STEP);
    const growths = Array.from({ length: GRID_SIZE }, (_, i) => s.growth + gridOffset(i) * SENSITIVITY_GROWTH_STEP);
    gridRow(
      R.marginIndex,
      "Grid column",
      "count",
      (_, j) => `${columnLetter(gridColumn(j) - 1)}${R.marginIndex}+1`,
      Array.from({ length: GRID_SIZE }, (_, j) => j + 1),
      "calculation",
      FMT.count,
    );
    gridRow(
      R.marginValue,
      "Cash margin of the grid column",
      "%",
      (c) => `${input("margin")}+(${c}${R.marginIndex}-MEDIAN(${marginIndexRange}))*${input("sensitivityMarginStep")}`,
      margins,
      "calculation",
      FMT.rate,
    );

    // Case n = i · GRID_SIZE + j sits at row first + n of each case block; the grids pick it with INDEX.
    const caseNumber = (row: number, c: string): string =>
      `($D${row}-1)*COUNT(${marginIndexRange})+${c}$${R.marginIndex}`;
    const growthInputs = Array.from({ length: GRID_SIZE }, (_, i) =>
      Array.from({ length: GRID_SIZE }, (_, j) =>
        gridCaseInputs(ctx.inputs, i, j, SENSITIVITY_GROWTH_STEP, SENSITIVITY_MARGIN_STEP),
      ),
    );
    const divisors = divisorsOf(s.discountRate, horizon);
    const revenue = growths.map((g) => {
      const out: number[] = [];
      for (let k = 0; k < horizon; k++) {
        const rate = g + ((s.terminalGrowth - g) * (k + 1 - 1)) / Math.max(horizon - 1, 1);
        out.push((k === 0 ? s.baseRevenue : out[k - 1]) * (1 + rate));
      }
      return out;
    });
    const incremental = revenue.map((r) => r.map((v, k) => v - result.revenueWithout[k]));
    const shadows = growthInputs.map((rowInputs, i) =>
      rowInputs.map((_, j) => caseShadow(incremental[i], margins[j], ctx, divisors)),
    );
    const outcomes = growthInputs.map((rowInputs, i) =>
      rowInputs.map((inputs, j) => caseOutcome(inputs, shadows[i][j], horizon)),
    );

    const writeGrid = (kind: "simple" | "discounted") => {
      const simple = kind === "simple";
      const heading = simple ? R.simpleHeading : R.discountedHeading;
      const header = simple ? R.simpleHeader : R.discountedHeader;
      const first = simple ? R.simpleFirst : R.discountedFirst;
      const results = simple ? R.part : R.partDiscounted;
      const resultRange = `$C$${results}:$C$${results + CASES - 1}`;
      b.heading(
        heading,
        simple
          ? "Payback year, simple: initial growth down, cash margin across (other inputs as on Inputs)"
          : "Payback year, discounted at the discount rate on Inputs",
      );
      gridRow(
        header,
        "Initial growth \u2193   cash margin \u2192",
        "%",
        (c) => `${c}$${R.marginValue}`,
        margins,
        "link",
        FMT.rate,
      );
      b.set(header, COL.constant, "Initial growth").set(header, COL.total, null);
      b.format(cell(COL.constant, header), "tableHeader");
      for (let i = 0; i < GRID_SIZE; i++) {
        const row = first + i;
        const offset = gridOffset(i);
        b.set(
          row,
          COL.label,
          `Initial growth, ${offset === 0 ? "the scenario's" : `${offset > 0 ? "+" : ""}${offset} steps`}`,
        );
        b.set(row, COL.unit, "year");
        b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
        if (simple) {
          b.set(
            row,
            COL.constant,
            formula(
              `${input("growth")}+($D${row}-MEDIAN(${growthIndexRange}))*${input("sensitivityGrowthStep")}`,
              growths[i],
            ),
          );
          b.set(row, COL.total, formula(`D${row - 1}+1`, i + 1));
        } else {
          b.set(row, COL.constant, formula(`C${R.simpleFirst + i}`, growths[i]));
          b.set(row, COL.total, formula(`D${R.simpleFirst + i}`, i + 1));
        }
        b.format(cell(COL.constant, row), simple ? "calculation" : "link", FMT.rate);
        b.format(cell(COL.total, row), "calculation", FMT.count);
        for (let j = 0; j < GRID_SIZE; j++) {
          b.set(
            row,
            gridColumn(j),
            formula(`INDEX(${resultRange},${caseNumber(row, col(j))})`, outcomes[i][j][simple ? 0 : 1]),
          );
        }
        b.format(`${cell(gridColumn(0), row)}:${cell(gridColumn(GRID_SIZE - 1), row)}`, "output", FMT.paybackYear);
      }
      b.conditional({ kind: "threeColorScale", range: gridRange(kind), colors: ["#63BE7B", "#FFEB84", "#F8696B"] });
      b.conditional({
        kind: "textEquals",
        range: gridRange(kind),
        text: NOT_WITHIN_HORIZON,
        fill: "#C00000",
        fontColor: "#FFFFFF",
      });
      b.conditional({
        kind: "textEquals",
        range: gridRange(kind),
        text: NOTHING_TO_PAY_BACK,
        fill: "#C6EFCE",
        fontColor: "#006100",
      });
    };
    writeGrid("simple");
    writeGrid("discounted");

    // Required growth, with the search laid out further down.
    const search = searchShadow(ctx);
    const required = requiredGrowthValue(ctx);
    const lastStep = BISECTION_STEPS - 1;
    const lastMid = R.midpoint[lastStep];
    const lastBracket = R.bracket[lastStep];
    b.heading(R.requiredHeading, "Required growth: the constant growth that pays back (discounted) by the target");
    b.valueRow(
      R.target,
      "Target payback",
      "years",
      formula(input("targetPaybackYears"), s.targetPaybackYears),
      "link",
      FMT.years,
    );
    b.valueRow(
      R.required,
      "Required constant growth",
      "% a year",
      formula(
        `IF(${input("profile")}="custom","${CUSTOM_PACING}",IF(${input("margin")}<=0,"${NO_MARGIN}",` +
          `IF(${input("capexTotal")}=0,${input("baselineGrowth")},` +
          `IF(OR(${input("baseRevenue")}=0,$D$${R.upperBound}<0),"${NO_GROWTH_RATE}",` +
          `IF($D$${lastMid}>=0,$C$${lastMid},$D$${lastBracket})))))`,
        required,
      ),
      "output",
      "0.00%",
      "Same definition and search as CAPEX.REQUIREDGROWTH (model.md): constant g, discounted, over ⌈T⌉ + 1 years.",
    );
    const req = `$C$${R.required}`;
    const pct = (ref: string): string => `TEXT(${ref}/1%,"0.0")&"%"`;
    const assumed = `"the scenario assumes "&${pct(input("growth"))}&", fading to "&${pct(input("terminalGrowth"))}&"."`;
    b.valueRow(
      R.sentence,
      "In words",
      "text",
      formula(
        `IF(ISNUMBER(${req}),"Needs "&${pct(req)}&" a year to pay back (discounted) within "&` +
          `TEXT(${input("targetPaybackYears")},"0.0")&" years; "&${assumed},"Required growth: "&${req}&"; "&${assumed})`,
        requiredGrowthSentence(required, s),
      ),
      "output",
    );

    // The model year by year for each grid case.
    b.heading(R.timelineHeading, "Calculation: each grid case year by year (timeline from Inputs)");
    const period = (c: string): string => `${c}$${R.period}`;
    const timeline = (
      row: number,
      label: string,
      unit: string,
      f: (c: string, prev: string) => string,
      values: readonly PlanValue[],
      numberFormat: string,
      style: "calculation" | "link" | "timeline" = "calculation",
    ): void => {
      b.timelineRow(row, {
        label,
        unit,
        formula: (p) => f(p.col, p.prev),
        values,
        style,
        numberFormat,
      });
    };
    timeline(R.year, "Year", "year", (c) => ctx.ref("inputs", `${c}$${ROW.year}`), result.years, FMT.year, "timeline");
    timeline(
      R.period,
      "Model year number",
      "count",
      (c) => ctx.ref("inputs", `${c}$${ROW.period}`),
      result.years.map((_, k) => k + 1),
      FMT.count,
      "timeline",
    );
    timeline(
      R.capex,
      "Capex",
      "RMB bn",
      (c) => ctx.ref("capex", `${c}$${CAPEX_ROWS.capex}`),
      result.capex,
      FMT.rmbBn,
      "link",
    );
    timeline(
      R.divisor,
      "Discount divisor",
      "factor",
      (c) => ctx.ref("payback", `${c}$${PAYBACK_ROWS.divisor}`),
      divisors,
      FMT.factor,
      "link",
    );

    b.heading(
      R.revenueHeading,
      "Revenue with the investment for each grid row's initial growth (terminal growth from Inputs)",
    );
    for (let i = 0; i < GRID_SIZE; i++) {
      const row = R.revenue[i];
      timeline(
        row,
        `Revenue with the investment, grid row ${i + 1}`,
        "RMB bn",
        (c, prev) =>
          `IF(${period(c)}=1,${input("baseRevenue")},${prev}${row})*(1+($C${row}+(${input("terminalGrowth")}-$C${row})*` +
          `(${period(c)}-1)/MAX(${input("horizon")}-1,1)))`,
        revenue[i],
        FMT.rmbBn,
      );
      b.set(row, COL.constant, formula(`$C$${R.simpleFirst + i}`, growths[i]));
      b.format(cell(COL.constant, row), "link", FMT.rate);
      timeline(
        R.incremental[i],
        `Incremental revenue, grid row ${i + 1}`,
        "RMB bn",
        (c) => `${c}${row}-${ctx.ref("cloud", `${c}$${CLOUD_ROWS.revenueWithout}`)}`,
        incremental[i],
        FMT.rmbBn,
      );
    }

    const caseLabel = (i: number, j: number): string => `grid row ${i + 1}, column ${j + 1}`;
    const blocks = [
      { first: R.cumulative, title: "Cumulative cash flow of each grid case" },
      { first: R.part, title: "Simple payback: the year of first recovery (payback in column C)" },
      { first: R.cumulativeDiscounted, title: "Cumulative discounted cash flow of each grid case" },
      { first: R.partDiscounted, title: "Discounted payback: the year of first recovery (payback in column C)" },
    ];
    for (const block of blocks) b.heading(block.first - 1, block.title);
    for (let i = 0; i < GRID_SIZE; i++) {
      for (let j = 0; j < GRID_SIZE; j++) {
        const n = i * GRID_SIZE + j;
        const sh = shadows[i][j];
        const cum = R.cumulative + n;
        const part = R.part + n;
        const cumD = R.cumulativeDiscounted + n;
        const partD = R.partDiscounted + n;
        const inc = R.incremental[i];
        const flow = (c: string): string => `($D${cum}*${c}$${inc}-${c}$${R.capex})`;
        timeline(
          cum,
          `Cumulative cash flow, ${caseLabel(i, j)}`,
          "RMB bn",
          (c, prev) => `${prev}${cum}+${flow(c)}`,
          sh.cumulative,
          FMT.rmbBn,
        );
        b.set(cum, COL.constant, formula(`$C$${R.simpleFirst + i}`, growths[i]));
        b.set(cum, COL.total, formula(`${col(j)}$${R.marginValue}`, margins[j]));
        b.format(`${cell(COL.constant, cum)}:${cell(COL.total, cum)}`, "link", FMT.rate);
        const recovery = (row: number, cumRow: number, flowOf: (c: string) => string) => (c: string, prev: string) =>
          `IF(AND(${prev}${cumRow}<0,${c}${cumRow}>=0,SUM($E${row}:${prev}${row})=0),` +
          `${prev}$${R.year}+-${prev}${cumRow}/${flowOf(c)},0)`;
        timeline(
          part,
          `Payback year in its year, simple, ${caseLabel(i, j)}`,
          "year",
          recovery(part, cum, flow),
          sh.part,
          FMT.paybackYear,
        );
        timeline(
          cumD,
          `Cumulative discounted cash flow, ${caseLabel(i, j)}`,
          "RMB bn",
          (c, prev) => `${prev}${cumD}+${flow(c)}/${c}$${R.divisor}`,
          sh.cumulativeDiscounted,
          FMT.rmbBn,
        );
        timeline(
          partD,
          `Payback year in its year, discounted, ${caseLabel(i, j)}`,
          "year",
          recovery(partD, cumD, (c) => `(${flow(c)}/${c}$${R.divisor})`),
          sh.partDiscounted,
          FMT.paybackYear,
        );
        const outcome = (row: number, cumRow: number): string =>
          `IF($C$${cum}<=-1,"${GROWTH_TOO_LOW}",IF(SUM(${timelineRange(row, horizon)})>0,SUM(${timelineRange(row, horizon)}),` +
          `IF(OR(MIN(${timelineRange(cumRow, horizon)})<0,${input("horizon")}=1),"${NOT_WITHIN_HORIZON}","${NOTHING_TO_PAY_BACK}")))`;
        b.set(part, COL.constant, formula(outcome(part, cum), outcomes[i][j][0]));
        b.set(partD, COL.constant, formula(outcome(partD, cumD), outcomes[i][j][1]));
        b.format(cell(COL.constant, part), "output", FMT.paybackYear);
        b.format(cell(COL.constant, partD), "output", FMT.paybackYear);
      }
    }

    // The search: its own timeline of ⌈T⌉ + 1 years (up to 51), independent of the model horizon.
    b.heading(
      R.searchHeading,
      `Required-growth search: ${BISECTION_STEPS} bisection steps on (lower, upper], as CAPEX.REQUIREDGROWTH`,
    );
    b.valueRow(
      R.searchK,
      "Whole years to the target, k = ⌈T⌉",
      "years",
      formula(`ROUNDUP(${input("targetPaybackYears")},0)`, search.k),
      "calculation",
      FMT.count,
    );
    b.valueRow(
      R.searchFraction,
      "Share of year k + 1 counted, T − (k − 1)",
      "share",
      formula(`${input("targetPaybackYears")}-($C$${R.searchK}-1)`, search.fraction),
      "calculation",
      FMT.share,
    );
    const searchRow = (
      row: number,
      label: string,
      unit: string,
      f: (c: string, prev: string) => string,
      values: readonly number[],
      numberFormat: string,
    ): void => {
      b.set(row, COL.label, label).set(row, COL.unit, unit);
      b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
      for (let y = 0; y < SEARCH_YEARS; y++)
        b.set(row, periodColumn(y), formula(f(col(y), columnLetter(periodColumn(y) - 1)), values[y]));
      b.format(
        `${cell(periodColumn(0), row)}:${cell(periodColumn(SEARCH_YEARS - 1), row)}`,
        "calculation",
        numberFormat,
      );
    };
    const n = (c: string): string => `${c}$${R.searchYear}`;
    searchRow(
      R.searchYear,
      "Search year number (flow 0 is year 1)",
      "count",
      (_, prev) => `${prev}${R.searchYear}+1`,
      search.years,
      FMT.count,
    );
    searchRow(
      R.searchWeight,
      "Weight: 1 up to year k, the share in year k + 1, then 0",
      "share",
      (c) => `IF(${n(c)}<=$C$${R.searchK},1,IF(${n(c)}=$C$${R.searchK}+1,$C$${R.searchFraction},0))`,
      search.weight,
      FMT.share,
    );
    searchRow(
      R.searchDivisor,
      "Discount divisor",
      "factor",
      (c, prev) => `IF(${n(c)}=1,1,${prev}${R.searchDivisor}*(1+${input("discountRate")}))`,
      search.divisor,
      FMT.factor,
    );
    searchRow(
      R.searchWithout,
      "Revenue without the investment",
      "RMB bn",
      (c) => `${input("baseRevenue")}*(1+${input("baselineGrowth")})^${n(c)}`,
      search.without,
      FMT.rmbBn,
    );
    searchRow(
      R.searchCapex,
      "Capex (0 after the model's timeline)",
      "RMB bn",
      (c) =>
        `SUMIF(${ctx.ref("inputs", timelineRange(ROW.period, horizon))},${n(c)},${ctx.ref("capex", timelineRange(CAPEX_ROWS.capex, horizon))})`,
      search.capex,
      FMT.rmbBn,
    );
    const term = (row: number) => (c: string) =>
      `${c}$${R.searchWeight}*(${input("margin")}*(${input("baseRevenue")}*(1+$C${row})^${n(c)}-${c}$${R.searchWithout})-` +
      `${c}$${R.searchCapex})/${c}$${R.searchDivisor}`;
    const qRow = (row: number, label: string, g: PlanValue, gFormula: string, terms: number[], q: number): void => {
      searchRow(row, label, "RMB bn", term(row), terms, FMT.rmbBn);
      b.set(row, COL.constant, formula(gFormula, g)).set(
        row,
        COL.total,
        formula(`SUM(${timelineRange(row, SEARCH_YEARS, false)})`, q),
      );
      b.format(cell(COL.constant, row), "calculation", "0.0000000000%").format(
        cell(COL.total, row),
        "output",
        FMT.rmbBn,
      );
    };
    qRow(
      R.upperBound,
      "Discounted cash flow counted to the target, at the upper end (growth in C, total in D)",
      GROWTH_SEARCH_HIGH,
      input("growthSearchHigh"),
      search.upperTerms,
      search.upperQ,
    );
    for (let step = 0; step < BISECTION_STEPS; step++) {
      const row = R.bracket[step];
      const st = search.steps[step];
      b.set(row, COL.label, `Step ${step + 1}: lower end (C) and upper end (D)`).set(row, COL.unit, "% a year");
      b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
      if (step === 0) {
        b.set(row, COL.constant, formula(input("growthSearchLow"), st.low));
        b.set(row, COL.total, formula(input("growthSearchHigh"), st.high));
      } else {
        const pb = R.bracket[step - 1];
        const pm = R.midpoint[step - 1];
        b.set(row, COL.constant, formula(`IF($D${pm}>=0,$C${pb},$C${pm})`, st.low));
        b.set(row, COL.total, formula(`IF($D${pm}>=0,$C${pm},$D${pb})`, st.high));
      }
      b.format(`${cell(COL.constant, row)}:${cell(COL.total, row)}`, "calculation", "0.0000000000%");
      qRow(
        R.midpoint[step],
        `Step ${step + 1}: midpoint (C) and the flow counted to the target there (D)`,
        st.mid,
        `AVERAGE($C${row},$D${row})`,
        st.terms,
        st.q,
      );
    }

    return b.build({
      tabColor: TAB.output,
      columnWidths: standardWidths(Math.max(horizon, SEARCH_YEARS), 2, 60),
      freeze: { rows: ROW.masterCheck, columns: COL.note },
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
  const inputs = gridCaseInputs(ctx.inputs, centre, centre, SENSITIVITY_GROWTH_STEP, SENSITIVITY_MARGIN_STEP);
  const r = computeCase(inputs);
  const same = (a: PlanValue, b: PlanValue): boolean =>
    typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;
  return (
    same(paybackCellValue(r.simplePayback), paybackCellValue(ctx.result.simplePayback)) &&
    same(paybackCellValue(r.discountedPayback), paybackCellValue(ctx.result.discountedPayback))
  );
}
