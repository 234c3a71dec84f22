import { fadedGrowthRate } from "../../core/growth";
import { isRelativeStep, TORNADO_INPUTS, type TornadoInput } from "../../core/tornado";
import { TORNADO_STEP_FIELDS } from "../../scenario/tornado";
import { CAPEX_ROWS } from "./capex";
import { inputRef, type InputId } from "./inputs";
import {
  AXIS_FMT,
  cell,
  COL,
  FMT,
  formula,
  periodNumberRef,
  ROW,
  SheetBuilder,
  standardWidths,
  TAB,
  timelineRange,
  type PlanContext,
  type SheetModule,
} from "./layout";
import { PAYBACK_ROWS } from "./payback";
import {
  byInputHeading,
  byInputRow,
  inputLabel,
  rankedHeading,
  rankedRow,
  SIDES,
  TORNADO_ROWS,
  tornadoRun,
  VARIANT_ROWS,
  variantHeading,
  type ByInputGroup,
  type RankedGroup,
  type Side,
} from "./tornado-layout";

/**
 * The Tornado sheet (`shared/spec/model.md`, "Tornado"): which assumption moves the NPV most. Each input is set to its
 * low and its high value (steps on Inputs), all else as in the scenario, and each of those 14 cases is laid out live
 * on the timeline; the inputs are then ranked by swing |NPV high − NPV low| by comparing swings (ties by input
 * order) and listed largest first, with a bar chart. Every cached value is the finance core's (`tornado()`).
 */

const C = (row: number) => cell(COL.constant, row, true);
const groupRange = (first: number) => `${C(first)}:${C(first + TORNADO_INPUTS.length - 1)}`;

/** The cell of an input's value in one variant: the variant's own value where it varies that input, else Inputs. */
function variantInput(ctx: PlanContext, varied: TornadoInput, side: Side, input: TornadoInput): string {
  return input === varied ? C(variantHeading(varied, side) + VARIANT_ROWS.value) : inputRef(ctx, input as InputId);
}

function writeByInput(b: SheetBuilder, ctx: PlanContext): void {
  const run = tornadoRun(ctx);
  const at = (group: ByInputGroup, input: TornadoInput) => C(byInputRow(group, input));
  b.heading(TORNADO_ROWS.byInputHeading, "Each input at its low and its high value, all else as in the scenario");
  const group = (
    name: ByInputGroup,
    heading: string,
    unit: (input: TornadoInput) => string,
    make: (input: TornadoInput, k: number) => ReturnType<typeof formula> | string,
    fmt?: (input: TornadoInput) => string,
  ) => {
    b.set(byInputHeading(name), COL.label, heading).format(cell(COL.label, byInputHeading(name)), "subtitle");
    TORNADO_INPUTS.forEach((input, k) =>
      b.valueRow(byInputRow(name, input), inputLabel(input), unit(input), make(input, k), "calculation", fmt?.(input)),
    );
  };
  const valueFmt = (input: TornadoInput) => (isRelativeStep(input) ? FMT.rmbBn : FMT.rate);
  const valueUnit = (input: TornadoInput) => (isRelativeStep(input) ? "RMB bn" : "% a year");
  group("name", "Input", () => "text", inputLabel);
  for (const side of SIDES) {
    group(
      side,
      side === "low" ? "Low value" : "High value",
      valueUnit,
      (input) => {
        const value = inputRef(ctx, input as InputId);
        const step = inputRef(ctx, TORNADO_STEP_FIELDS[input]);
        const sign = side === "low" ? "-" : "+";
        const text = isRelativeStep(input) ? `${value}*(1${sign}${step})` : `${value}${sign}${step}`;
        return formula(text, run.byInput[input][side]);
      },
      valueFmt,
    );
  }
  group(
    "npvLow",
    "NPV at the low value",
    () => "RMB bn",
    (input) => formula(C(variantHeading(input, "low") + VARIANT_ROWS.npv), run.byInput[input].npvLow),
    () => FMT.rmbBn,
  );
  group(
    "npvHigh",
    "NPV at the high value",
    () => "RMB bn",
    (input) => formula(C(variantHeading(input, "high") + VARIANT_ROWS.npv), run.byInput[input].npvHigh),
    () => FMT.rmbBn,
  );
  group(
    "swing",
    "Swing |NPV high − NPV low|",
    () => "RMB bn",
    (input) => formula(`ABS(${at("npvHigh", input)}-${at("npvLow", input)})`, run.byInput[input].swing),
    () => FMT.rmbBn,
  );
  // Rank i = 1 + the inputs with a larger swing + those before it with an equal one (ties keep the input order).
  // Written as a sum of comparisons, not SUMPRODUCT over arrays: HyperFormula, which checks the workbook, does no
  // array arithmetic inside SUMPRODUCT; COUNTIF would compare numbers as text.
  const rankFormula = (input: TornadoInput) => {
    const i = TORNADO_INPUTS.indexOf(input);
    const terms = TORNADO_INPUTS.flatMap((other, j) =>
      j === i ? [] : [`(${at("swing", other)}${j < i ? ">=" : ">"}${at("swing", input)})`],
    );
    return `1+${terms.join("+")}`;
  };
  group(
    "rank",
    "Rank by swing (1 is the largest)",
    () => "count",
    (input) => formula(rankFormula(input), run.rows.findIndex((row) => row.input === input) + 1),
    () => FMT.count,
  );
}

