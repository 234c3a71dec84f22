import type { MarginRecovery, MarginTrough } from "../core/earnings";
import { computeInvestmentCase, type InvestmentCaseInputs, type PaybackOutcome } from "../core/model";
import type { IrrOutcome } from "../core/returns";
import { ModelInputError } from "../core/errors";
import { requiredGrowth, requiredGrowthInputsOf } from "../core/requiredGrowth";
import { formatNumber, formatPercent, formatYear } from "./format";
import type { Locale } from "./i18n";
import { summaryChartsMarkup } from "./chart";

/** What the live summary needs: the case, the exchange rate and the target payback year (a calendar year). */
export interface SummaryInputs extends InvestmentCaseInputs {
  /** CNY per USD. */
  readonly fx: number;
  readonly targetPaybackYear: number;
}

export type RequiredGrowthOutcome =
  | { readonly kind: "rate"; readonly rate: number }
  | { readonly kind: "none" }
  | { readonly kind: "customPacing" }
  | { readonly kind: "noTarget" };

export interface Summary {
  readonly capexRmb: number;
  readonly capexUsd: number;
  readonly simplePayback: PaybackOutcome;
  readonly discountedPayback: PaybackOutcome;
  readonly required: RequiredGrowthOutcome;
  readonly assumedGrowth: number;
  readonly firstYear: number;
  /** Cumulative discounted cash flow at the end of each model year (for the chart). */
  readonly cumulativeDiscounted: readonly number[];
  readonly marginTrough: MarginTrough;
  readonly marginRecovery: MarginRecovery;
  readonly baselineEbitaMargin: number;
  readonly npv: number;
  readonly discountRate: number;
  readonly irr: IrrOutcome;
}

/** The figures of the live summary, all from the finance core so that they agree with the workbook. */
export function computeSummary(inputs: SummaryInputs): Summary {
  const result = computeInvestmentCase(inputs);
  return {
    capexRmb: inputs.capexTotal,
    capexUsd: inputs.capexTotal / inputs.fx,
    simplePayback: result.simplePayback,
    discountedPayback: result.discountedPayback,
    required: requiredFor(inputs),
    assumedGrowth: inputs.growth,
    firstYear: inputs.firstYear,
    cumulativeDiscounted: result.cumulativeDiscountedCashFlow,
    marginTrough: result.earnings.trough,
    marginRecovery: result.earnings.recovery,
    baselineEbitaMargin: inputs.baselineEbitaMargin,
    npv: result.earnings.npv,
    discountRate: inputs.discountRate,
    irr: result.earnings.irr,
  };
}

function requiredFor(inputs: SummaryInputs): RequiredGrowthOutcome {
  if (inputs.profile === "custom") return { kind: "customPacing" };
  // Payback years count from the first model year (flow 0), as CAPEX.PAYBACKYEAR does.
  const targetYears = inputs.targetPaybackYear - inputs.firstYear;
  if (!(targetYears > 0)) return { kind: "noTarget" };
  try {
    return {
      kind: "rate",
      rate: requiredGrowth(requiredGrowthInputsOf({ ...inputs, profile: inputs.profile }, targetYears)),
    };
  } catch (error) {
    if (error instanceof ModelInputError && error.kind === "na") return { kind: "none" };
    if (error instanceof ModelInputError) return { kind: "noTarget" };
    throw error;
  }
}

export interface SummaryText {
  readonly capexRmb: string;
  readonly capexUsd: string;
  readonly simplePayback: string;
  readonly discountedPayback: string;
  readonly requiredLabel: string;
  readonly required: string;
  readonly marginTrough: string;
  readonly marginRecovery: string;
  readonly npvLabel: string;
  readonly npv: string;
  readonly irr: string;
  /** The summary's charts as SVG markup (escaped; see chart/index.ts). */
  readonly charts: string;
}

function paybackText(outcome: PaybackOutcome, locale: Locale): string {
  switch (outcome.kind) {
    case "year":
      return formatYear(outcome.year, locale.tag);
    case "notWithinHorizon":
      return locale.text.notWithinHorizon;
    case "nothingToPayBack":
      return locale.text.nothingToPayBack;
  }
}

/** The earnings view in words: the trough and its year against the baseline, recovery, NPV and IRR. */
function earningsText(summary: Summary, locale: Locale) {
  const t = locale.text;
  const { marginTrough: trough, marginRecovery: recovery, irr } = summary;
  const percent = (rate: number) => formatPercent(rate, locale.tag);
  return {
    marginTrough:
      trough.kind === "year"
        ? t.marginTrough(
            percent(trough.margin),
            // Whole calendar years, unlike payback's fractional ones.
            String(trough.year),
            percent(summary.baselineEbitaMargin),
          )
        : t.noRevenue,
    marginRecovery: recovery.kind === "year" ? String(recovery.year) : t.notWithinHorizon,
    npvLabel: t.npvLabel(percent(summary.discountRate)),
    npv: t.billions(formatNumber(summary.npv, locale.tag), "RMB"),
    irr: irr.kind === "rate" ? percent(irr.rate) : irr.kind === "noSignChange" ? t.irrNoSignChange : t.irrNoRateFound,
  };
}

/** Rates are rounded to what a reader compares: one decimal ("20.6%"), none when whole ("11%"). */
export function describeSummary(summary: Summary, targetPaybackYear: number, locale: Locale): SummaryText {
  const t = locale.text;
  const assumed = formatPercent(summary.assumedGrowth, locale.tag);
  let required: string;
  switch (summary.required.kind) {
    case "rate":
      required = t.requiredGrowthSentence(formatPercent(summary.required.rate, locale.tag), assumed);
      break;
    case "none":
      required = t.requiredGrowthNone(assumed);
      break;
    case "customPacing":
      required = t.requiredGrowthCustomPacing;
      break;
    case "noTarget":
      required = t.requiredGrowthNoTarget;
      break;
  }
  return {
    capexRmb: t.billions(formatNumber(summary.capexRmb, locale.tag), "RMB"),
    capexUsd: t.billions(formatNumber(summary.capexUsd, locale.tag), "USD"),
    simplePayback: paybackText(summary.simplePayback, locale),
    discountedPayback: paybackText(summary.discountedPayback, locale),
    requiredLabel: t.requiredGrowthLabel(String(targetPaybackYear)),
    required,
    ...earningsText(summary, locale),
    charts: summaryChartsMarkup(
      {
        firstYear: summary.firstYear,
        cumulativeDiscounted: summary.cumulativeDiscounted,
        payback: summary.discountedPayback,
        needed: summary.required.kind === "rate" ? summary.required.rate : null,
        assumed: summary.assumedGrowth,
      },
      locale,
    ),
  };
}
