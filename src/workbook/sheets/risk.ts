import { RISK_INPUTS, riskRange, trialFrame, type RiskInput } from "../../core/risk";
import type { NamePlan } from "../plan-types";
import { CAPEX_ROWS } from "./capex";
import { CLOUD_ROWS } from "./cloud";
import { inputRef, type InputId } from "./inputs";
import {
  AXIS_FMT,
  cell,
  COL,
  columnLetter,
  FMT,
  formula,
  ROW,
  SheetBuilder,
  standardWidths,
  TAB,
  timelineRange,
  type CheckSpec,
  type PlanContext,
  type SheetModule,
} from "./layout";
import { PAYBACK_ROWS } from "./payback";
import {
  distributionRow,
  RISK_CHART_ROWS,
  RISK_ROWS,
  riskRun,
  riskSettingsOf,
  TRIAL_COL,
  yearColumn,
} from "./risk-layout";
import { writeTrials } from "./risk-trials";

/**
 * The Risk sheet (`shared/spec/model.md`, "Risk"): how likely payback is over trials drawn around the scenario. The
 * uniforms are stored as values, so that every trial is a live native formula that recalculates on the same draws
 * when an input changes, in Excel without the add-in and in LibreOffice; the finance core runs the same trials on
 * the same draws for the cached values and the task pane.
 */

const SPREAD_INPUTS: Readonly<Record<RiskInput, { below: InputId; above: InputId; label: string; unit: string }>> = {
  growth: { below: "riskGrowthBelow", above: "riskGrowthAbove", label: "Growth, first year", unit: "% a year" },
  terminalGrowth: {
    below: "riskTerminalGrowthBelow",
    above: "riskTerminalGrowthAbove",
    label: "Growth, last year",
    unit: "% a year",
  },
  margin: { below: "riskMarginBelow", above: "riskMarginAbove", label: "Cash margin", unit: "%" },
  capexTotal: { below: "riskCapexBelow", above: "riskCapexAbove", label: "Capex total", unit: "RMB bn" },
};

function writeDistributions(b: SheetBuilder, ctx: PlanContext): void {
  const { spreads } = riskSettingsOf(ctx);
  b.heading(RISK_ROWS.distributionsHeading, "Uncertain inputs: triangular distributions around the scenario");
  for (const input of RISK_INPUTS) {
    const { below, above, label, unit } = SPREAD_INPUTS[input];
    const mode = ctx.inputs[input];
    const [low, high] = riskRange(input, mode, spreads[input]);
    const ref = (field: "mode" | "low" | "high" | "width") => cell(COL.constant, distributionRow(input, field));
    const relative = input === "capexTotal";
    const fmt = relative ? FMT.rmbBn : FMT.rate;
    const row = (field: Parameters<typeof distributionRow>[1], text: string, value: ReturnType<typeof formula>) =>
      b.valueRow(
        distributionRow(input, field),
        `${label}: ${text}`,
        field === "modeShare" ? "share" : unit,
        value,
        "calculation",
        field === "modeShare" ? FMT.share : fmt,
      );
    row("mode", "mode (the scenario's value)", formula(inputRef(ctx, input), mode));
    const belowRef = inputRef(ctx, below);
    const aboveRef = inputRef(ctx, above);
    row("low", "low", formula(relative ? `${ref("mode")}*(1-${belowRef})` : `${ref("mode")}-${belowRef}`, low));
    row("high", "high", formula(relative ? `${ref("mode")}*(1+${aboveRef})` : `${ref("mode")}+${aboveRef}`, high));
    row("width", "width (high − low)", formula(`${ref("high")}-${ref("low")}`, high - low));
    const share = high - low === 0 ? 0 : (mode - low) / (high - low);
    row(
      "modeShare",
      "share of draws below the mode",
      formula(`IF(${ref("width")}=0,0,(${ref("mode")}-${ref("low")})/${ref("width")})`, share),
    );
  }
}

