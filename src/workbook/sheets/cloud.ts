import { toUsd } from "../../core/model";
import { fadedGrowthRate } from "../../core/growth";
import { inputRef } from "./inputs";
import { FMT, TAB } from "./formats";
import { cell, COL, periodNumberRef, ROW, standardWidths, timelineRange } from "./grid";
import { formula, SheetBuilder } from "./sheet-builder";
import type { SheetModule } from "./sheet-module";

/** The Cloud sheet: revenue with the investment (fading growth), without it (baseline growth), and the difference. */

export const CLOUD_ROWS = {
  growth: 8,
  opening: 9,
  revenueWith: 10,
  revenueWithout: 12,
  incremental: 14,
  contribution: 15,
  revenueWithUsd: 17,
} as const;

export const cloudSheet: SheetModule = {
  key: "cloud",
  hasTimeline: true,
  build(ctx) {
    const { scenario: s, horizon, result } = ctx;
    const R = CLOUD_ROWS;
    const b = new SheetBuilder(ctx, "cloud");
    b.title("Cloud: revenue with and without the investment").masterCheckLink().timelineHeader();
    const growth = inputRef(ctx, "growth");
    const terminal = inputRef(ctx, "terminalGrowth");

    b.heading(R.growth - 1, "With the investment");
    b.timelineRow(R.growth, {
      label: "Growth rate (fading to the terminal rate)",
      unit: "% a year",
      formula: (p) =>
        `${growth}+(${terminal}-${growth})*(${periodNumberRef(p)}-1)/MAX(${inputRef(ctx, "horizon")}-1,1)`,
      values: result.years.map((_, k) => fadedGrowthRate(s.growth, s.terminalGrowth, k + 1, horizon)),
      numberFormat: FMT.rate,
    });
    const base = cell(COL.constant, R.opening, true);
    b.timelineRow(R.opening, {
      label: "Revenue at the start of the year",
      unit: "RMB bn",
      formula: (p) => `IF(${periodNumberRef(p)}=1,${base},${p.prev}${R.revenueWith})`,
      values: result.years.map((_, k) => (k === 0 ? s.baseRevenue : result.revenueWithInvestment[k - 1])),
      numberFormat: FMT.rmbBn,
      constant: formula(inputRef(ctx, "baseRevenue"), s.baseRevenue),
    });
    b.format(cell(COL.constant, R.opening), "link", FMT.rmbBn);
    b.timelineRow(R.revenueWith, {
      label: "Revenue with the investment",
      unit: "RMB bn",
      formula: (p) => `${p.col}${R.opening}*(1+${p.col}${R.growth})`,
      values: result.revenueWithInvestment,
      style: "output",
      numberFormat: FMT.rmbBn,
    });

    b.heading(R.revenueWithout - 1, "Without the investment");
    b.timelineRow(R.revenueWithout, {
      label: "Revenue without the investment",
      unit: "RMB bn",
      formula: (p) => `${inputRef(ctx, "baseRevenue")}*(1+${inputRef(ctx, "baselineGrowth")})^${periodNumberRef(p)}`,
      values: result.revenueWithout,
      style: "output",
      numberFormat: FMT.rmbBn,
    });

    b.heading(R.incremental - 1, "What the investment adds");
    b.timelineRow(R.incremental, {
      label: "Incremental revenue",
      unit: "RMB bn",
      formula: (p) => `${p.col}${R.revenueWith}-${p.col}${R.revenueWithout}`,
      values: result.incrementalRevenue,
      numberFormat: FMT.rmbBn,
      total: true,
    });
    b.timelineRow(R.contribution, {
      label: "Cash contribution of incremental revenue",
      unit: "RMB bn",
      formula: (p) => `${inputRef(ctx, "margin")}*${p.col}${R.incremental}`,
      values: result.contribution,
      numberFormat: FMT.rmbBn,
      total: true,
    });

    b.timelineRow(R.revenueWithUsd, {
      label: "Revenue with the investment, in USD",
      unit: "USD bn",
      formula: (p) => `${p.col}${R.revenueWith}/${inputRef(ctx, "fx")}`,
      values: result.revenueWithInvestment.map((v) => toUsd(v, s.fx)),
      numberFormat: FMT.usdBn,
    });

    return b.build({
      tabColor: TAB.calc,
      columnWidths: standardWidths(horizon),
      freeze: { rows: ROW.period, columns: COL.note },
    });
  },
  names(ctx) {
    return [
      {
        name: "RevenueWithInvestment",
        sheet: "cloud",
        range: timelineRange(CLOUD_ROWS.revenueWith, ctx.horizon),
        comment: "Cloud revenue with the investment, RMB bn",
      },
      {
        name: "RevenueWithoutInvestment",
        sheet: "cloud",
        range: timelineRange(CLOUD_ROWS.revenueWithout, ctx.horizon),
        comment: "Cloud revenue without the investment, RMB bn",
      },
    ];
  },
};