function writeRanked(b: SheetBuilder, ctx: PlanContext): void {
  const run = tornadoRun(ctx);
  const range = (group: ByInputGroup) => groupRange(byInputRow(group, TORNADO_INPUTS[0]));
  const at = (group: RankedGroup, position: number) => C(rankedRow(group, position));
  b.heading(TORNADO_ROWS.rankedHeading, "Inputs ranked by swing, largest first");
  const group = (
    name: RankedGroup,
    heading: string,
    unit: string,
    make: (position: number) => ReturnType<typeof formula>,
    fmt?: string,
  ) => {
    b.set(rankedHeading(name), COL.label, heading).format(cell(COL.label, rankedHeading(name)), "subtitle");
    run.rows.forEach((_, position) =>
      b.valueRow(rankedRow(name, position), `Rank ${position + 1}`, unit, make(position), "calculation", fmt),
    );
  };
  const first = C(rankedRow("position", 0));
  group("position", "Rank", "count", (p) => formula(`ROWS(${first}:${at("position", p)})`, p + 1), FMT.count);
  group(
    "source",
    "Row of the input in the lists above",
    "count",
    (p) => formula(`MATCH(${at("position", p)},${range("rank")},0)`, TORNADO_INPUTS.indexOf(run.rows[p].input) + 1),
    FMT.count,
  );
  const pick = (from: ByInputGroup, p: number) => `INDEX(${range(from)},${at("source", p)})`;
  group("name", "Input", "text", (p) => formula(pick("name", p), inputLabel(run.rows[p].input)));
  group("npvLow", "NPV at the low value", "RMB bn", (p) => formula(pick("npvLow", p), run.rows[p].npvLow), FMT.rmbBn);
  group(
    "npvHigh",
    "NPV at the high value",
    "RMB bn",
    (p) => formula(pick("npvHigh", p), run.rows[p].npvHigh),
    FMT.rmbBn,
  );
  const base = C(TORNADO_ROWS.baseNpv);
  group(
    "changeLow",
    "Change in NPV at the low value",
    "RMB bn",
    (p) => formula(`${at("npvLow", p)}-${base}`, run.rows[p].npvLow - run.baseNpv),
    FMT.rmbBn,
  );
  group(
    "changeHigh",
    "Change in NPV at the high value",
    "RMB bn",
    (p) => formula(`${at("npvHigh", p)}-${base}`, run.rows[p].npvHigh - run.baseNpv),
    FMT.rmbBn,
  );
  group("swing", "Swing", "RMB bn", (p) => formula(pick("swing", p), run.rows[p].swing), FMT.rmbBn);
  const series = (group: RankedGroup) => ctx.ref("tornado", groupRange(rankedRow(group, 0)));
  b.chart({
    kind: "bar",
    title: "Tornado: change in NPV with each input at its low and high value, RMB bn",
    valueAxisFormat: AXIS_FMT.amount,
    // At the top, beside the inputs' lists (their timeline columns are empty), from G so that the inputs' names in
    // C have room: lower down, the page break of the printed sheet fell through it.
    position: `${cell(COL.firstPeriod + 1, TORNADO_ROWS.byInputHeading)}:${cell(COL.firstPeriod + 9, TORNADO_ROWS.byInputHeading + 24)}`,
    categories: series("name"),
    series: [
      { name: "Input at its low value", values: series("changeLow") },
      { name: "Input at its high value", values: series("changeHigh") },
    ],
  });
}

