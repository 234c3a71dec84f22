import { uniformDraws } from "../core/random";
import { RISK_INPUTS, runRisk } from "../core/risk";
import { tornado, type TornadoInput } from "../core/tornado";
import type { Scenario } from "../scenario/types";
import { toCaseInputs, toRiskSettings } from "../scenario/types";
import { toTornadoSteps } from "../scenario/tornado";
import { paybackHistogramSvg } from "./chart/histogram";
import { formatNumber, formatPercent } from "./format";
import type { Locale } from "./i18n";

/**
 * How sure the summary's answer is (issue 13): the three inputs that move the NPV most (the core's tornado) and the
 * share of risk trials paid back (discounted) by the target year (the core's risk run on the same seeded draws the
 * workbook's Risk sheet stores, so the pane and RiskProbPaybackByTarget agree). Computed off the input event's path:
 * `InsightScheduler` runs it once the typing pauses.
 */

export interface Driver {
  readonly input: TornadoInput;
  /** |NPV high − NPV low|, RMB bn. */
  readonly swing: number;
}

export interface Insight {
  readonly drivers: readonly Driver[];
  readonly probability: number;
  readonly trials: number;
  /** The target as a calendar year: first year + target years. */
  readonly targetYear: number;
  readonly firstYear: number;
  readonly histogram: readonly number[];
  readonly notPaidBack: number;
}

export function computeInsight(scenario: Scenario): Insight {
  const inputs = toCaseInputs(scenario);
  const drivers = tornado(inputs, toTornadoSteps(scenario))
    .slice(0, 3)
    .map(({ input, swing }) => ({ input, swing }));
  const settings = toRiskSettings(scenario);
  const draws = uniformDraws(settings.seed, settings.trials * RISK_INPUTS.length);
  const run = runRisk(inputs, scenario.targetPaybackYears, settings, draws);
  return {
    drivers,
    probability: run.probPaybackByTarget,
    trials: run.trials,
    targetYear: scenario.firstYear + scenario.targetPaybackYears,
    firstYear: scenario.firstYear,
    histogram: run.paybackHistogram,
    notPaidBack: run.notPaidBack,
  };
}

export interface InsightText {
  readonly drivers: string;
  readonly risk: string;
  /** The payback-year histogram as SVG markup (every text escaped). */
  readonly chart: string;
}

/** A calendar year, with a decimal only where the target has one ("2033", "2032.5"). */
function yearText(year: number, tag: string): string {
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 1, useGrouping: false }).format(year);
}

/** "± half the swing": how far the NPV moves either way, on average, as the input takes its step down and up. */
export function describeInsight(insight: Insight, locale: Locale): InsightText {
  const t = locale.text.insight;
  const amount = (value: number) => locale.text.billions(formatNumber(value, locale.tag), "RMB");
  const [first, ...rest] = insight.drivers.map((d) => t.driver(t.inputs[d.input], amount(d.swing / 2)));
  const year = yearText(insight.targetYear, locale.tag);
  const share = formatPercent(insight.probability, locale.tag, 0);
  const trials = formatNumber(insight.trials, locale.tag, 0);
  const lastYear = String(insight.firstYear + insight.histogram.length - 1);
  const peak = insight.histogram.reduce((best, count, k) => (count > insight.histogram[best] ? k : best), 0);
  return {
    drivers: first === undefined ? "" : t.drivers(first, rest),
    risk: t.risk(year, share, trials),
    chart: paybackHistogramSvg(insight.histogram, {
      caption: t.histogramCaption,
      alternative: t.histogramAlternative(
        String(insight.firstYear),
        lastYear,
        String(insight.firstYear + peak),
        formatNumber(insight.histogram[peak] ?? 0, locale.tag, 0),
        formatNumber(insight.notPaidBack, locale.tag, 0),
        trials,
      ),
      first: String(insight.firstYear),
      last: lastYear,
    }),
  };
}
