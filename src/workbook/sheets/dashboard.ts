import { writeHeadlines } from "./headlines";
import { capexComparisonRows } from "./benchmarks";
import { blockRange, quarterlyGrowthBlock } from "./benchmarks-layout";
import { CAPEX_ROWS } from "./capex";
import { CLOUD_ROWS } from "./cloud";
import { PAYBACK_ROWS } from "./payback";
import { AXIS_FMT, TAB } from "./formats";
import { cell, COL, ROW, timelineRange } from "./grid";
import { SheetBuilder } from "./sheet-builder";
import type { SheetModule } from "./sheet-module";

/**
 * The Dashboard: headline figures (links) and the chart plans. Charts read the calculation sheets directly, so the
 * dashboard holds no figures of its own; competitor capex series can be appended to the capex chart later.
 */

export const DASHBOARD_CHART_TOP = 21;

export const dashboardSheet: SheetModule = {
  key: "dashboard",
  build(ctx) {
    const { horizon } = ctx;
    const b = new SheetBuilder(ctx, "dashboard");
    b.title("Dashboard").masterCheckLink();
    let row = ROW.firstContent - 1;
    b.heading(row++, "Headline figures");
    row = writeHeadlines(b, ctx, row);
    b.set(row, COL.label, "The charts read this workbook's own cells, so they follow the inputs.");
    b.format(cell(COL.label, row), "note");

    const years = ctx.ref("inputs", timelineRange(ROW.year, horizon));
    const series = (name: string, key: "capex" | "cloud" | "payback", r: number) => ({
      name,
      values: ctx.ref(key, timelineRange(r, horizon)),
    });
    const top = DASHBOARD_CHART_TOP;
    // With benchmarks, capex is compared in USD with each competitor's capex of the same calendar year.
    const dataset = ctx.dataset;
    b.chart(
      dataset
        ? {
            kind: "column",
            title: "Capex by year: the plan beside competitors (USD bn)",
            valueAxisFormat: AXIS_FMT.amount,
            position: `A${top}:C${top + 18}`,
            categories: years,
            series: capexComparisonRows(dataset).map(({ name, row: r }) => ({
              name,
              values: ctx.ref("benchmarks", timelineRange(r, horizon)),
            })),
          }
        : {
            kind: "column",
            title: "Capex by year (RMB bn)",
            valueAxisFormat: AXIS_FMT.amount,
            position: `A${top}:C${top + 18}`,
            categories: years,
            series: [series("Alibaba capex", "capex", CAPEX_ROWS.capex)],
          },
    );
    b.chart({
      kind: "line",
      title: "Cloud revenue with and without the investment (RMB bn)",
      valueAxisFormat: AXIS_FMT.amount,
      position: `D${top}:L${top + 18}`,
      categories: years,
      series: [
        series("With the investment", "cloud", CLOUD_ROWS.revenueWith),
        series("Without the investment", "cloud", CLOUD_ROWS.revenueWithout),
      ],
    });
    b.chart({
      kind: "column",
      title: "Cumulative cash flow and payback year (RMB bn)",
      valueAxisFormat: AXIS_FMT.amount,
      position: `A${top + 20}:L${top + 40}`,
      categories: years,
      series: [
        series("Cumulative cash flow", "payback", PAYBACK_ROWS.cumulative),
        series("Cumulative discounted cash flow", "payback", PAYBACK_ROWS.cumulativeDiscounted),
        series("Payback year (simple)", "payback", PAYBACK_ROWS.simple.marker),
        series("Payback year (discounted)", "payback", PAYBACK_ROWS.discountedSearch.marker),
      ],
    });
    // Quarterly cloud revenue growth by provider, from the Benchmarks sheet's quarterly block (its own timeline).
    const growth = dataset ? quarterlyGrowthBlock(dataset) : undefined;
    if (dataset && growth) {
      const names = new Map(dataset.providers.map((p) => [p.id, p.name]));
      b.chart({
        kind: "line",
        title: "Cloud revenue growth by quarter, year on year, by provider",
        valueAxisFormat: AXIS_FMT.share,
        position: `A${top + 42}:L${top + 62}`,
        categories: ctx.ref("benchmarks", blockRange(growth, growth.header)),
        series: growth.providers.map(({ id, row: r }) => ({
          name: names.get(id) ?? id,
          values: ctx.ref("benchmarks", blockRange(growth, r)),
        })),
      });
    }
    return b.build({
      tabColor: TAB.output,
      columnWidths: [
        { column: COL.label, width: 40 },
        { column: COL.unit, width: 10 },
        { column: COL.constant, width: 18 },
      ],
    });
  },
};
