import { depreciate } from "../../core/depreciation";
import type { EarningsResult } from "../../core/earnings";
import type { NamePlan, PlanValue } from "../plan-types";
import { CAPEX_ROWS } from "./capex";
import { CLOUD_ROWS } from "./cloud";
import { EARNINGS_ROWS, NO_REVENUE, troughAndRecoveryFlags } from "./earnings-figures";
import { writeEarningsResults } from "./earnings-results";
import { AXIS_FMT, FMT, TAB } from "./formats";
import { cell, COL, periodNumberRef, ROW, standardWidths, timelineRange } from "./grid";
import { inputRef, type InputId } from "./inputs";
import { SheetBuilder, type PeriodRef } from "./sheet-builder";
import type { CheckSpec, PlanContext, SheetModule } from "./sheet-module";

/**
 * The Earnings sheet (model.md, "Earnings and returns"): what the capex charges to the cloud segment's EBITA, year by
 * year, and the margin path against the baseline margin. Depreciation is CAPEX.DEPRECIATION's "half" convention laid
 * out natively for each asset class: the straight-line charge of the spend still within its life (a SUMIFS of
 * the capex row, flagged by the model-year numbers), and the half-year charge as the average of this year's and last
 * year's, which is half a charge in the year of spend and in the year the life runs out.
 */

type ClassRows = { readonly window: number; readonly previous: number; readonly charge: number };

