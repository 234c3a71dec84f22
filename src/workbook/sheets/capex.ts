import { toUsd } from "../../core/model";
import {
  profileWeightsOverHorizon,
  SCURVE_LOGISTIC_AT_END,
  SCURVE_LOGISTIC_AT_START,
  sCurveSchedule,
  type SCurveSchedule,
  type BuiltInProfile,
  type PacingProfile,
} from "../../core/pacing";
import type { NamePlan } from "../plan-types";
import { CUSTOM_WEIGHTS_ROW, customWeightRow, inputRef } from "./inputs";
import { FMT, TAB } from "./formats";
import {
  capexYearFlagFormula,
  elapsedAtEndFormula,
  elapsedAtStartFormula,
  profileWeightFormulas,
  sCurveCumulativeFormula,
  type SCurveTerms,
} from "./pacing-formulas";
import { cell, COL, periodNumberRef, ROW, standardWidths, timelineRange } from "./grid";
import { formula, SheetBuilder } from "./sheet-builder";
import type { CheckSpec, PlanContext, SheetModule } from "./sheet-module";

/**
 * The Capex sheet: the pacing weights of every profile computed side by side with native formulas, the one the
 * Inputs sheet names picked by SUMIF on the profile keys in column C, and the capex of each year.
 */

export const CAPEX_ROWS = {
  flag: 8,
  positionStart: 10,
  positionEnd: 11,
  cumulativeStart: 12,
  cumulativeEnd: 13,
  logisticLow: 14,
  logisticHigh: 15,
  weightsHeading: 17,
  /** The five weight rows, in PROFILE_ORDER. */
  firstWeight: 18,
  selectedWeight: 23,
  capex: 25,
  capexUsd: 26,
} as const;

const PROFILE_ORDER: readonly PacingProfile[] = ["even", "front", "back", "scurve", "custom"];
const PROFILE_LABELS: Readonly<Record<PacingProfile, string>> = {
  even: "Weight: even",
  front: "Weight: front-loaded (n − i + 1)",
  back: "Weight: back-loaded (i)",
  scurve: "Weight: S-curve",
  custom: "Weight: custom (from Inputs)",
};

export function weightRowOf(profile: PacingProfile): number {
  return CAPEX_ROWS.firstWeight + PROFILE_ORDER.indexOf(profile);
}

/** The figures the Capex formulas compute, from the core: the schedule's flags, the S-curve, each profile's weights. */
function capexFigures(ctx: PlanContext) {
  const n = ctx.scenario.capexYears;
  const flags = Array.from({ length: ctx.horizon }, (_, k) => (k < n ? 1 : 0));
  const builtIn = (profile: BuiltInProfile): number[] => profileWeightsOverHorizon(profile, n, ctx.horizon);
  const weightValues: Record<PacingProfile, number[]> = {
    even: builtIn("even"),
    front: builtIn("front"),
    back: builtIn("back"),
    scurve: builtIn("scurve"),
    custom: customWeightRow(ctx.scenario).map((w, k) => w * flags[k]),
  };
  return { flags, sCurve: sCurveSchedule(n, ctx.horizon), weightValues };
}

/** The S-curve rows: the share of the capex years elapsed, G of it, and the logistic at both ends. */
function writeSCurve(b: SheetBuilder, ctx: PlanContext, sCurve: SCurveSchedule): void {
  const R = CAPEX_ROWS;
  const years = inputRef(ctx, "capexYears");
  const steep = inputRef(ctx, "scurveSteepness");
  const mid = inputRef(ctx, "scurveMidpoint");
  b.heading(R.positionStart - 1, "S-curve (logistic, rescaled to run from 0 to 1 over the capex years)");
  b.timelineRow(R.positionStart, {
    label: "Share of capex period elapsed, start of year",
    unit: "share",
    formula: (p) => elapsedAtStartFormula(periodNumberRef(p), years),
    values: sCurve.elapsedAtStart,
    numberFormat: FMT.share,
  });
  b.timelineRow(R.positionEnd, {
    label: "Share of capex period elapsed, end of year",
    unit: "share",
    formula: (p) => elapsedAtEndFormula(periodNumberRef(p), years),
    values: sCurve.elapsedAtEnd,
    numberFormat: FMT.share,
  });
  const terms: SCurveTerms = {
    steepness: steep,
    midpoint: mid,
    logisticAtStart: cell(COL.constant, R.logisticLow, true),
    logisticAtEnd: cell(COL.constant, R.logisticHigh, true),
  };
  const cumulative = (positionRow: number) => (p: { col: string }) =>
    sCurveCumulativeFormula(`${p.col}${positionRow}`, terms);
  b.timelineRow(R.cumulativeStart, {
    label: "Cumulative share spent, start of year",
    unit: "share",
    formula: cumulative(R.positionStart),
    values: sCurve.cumulativeAtStart,
    numberFormat: FMT.share,
  });
  b.timelineRow(R.cumulativeEnd, {
    label: "Cumulative share spent, end of year",
    unit: "share",
    formula: cumulative(R.positionEnd),
    values: sCurve.cumulativeAtEnd,
    numberFormat: FMT.share,
  });
  b.valueRow(
    R.logisticLow,
    "Logistic value at the start",
    "share",
    formula(`1/(1+EXP(${steep}*${mid}))`, SCURVE_LOGISTIC_AT_START),
    "calculation",
    FMT.share,
  );
  b.valueRow(
    R.logisticHigh,
    "Logistic value at the end",
    "share",
    formula(`1/(1+EXP(-${steep}*(1-${mid})))`, SCURVE_LOGISTIC_AT_END),
    "calculation",
    FMT.share,
  );
}