/** Per-year constants every trial shares, on the sheet's timeline: revenue without the investment, capex share, divisor. */
function writeYearlyConstants(b: SheetBuilder, ctx: PlanContext): void {
  const R = RISK_ROWS;
  const frame = trialFrame(ctx.inputs);
  const weightSum = ctx.ref("capex", cell(COL.total, CAPEX_ROWS.selectedWeight, true));
  b.heading(R.yearlyHeading, "Per-year constants of every trial (from the Cloud, Capex and Payback sheets)");
  b.timelineRow(R.revenueWithout, {
    label: "Revenue without the investment",
    unit: "RMB bn",
    formula: (p) => ctx.ref("cloud", `${p.col}${CLOUD_ROWS.revenueWithout}`),
    values: Array.from(frame.revenueWithout),
    style: "link",
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(R.capexShare, {
    label: "Share of capex spent in the year",
    unit: "share",
    formula: (p) => `${ctx.ref("capex", `${p.col}${CAPEX_ROWS.selectedWeight}`)}/${weightSum}`,
    values: Array.from(frame.capexShare),
    numberFormat: FMT.share,
  });
  b.timelineRow(R.divisor, {
    label: "Discount divisor (1 + rate)^(year − 1)",
    unit: "factor",
    formula: (p) => ctx.ref("payback", `${p.col}${PAYBACK_ROWS.divisor}`),
    values: Array.from(frame.discountFactor),
    style: "link",
    numberFormat: FMT.factor,
  });
}

function trialRange(col: number, trials: number): string {
  const letter = columnLetter(col);
  return `$${letter}$${RISK_ROWS.firstTrial}:$${letter}$${RISK_ROWS.firstTrial + trials - 1}`;
}

/** The answers: probabilities of payback, NPV percentiles, and the payback years' histogram with its chart. */
function writeResults(b: SheetBuilder, ctx: PlanContext): void {
  const R = RISK_ROWS;
  const { settings, run } = riskRun(ctx);
  const trials = cell(COL.constant, R.builtTrials, true);
  const paid = trialRange(TRIAL_COL.paidBack, run.trials);
  const npv = trialRange(TRIAL_COL.npv, run.trials);
  b.heading(R.resultsHeading, "Results over all trials");
  const out = (row: number, label: string, unit: string, text: string, value: number, fmt: string, note?: string) =>
    b.valueRow(row, label, unit, formula(text, value), "output", fmt, note);
  out(
    R.probByTarget,
    "Probability of payback (discounted) within the target",
    "share",
    `SUM(${trialRange(TRIAL_COL.byTarget, run.trials)})/${trials}`,
    run.probPaybackByTarget,
    FMT.rate,
    "Share of trials whose discounted payback period is at most the target on Inputs.",
  );
  out(
    R.probInHorizon,
    "Probability of payback (discounted) within the horizon",
    "share",
    `SUM(${paid})/${trials}`,
    run.probPaybackInHorizon,
    FMT.rate,
  );
  out(
    R.npvP10,
    "NPV, 10th percentile",
    "RMB bn",
    `PERCENTILE(${npv},${inputRef(ctx, "riskPercentileLow")})`,
    run.npvP10,
    FMT.rmbBn,
    "PERCENTILE (inclusive) of the trials' NPVs.",
  );
  out(
    R.npvP50,
    "NPV, median",
    "RMB bn",
    `PERCENTILE(${npv},${inputRef(ctx, "riskPercentileMid")})`,
    run.npvP50,
    FMT.rmbBn,
  );
  out(
    R.npvP90,
    "NPV, 90th percentile",
    "RMB bn",
    `PERCENTILE(${npv},${inputRef(ctx, "riskPercentileHigh")})`,
    run.npvP90,
    FMT.rmbBn,
  );
  out(
    R.notPaidBack,
    "Trials not paid back within the horizon",
    "count",
    `${trials}-SUM(${paid})`,
    run.notPaidBack,
    FMT.count,
  );
  b.valueRow(
    R.builtTrials,
    "Trials (as built)",
    "count",
    settings.trials,
    "calculation",
    FMT.count,
    "Rows of the trials table below; a new count on Inputs needs a rebuild.",
  );
  b.valueRow(
    R.builtSeed,
    "Seed of the stored uniforms (as built)",
    "number",
    settings.seed,
    "calculation",
    FMT.count,
    "Mulberry32 draws, trial by trial, input by input; a new seed on Inputs needs a rebuild.",
  );

  b.heading(R.histogramHeading, "Payback (discounted) by year: trials paying back in each model year");
  const bins = trialRange(TRIAL_COL.bin, run.trials);
  b.timelineRow(R.histogram, {
    label: "Trials paying back in the year",
    unit: "count",
    formula: (p) => `COUNTIF(${bins},${p.col}$${ROW.period}-1)`,
    values: run.paybackHistogram,
    style: "output",
    numberFormat: FMT.count,
    total: true,
  });
  const lastColumn = COL.firstPeriod + ctx.horizon - 1;
  b.chart({
    kind: "column",
    title: "Risk: trials paying back (discounted) in each year",
    valueAxisFormat: AXIS_FMT.amount,
    position: `${cell(COL.label, R.chartTop)}:${cell(COL.firstPeriod + 6, R.chartTop + RISK_CHART_ROWS - 1)}`,
    categories: ctx.ref("risk", `${cell(COL.firstPeriod, ROW.year, true)}:${cell(lastColumn, ROW.year, true)}`),
    series: [{ name: "Trials", values: ctx.ref("risk", timelineRange(R.histogram, ctx.horizon)) }],
  });
}

export const riskSheet: SheetModule = {
  key: "risk",
  hasTimeline: true,
  build(ctx) {
    const b = new SheetBuilder(ctx, "risk");
    b.title("Risk: how likely payback is, over trials drawn around the scenario").masterCheckLink().timelineHeader();
    writeDistributions(b, ctx);
    writeYearlyConstants(b, ctx);
    writeResults(b, ctx);
    writeTrials(b, ctx);
    const h = ctx.horizon;
    const widths = standardWidths(Math.max(h, yearColumn(2, h - 1, h) - COL.firstPeriod + 1));
    return b.build({
      tabColor: TAB.calc,
      columnWidths: widths,
      freeze: { rows: ROW.period, columns: COL.note },
      // The results and their chart print; the trials below (1,000 rows by default, 46 columns at a ten-year horizon)
      // are the draws, not pages to read: printed too, one page wide, they shrank the results to about a fifth.
      printThroughRow: RISK_ROWS.trialsHeading - 1,
    });
  },
  names(): NamePlan[] {
    const at = (row: number) => cell(COL.constant, row, true);
    const name = (n: string, row: number, comment: string): NamePlan => ({
      name: n,
      sheet: "risk",
      range: at(row),
      comment,
    });
    return [
      name(
        "RiskProbPaybackByTarget",
        RISK_ROWS.probByTarget,
        "Share of trials paying back (discounted) within the target",
      ),
      name(
        "RiskProbPaybackInHorizon",
        RISK_ROWS.probInHorizon,
        "Share of trials paying back (discounted) within the horizon",
      ),
      name("RiskNpvP10", RISK_ROWS.npvP10, "10th percentile of the trials' NPVs, RMB bn"),
      name("RiskNpvP50", RISK_ROWS.npvP50, "Median of the trials' NPVs, RMB bn"),
      name("RiskNpvP90", RISK_ROWS.npvP90, "90th percentile of the trials' NPVs, RMB bn"),
    ];
  },
  checks(ctx): CheckSpec[] {
    const built = (row: number) => ctx.ref("risk", cell(COL.constant, row, true));
    return [
      {
        label: "Risk trials are drawn for the inputs",
        formula: `AND(${inputRef(ctx, "riskTrials")}=${built(RISK_ROWS.builtTrials)},${inputRef(ctx, "riskSeed")}=${built(RISK_ROWS.builtSeed)})`,
        value: true,
        note: "The trials table holds the draws of the trial count and seed on Inputs (a change needs a rebuild).",
      },
    ];
  },
};