/** The three rows of one asset class: the charge of the spend within its life, last year's, and this year's. */
function writeClass(
  b: SheetBuilder,
  ctx: PlanContext,
  rows: ClassRows,
  life: InputId,
  share: (shareRef: string) => string,
  values: { readonly window: number[]; readonly charge: number[] },
): void {
  const R = EARNINGS_ROWS;
  const { horizon } = ctx;
  const lifeRef = inputRef(ctx, life);
  const capex = timelineRange(R.capex, horizon);
  const periods = timelineRange(ROW.period, horizon);
  b.timelineRow(rows.window, {
    label: "Straight-line charge of the spend within its life",
    unit: "RMB bn",
    formula: (p) =>
      `SUMIFS(${capex},${periods},"<="&${periodNumberRef(p)},${periods},">"&(${periodNumberRef(p)}-${lifeRef}))/${lifeRef}`,
    values: values.window,
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(rows.previous, {
    label: "The same, previous year",
    unit: "RMB bn",
    formula: (p) => `IF(${periodNumberRef(p)}=1,0,${p.prev}${rows.window})`,
    values: values.window.map((_, k) => (k === 0 ? 0 : values.window[k - 1])),
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(rows.charge, {
    label: "Depreciation (half-year convention)",
    unit: "RMB bn",
    formula: (p) => `${share(inputRef(ctx, "infraShare"))}*AVERAGE(${p.col}${rows.window},${p.col}${rows.previous})`,
    values: values.charge,
    numberFormat: FMT.rmbBn,
    total: true,
  });
}

const link = (ctx: PlanContext, key: "capex" | "cloud", row: number) => (p: PeriodRef) =>
  ctx.ref(key, `${p.col}$${row}`);

function marginCell(margin: EarningsResult["ebitaMargin"][number]): PlanValue {
  return margin === "noRevenue" ? NO_REVENUE : margin;
}

function writeEbita(b: SheetBuilder, ctx: PlanContext): void {
  const R = EARNINGS_ROWS;
  const { earnings } = ctx.result;
  b.heading(R.incrementalEbita - 1, "EBITA");
  b.timelineRow(R.incrementalEbita, {
    label: "Incremental EBITA (contribution less depreciation)",
    unit: "RMB bn",
    formula: (p) => `${p.col}${R.contribution}-${p.col}${R.depreciation}`,
    values: earnings.incrementalEbita,
    numberFormat: FMT.rmbBn,
    total: true,
  });
  b.timelineRow(R.ebitaWithout, {
    label: "Segment EBITA without the investment",
    unit: "RMB bn",
    formula: (p) => `${inputRef(ctx, "baselineEbitaMargin")}*${p.col}${R.revenueWithout}`,
    values: earnings.ebitaWithout,
    numberFormat: FMT.rmbBn,
  });
  b.timelineRow(R.ebita, {
    label: "Segment EBITA with the investment",
    unit: "RMB bn",
    formula: (p) => `${p.col}${R.ebitaWithout}+${p.col}${R.contribution}-${p.col}${R.depreciation}`,
    values: earnings.ebita,
    style: "output",
    numberFormat: FMT.rmbBn,
  });
  b.heading(R.margin - 1, "EBITA margin");
  b.timelineRow(R.margin, {
    label: "EBITA margin with the investment",
    unit: "%",
    formula: (p) => `IF(${p.col}${R.revenueWith}=0,"${NO_REVENUE}",${p.col}${R.ebita}/${p.col}${R.revenueWith})`,
    values: earnings.ebitaMargin.map(marginCell),
    style: "output",
    numberFormat: FMT.rate,
  });
  b.timelineRow(R.baselineMargin, {
    label: "EBITA margin without the investment (baseline)",
    unit: "%",
    formula: () => inputRef(ctx, "baselineEbitaMargin"),
    values: earnings.years.map(() => ctx.scenario.baselineEbitaMargin),
    style: "link",
    numberFormat: FMT.rate,
  });
}

/** The flag rows that find the trough (first lowest margin) and the first later year back at the baseline. */
function writeSearch(b: SheetBuilder, ctx: PlanContext): void {
  const R = EARNINGS_ROWS;
  const flags = troughAndRecoveryFlags(ctx.result.earnings, ctx.scenario.baselineEbitaMargin);
  const before = (row: number, p: PeriodRef) => `SUM(${cell(COL.note, row, true)}:${p.prev}${row})`;
  const margin = (p: PeriodRef) => `${p.col}${R.margin}`;
  b.heading(R.troughFlag - 1, "Trough and recovery");
  b.timelineRow(R.troughFlag, {
    label: "Year of the trough (first year at the lowest margin)",
    unit: "flag",
    formula: (p) =>
      `IF(AND(ISNUMBER(${margin(p)}),${margin(p)}=${cell(COL.constant, R.trough, true)},${before(R.troughFlag, p)}=0),1,0)`,
    values: flags.trough,
    numberFormat: FMT.flag,
  });
  b.timelineRow(R.backAtBaseline, {
    label: "After the trough, at or above the baseline margin",
    unit: "flag",
    formula: (p) =>
      `IF(AND(${before(R.troughFlag, p)}=1,ISNUMBER(${margin(p)}),${margin(p)}>=${p.col}${R.baselineMargin}),1,0)`,
    values: flags.backAtBaseline,
    numberFormat: FMT.flag,
  });
  b.timelineRow(R.recoveryFlag, {
    label: "Year of recovery (first such year)",
    unit: "flag",
    formula: (p) => `IF(AND(${p.col}${R.backAtBaseline}=1,${before(R.backAtBaseline, p)}=0),1,0)`,
    values: flags.recovery,
    numberFormat: FMT.flag,
  });
}

export const earningsSheet: SheetModule = {
  key: "earnings",
  hasTimeline: true,
  build(ctx) {
    const { horizon, result } = ctx;
    const { earnings } = result;
    const R = EARNINGS_ROWS;
    const b = new SheetBuilder(ctx, "earnings");
    b.title("Earnings: depreciation, EBITA and its margin").masterCheckLink().timelineHeader();

    b.heading(R.capex - 1, "From the other sheets");
    const linked = [
      [R.capex, "Capex", "capex", CAPEX_ROWS.capex, result.capex],
      [R.revenueWith, "Revenue with the investment", "cloud", CLOUD_ROWS.revenueWith, result.revenueWithInvestment],
      [R.revenueWithout, "Revenue without the investment", "cloud", CLOUD_ROWS.revenueWithout, result.revenueWithout],
      [
        R.contribution,
        "Cash contribution of incremental revenue",
        "cloud",
        CLOUD_ROWS.contribution,
        result.contribution,
      ],
    ] as const;
    for (const [row, label, sheet, from, values] of linked) {
      b.timelineRow(row, {
        label,
        unit: "RMB bn",
        formula: link(ctx, sheet, from),
        values,
        style: "link",
        numberFormat: FMT.rmbBn,
      });
    }

    const s = ctx.scenario;
    b.heading(R.infra.window - 1, "Depreciation of infrastructure (servers, GPUs, network)");
    writeClass(b, ctx, R.infra, "infraLife", (share) => share, {
      window: depreciate(result.capex, s.infraLife, horizon, "same"),
      charge: earnings.infraDepreciation,
    });
    b.heading(R.facility.window - 1, "Depreciation of buildings and facilities");
    writeClass(b, ctx, R.facility, "facilityLife", (share) => `(1-${share})`, {
      window: depreciate(result.capex, s.facilityLife, horizon, "same"),
      charge: earnings.facilityDepreciation,
    });
    b.timelineRow(R.depreciation, {
      label: "Depreciation, both classes",
      unit: "RMB bn",
      formula: (p) => `${p.col}${R.infra.charge}+${p.col}${R.facility.charge}`,
      values: earnings.depreciation,
      style: "output",
      numberFormat: FMT.rmbBn,
      total: true,
    });

    writeEbita(b, ctx);
    writeSearch(b, ctx);
    writeEarningsResults(b, ctx);
    b.chart({
      kind: "line",
      title: "EBITA margin with the investment against the baseline",
      valueAxisFormat: AXIS_FMT.share,
      position: `A${R.chartTop}:L${R.chartTop + 18}`,
      categories: ctx.ref("earnings", timelineRange(ROW.year, horizon)),
      series: [
        { name: "EBITA margin with the investment", values: ctx.ref("earnings", timelineRange(R.margin, horizon)) },
        { name: "Baseline EBITA margin", values: ctx.ref("earnings", timelineRange(R.baselineMargin, horizon)) },
      ],
    });

    return b.build({
      tabColor: TAB.calc,
      columnWidths: standardWidths(horizon),
      freeze: { rows: ROW.period, columns: COL.note },
    });
  },
  names(ctx): NamePlan[] {
    const R = EARNINGS_ROWS;
    const one = (name: string, row: number, comment: string): NamePlan => ({
      name,
      sheet: "earnings",
      range: cell(COL.constant, row, true),
      comment,
    });
    return [
      {
        name: "DepreciationByYear",
        sheet: "earnings",
        range: timelineRange(R.depreciation, ctx.horizon),
        comment: "Depreciation of the capex, both asset classes, RMB bn",
      },
      {
        name: "EbitaMarginByYear",
        sheet: "earnings",
        range: timelineRange(R.margin, ctx.horizon),
        comment: "The cloud segment's EBITA margin with the investment",
      },
      one("EbitaMarginTrough", R.trough, "Lowest EBITA margin with the investment"),
      one("EbitaMarginTroughYear", R.troughYear, "Year of the lowest EBITA margin"),
      one("EbitaMarginRecoveryYear", R.recoveryYear, "First year after the trough back at the baseline margin"),
    ];
  },
  checks(ctx): CheckSpec[] {
    const { horizon, result } = ctx;
    const R = EARNINGS_ROWS;
    const tol = inputRef(ctx, "checkTolerance");
    const sum = (row: number) => `SUM(${ctx.ref("earnings", timelineRange(row, horizon))})`;
    const total = (values: readonly number[]) => values.reduce((a, v) => a + v, 0);
    const { earnings } = result;
    const capex = total(result.capex);
    const depreciation = total(earnings.depreciation);
    const ebita = total(earnings.ebita);
    const parts = total(earnings.ebitaWithout) + total(earnings.incrementalEbita);
    return [
      {
        label: "Depreciation does not exceed capex",
        formula: `${sum(R.depreciation)}<=${sum(R.capex)}*(1+${tol})`,
        value: depreciation <= capex * (1 + 1e-9),
        note: "No more than the capex is ever charged; all of it once every life has run out within the horizon.",
      },
      {
        label: "EBITA is the baseline plus the incremental EBITA",
        formula:
          `ABS(${sum(R.ebita)}-(${sum(R.ebitaWithout)}+${sum(R.incrementalEbita)}))` +
          `<=${tol}*MAX(1,ABS(${sum(R.ebita)}),ABS(${sum(R.ebitaWithout)}))`,
        value: Math.abs(ebita - parts) <= 1e-9 * Math.max(1, Math.abs(ebita), Math.abs(total(earnings.ebitaWithout))),
        note: "The segment's EBITA with the investment is its EBITA without it plus what the investment adds.",
      },
    ];
  },
};