export const capexSheet: SheetModule = {
  key: "capex",
  hasTimeline: true,
  build(ctx) {
    const { scenario, horizon, result } = ctx;
    const R = CAPEX_ROWS;
    const b = new SheetBuilder(ctx, "capex");
    b.title("Capex: pacing of the plan").masterCheckLink().timelineHeader();
    const years = inputRef(ctx, "capexYears");
    const { flags, sCurve, weightValues } = capexFigures(ctx);

    b.heading(R.flag - 1, "Timing");
    b.timelineRow(R.flag, {
      label: "Capex year flag",
      unit: "flag",
      formula: (p) => capexYearFlagFormula(periodNumberRef(p), years),
      values: flags,
      numberFormat: FMT.flag,
    });

    writeSCurve(b, ctx, sCurve);

    b.heading(R.weightsHeading, "Weights by profile (profile key in column C)");
    // Each profile's row reads the flag and S-curve rows above: the pieces the Scenarios blocks fold into one formula.
    const weightFormulas = (p: { col: string }) =>
      profileWeightFormulas({
        n: periodNumberRef(p),
        years,
        flag: `${p.col}$${R.flag}`,
        sCurveWeight: `${p.col}$${R.cumulativeEnd}-${p.col}$${R.cumulativeStart}`,
        customWeight: ctx.ref("inputs", `${p.col}$${CUSTOM_WEIGHTS_ROW}`),
      });
    for (const profile of PROFILE_ORDER) {
      b.timelineRow(weightRowOf(profile), {
        label: PROFILE_LABELS[profile],
        unit: "weight",
        formula: (p) => weightFormulas(p)[profile],
        values: weightValues[profile],
        constant: profile,
        numberFormat: FMT.weight,
      });
    }
    const keys = `${cell(COL.constant, R.firstWeight, true)}:${cell(COL.constant, R.firstWeight + PROFILE_ORDER.length - 1, true)}`;
    const selected = weightValues[scenario.profile];
    b.timelineRow(R.selectedWeight, {
      label: "Weight of the chosen profile",
      unit: "weight",
      formula: (p) =>
        `SUMIF(${keys},${inputRef(ctx, "profile")},${p.col}${R.firstWeight}:${p.col}${R.firstWeight + PROFILE_ORDER.length - 1})`,
      values: selected,
      numberFormat: FMT.weight,
      total: true,
    });

    b.heading(R.capex - 1, "Capex");
    const weightSum = cell(COL.total, R.selectedWeight, true);
    b.timelineRow(R.capex, {
      label: "Capex",
      unit: "RMB bn",
      formula: (p) => `${inputRef(ctx, "capexTotal")}*(${p.col}${R.selectedWeight}/${weightSum})`,
      values: result.capex,
      style: "output",
      numberFormat: FMT.rmbBn,
      total: true,
    });
    b.timelineRow(R.capexUsd, {
      label: "Capex in USD",
      unit: "USD bn",
      formula: (p) => `${p.col}${R.capex}/${inputRef(ctx, "fx")}`,
      values: result.capex.map((c) => toUsd(c, scenario.fx)),
      numberFormat: FMT.usdBn,
      total: true,
    });

    return b.build({
      tabColor: TAB.calc,
      columnWidths: standardWidths(horizon),
      freeze: { rows: ROW.period, columns: COL.note },
    });
  },
  names(ctx) {
    const names: NamePlan[] = [
      {
        name: "CapexByYear",
        sheet: "capex",
        range: timelineRange(CAPEX_ROWS.capex, ctx.horizon),
        comment: "Capex of each model year, RMB bn",
      },
    ];
    return names;
  },
  checks(ctx): CheckSpec[] {
    const { scenario, result } = ctx;
    const tol = inputRef(ctx, "checkTolerance");
    const total = inputRef(ctx, "capexTotal");
    const capexSum = result.capex.reduce((a, c) => a + c, 0);
    const selectedSum = capexFigures(ctx).weightValues[scenario.profile].reduce((a, w) => a + w, 0);
    const keys = `${cell(COL.constant, CAPEX_ROWS.firstWeight, true)}:${cell(COL.constant, CAPEX_ROWS.firstWeight + PROFILE_ORDER.length - 1, true)}`;
    return [
      {
        label: "Pacing adds up to the capex total",
        formula: `ABS(${ctx.ref("capex", cell(COL.total, CAPEX_ROWS.capex, true))}-${total})<=${tol}*MAX(1,${total})`,
        value: Math.abs(capexSum - scenario.capexTotal) <= 1e-9 * Math.max(1, scenario.capexTotal),
        note: "The capex row sums to the capex total on Inputs.",
      },
      {
        label: "Pacing profile is recognised",
        formula: `COUNTIF(${ctx.ref("capex", keys)},${inputRef(ctx, "profile")})=1`,
        value: PROFILE_ORDER.includes(scenario.profile),
        note: "The profile on Inputs is one of the keys in column C of the Capex sheet.",
      },
      {
        label: "Pacing weights have a positive sum",
        formula: `${ctx.ref("capex", cell(COL.total, CAPEX_ROWS.selectedWeight, true))}>0`,
        value: selectedSum > 0,
        note: "Custom weights that are all zero would leave capex undefined.",
      },
    ];
  },
};
