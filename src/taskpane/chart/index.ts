import type { PaybackOutcome } from "../../core/model";
import { formatNumber, formatPercent, formatYear } from "../format";
import type { Locale } from "../i18n";
import { cashFlowChartSvg } from "./cash-flow";
import { growthChartSvg } from "./growth";
import { CHART_STYLE } from "./svg";

/**
 * The live summary's pictures, as SVG markup: the cumulative discounted cash flow with the payback point, and the
 * growth needed against the growth assumed. Pure (numbers and the locale in, markup out), drawn from the same core
 * figures as the summary's text, and each with a text alternative that says what the picture shows.
 */

export interface SummaryChartData {
  readonly firstYear: number;
  readonly cumulativeDiscounted: readonly number[];
  readonly payback: PaybackOutcome;
  /** Growth needed to pay back by the target, or null when the summary has none to show. */
  readonly needed: number | null;
  readonly assumed: number;
}

export function summaryChartsMarkup(data: SummaryChartData, locale: Locale): string {
  const t = locale.text;
  const amount = (value: number) => t.billions(formatNumber(value, locale.tag), "RMB");
  const values = data.cumulativeDiscounted;
  const lowest = values.length > 0 ? Math.min(...values) : 0;
  const highest = values.length > 0 ? Math.max(0, ...values) : 0;
  const end = values.length > 0 ? values[values.length - 1] : 0;
  const lastYear = String(data.firstYear + Math.max(values.length - 1, 0));
  const year = data.payback.kind === "year" ? data.payback.year : null;
  const payback =
    year !== null
      ? formatYear(year, locale.tag)
      : data.payback.kind === "notWithinHorizon"
        ? t.notWithinHorizon
        : t.nothingToPayBack;
  const cash = cashFlowChartSvg(
    { firstYear: data.firstYear, cumulative: values, payback: year },
    {
      caption: t.chart.cashFlowCaption,
      paybackMark: year === null ? "" : t.chart.paybackMark(payback),
      alternative: t.chart.cashFlowAlternative(String(data.firstYear), lastYear, amount(lowest), amount(end), payback),
      low: formatNumber(Math.min(0, lowest), locale.tag, 0),
      high: formatNumber(highest, locale.tag, 0),
    },
  );
  const needed = data.needed === null ? null : formatPercent(data.needed, locale.tag);
  const assumed = formatPercent(data.assumed, locale.tag);
  const growth = growthChartSvg(
    { needed: data.needed, assumed: data.assumed },
    {
      caption: t.chart.growthCaption,
      alternative: t.chart.growthAlternative(needed, assumed),
      neededName: t.chart.needed,
      assumedName: t.chart.assumed,
      needed: needed ?? "",
      assumed,
    },
  );
  return CHART_STYLE + cash + growth;
}