/** One variant's case on the timeline: the same rows as the Cloud, Capex and Payback sheets, with one input moved. */
function writeVariant(b: SheetBuilder, ctx: PlanContext, varied: TornadoInput, side: Side): void {
  const run = tornadoRun(ctx);
  const top = variantHeading(varied, side);
  const row = (r: keyof typeof VARIANT_ROWS) => top + VARIANT_ROWS[r];
  const x = (input: TornadoInput) => variantInput(ctx, varied, side, input);
  const result = run.variant(varied, side);
  const v = run.variantInputs(varied, side);
  const h = ctx.horizon;
  b.heading(top, `${inputLabel(varied)} at its ${side} value`);
  b.valueRow(
    row("value"),
    `${inputLabel(varied)} (${side})`,
    isRelativeStep(varied) ? "RMB bn" : "% a year",
    formula(C(byInputRow(side, varied)), v[varied]),
    "calculation",
    isRelativeStep(varied) ? FMT.rmbBn : FMT.rate,
  );
  b.timelineRow(row("growth"), {
    label: "Growth rate (fading to the terminal rate)",
    unit: "% a year",
    formula: (p) =>
      `${x("growth")}+(${x("terminalGrowth")}-${x("growth")})*(${periodNumberRef(p)}-1)/MAX(${inputRef(ctx, "horizon")}-1,1)`,
    values: result.years.map((_, k) => fadedGrowthRate(v.growth, v.terminalGrowth, k + 1, h)),
    numberFormat: FMT.rate,
  });
  b.timelineRow(row("revenueWith"), {
    label: "Revenue with the investment",
    unit: "RMB bn",
    formula: (p) =>
      `IF(${periodNumberRef(p)}=1,${x("baseRevenue")},${p.prev}${row("revenueWith")})*(1+${p.col}${row("growth")})`,
    values: result.revenueWithInvestment,
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(row("revenueWithout"), {
    label: "Revenue without the investment",
    unit: "RMB bn",
    formula: (p) => `${x("baseRevenue")}*(1+${x("baselineGrowth")})^${periodNumberRef(p)}`,
    values: result.revenueWithout,
    numberFormat: FMT.rmbBn,
  });
  const weightSum = ctx.ref("capex", cell(COL.total, CAPEX_ROWS.selectedWeight, true));
  b.timelineRow(row("capex"), {
    label: "Capex",
    unit: "RMB bn",
    formula: (p) => `${x("capexTotal")}*(${ctx.ref("capex", `${p.col}${CAPEX_ROWS.selectedWeight}`)}/${weightSum})`,
    values: result.capex,
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(row("cashFlow"), {
    label: "Incremental cash flow",
    unit: "RMB bn",
    formula: (p) =>
      `${x("margin")}*(${p.col}${row("revenueWith")}-${p.col}${row("revenueWithout")})-${p.col}${row("capex")}`,
    values: result.cashFlow,
    numberFormat: FMT.rmbBn,
  });
  // The running product of the Payback sheet, in the same shape: where a variant leaves every input as it is, each of
  // its rows is computed exactly as the scenario's own, and its change in NPV is exactly 0 in any spreadsheet program
  // (with (1 + rate)^(year − 1) instead, it came out a rounding error away, such as −1.9e-9, shown as "−0.0").
  b.timelineRow(row("divisor"), {
    label: "Discount divisor (1 + rate)^(year number − 1)",
    unit: "factor",
    formula: (p) => `IF(${periodNumberRef(p)}=1,1,${p.prev}${row("divisor")}*(1+${x("discountRate")}))`,
    values: result.discountDivisors,
    numberFormat: FMT.factor,
  });
  b.timelineRow(row("discounted"), {
    label: "Discounted cash flow",
    unit: "RMB bn",
    formula: (p) => `${p.col}${row("cashFlow")}/${p.col}${row("divisor")}`,
    values: result.discountedCashFlow,
    numberFormat: FMT.rmbBn,
  });
  b.valueRow(
    row("npv"),
    "NPV",
    "RMB bn",
    formula(`SUM(${timelineRange(row("discounted"), h)})`, run.byInput[varied][side === "low" ? "npvLow" : "npvHigh"]),
    "output",
    FMT.rmbBn,
  );
}

export const tornadoSheet: SheetModule = {
  key: "tornado",
  hasTimeline: true,
  build(ctx) {
    const b = new SheetBuilder(ctx, "tornado");
    b.title("Tornado: which input moves the NPV most").masterCheckLink().timelineHeader();
    b.heading(TORNADO_ROWS.baseHeading, "The scenario itself");
    b.valueRow(
      TORNADO_ROWS.baseNpv,
      "NPV of the scenario",
      "RMB bn",
      formula(
        `SUM(${ctx.ref("payback", timelineRange(PAYBACK_ROWS.discounted, ctx.horizon))})`,
        tornadoRun(ctx).baseNpv,
      ),
      "link",
      FMT.rmbBn,
      "The discounted cash flows of the Payback sheet, summed: the base every change below is measured from.",
    );
    writeByInput(b, ctx);
    writeRanked(b, ctx);
    b.heading(
      TORNADO_ROWS.variantsHeading,
      "The cases, year by year (the Cloud, Capex and Payback rows, one input moved)",
    );
    for (const input of TORNADO_INPUTS) for (const side of SIDES) writeVariant(b, ctx, input, side);
    return b.build({
      tabColor: TAB.calc,
      columnWidths: standardWidths(ctx.horizon),
      freeze: { rows: ROW.period, columns: COL.note },
      // The 14 cases year by year below the ranking are working, not pages to read.
      printThroughRow: TORNADO_ROWS.variantsHeading - 1,
    });
  },
  names() {
    return [
      {
        name: "TornadoSwingByRank",
        sheet: "tornado",
        range: groupRange(rankedRow("swing", 0)),
        comment: "The tornado's swings |NPV high − NPV low|, largest first, RMB bn",
      },
    ];
  },
};
