import { BUILT_IN_PROFILES, paceCapex, PACING_PROFILES, type PacingProfile } from "../core/pacing";
import { projectRevenue } from "../core/growth";
import { paybackYear } from "../core/payback";
import { ModelInputError } from "../core/errors";
import { requiredGrowth } from "../core/requiredGrowth";
import { depreciate, DEPRECIATION_CONVENTIONS } from "../core/depreciation";
import { startBenchmarks } from "../benchmarks/office";
import { benchmarkStoreReady } from "../benchmarks/shared-store";
import { streamBenchmark } from "./benchmark-stream";
import {
  finiteOrThrow,
  isBlank,
  numberArgument,
  optionalChoiceArgument,
  optionalNumberArgument,
  spillRow,
  toExcelError,
  vectorArgument,
} from "./excel-arguments";

/**
 * custom-functions-metadata-plugin appends `CustomFunctions.associate("ID", fn)` for every function to the end of
 * this module. Those calls resolve to this binding, not to the global: it hands them to Excel's runtime where
 * office.js has loaded, and does nothing where it has not (the page opened in a browser that is offline or blocks
 * Microsoft's CDN), where the global does not exist and the calls would stop the page with a ReferenceError.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the calls the plugin appends at build time
const CustomFunctions = {
  associate(id: string, implementation: (...args: never[]) => unknown): void {
    const runtime = (globalThis as { CustomFunctions?: { associate(id: string, implementation: unknown): void } })
      .CustomFunctions;
    runtime?.associate(id, implementation);
  },
};

// Parameters are typed `unknown` (metadata type "any") on purpose: Excel then hands over the raw cell values and the
// functions themselves answer text or booleans with #VALUE! and a message, instead of Excel converting them silently.
// Each body ends in `catch (error) { throw toExcelError(error); }` written out rather than passed to a wrapper as a
// closure: these run on every recalculation, and a wrapper shared by all functions cost a closure and a call each time.

/**
 * Spreads a capex budget over a number of periods with a pacing profile; the results add up to the total.
 * Example: =CAPEX.PACING(380, 3, "front") spills 190, 126.67, 63.33 to the right.
 * @customfunction PACING
 * @param total Budget to spread, a number of 0 or more, in any currency unit (e.g. 380 for RMB 380 bn).
 * @param periods Number of periods, a whole number from 1 to 600.
 * @param [profile] "even" (default), "front" (declining), "back" (rising), "scurve" (logistic S-curve) or "custom".
 * @param [weights] Row or column of non-negative weights, one per period; only with the "custom" profile (implied when profile is blank).
 * @returns One row with the spend of each period, spilling to the right.
 */
export function pacing(total: unknown, periods: unknown, profile?: unknown, weights?: unknown[][]): number[][] {
  try {
    const budget = numberArgument(total, "total");
    const count = numberArgument(periods, "periods");
    const customWeights = isBlank(weights) ? undefined : vectorArgument(weights, "weights");
    const chosen: PacingProfile =
      optionalChoiceArgument(profile, "profile", PACING_PROFILES) ?? (customWeights ? "custom" : "even");
    return spillRow(paceCapex(budget, count, chosen, customWeights));
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Projects cloud revenue from a base period, with growth fading linearly from an initial to a terminal rate.
 * Example: =CAPEX.CLOUDGROWTH(113.4, 0.11, 10, 0.05) spills ten years of revenue starting at 125.9.
 * @customfunction CLOUDGROWTH
 * @param base Revenue of the base period (the period before the first one projected), 0 or more.
 * @param growth Growth rate of the first period, above -1 (11% is 0.11).
 * @param periods Number of periods to project, a whole number from 1 to 600.
 * @param [terminal_growth] Growth rate of the last period, above -1; the rate fades linearly to it. Default: growth (constant).
 * @returns One row with the revenue of each period, spilling to the right.
 */
export function cloudGrowth(base: unknown, growth: unknown, periods: unknown, terminal_growth?: unknown): number[][] {
  try {
    const initialRate = numberArgument(growth, "growth");
    return spillRow(
      projectRevenue(
        numberArgument(base, "base"),
        initialRate,
        numberArgument(periods, "periods"),
        optionalNumberArgument(terminal_growth, "terminal_growth", initialRate),
      ),
    );
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Year in which cumulative (optionally discounted) cash flow turns non-negative, interpolated within the year.
 * Example: =CAPEX.PAYBACKYEAR({-100,50,60}, 2025) is 2026.83; without a first year it is the period, 1.83 years.
 * @customfunction PAYBACKYEAR
 * @param cashflows Row or column of at least 2 yearly cash flows, the first at year 0 (blank cells count as 0).
 * @param [first_year] Year of the first flow, e.g. 2025. Default 0, which gives the payback period in years.
 * @param [discount_rate] Discount rate per year, above -1 (8% is 0.08). Default 0 (simple payback).
 * @returns The payback year; #N/A when not paid back within the flows, #NUM! when there is nothing to pay back.
 */
export function paybackYearFunction(cashflows: unknown[][], first_year?: unknown, discount_rate?: unknown): number {
  try {
    const flows = vectorArgument(cashflows, "cashflows");
    if (flows.length < 2)
      throw new ModelInputError("value", "cashflows must hold at least 2 values (year 0, year 1, ...).");
    return finiteOrThrow(
      paybackYear(
        flows,
        optionalNumberArgument(first_year, "first_year", 0),
        optionalNumberArgument(discount_rate, "discount_rate", 0),
      ),
    );
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Smallest constant yearly growth of cloud revenue at which the capex pays back (discounted) by the target.
 * Example: =CAPEX.REQUIREDGROWTH(380, 3, 113.4, 0.3, 8, 0.05, 0.08) is the growth needed to pay back RMB 380 bn in 8 years.
 * @customfunction REQUIREDGROWTH
 * @param capex_total Capex budget, 0 or more, in the same unit as base_revenue.
 * @param capex_years Years over which the capex is spent, a whole number from 1 to 50.
 * @param base_revenue Cloud revenue of the base year (the year before the first capex year), 0 or more.
 * @param margin Cash margin earned on incremental revenue, above 0 (30% is 0.3).
 * @param target_years Years after the first capex year by which cumulative discounted cash flow is back to 0, above 0 and at most 50.
 * @param [baseline_growth] Growth the cloud would have had without the investment, above -1. Default 0.
 * @param [discount_rate] Discount rate per year, above -1. Default 0.
 * @param [profile] Capex pacing: "even" (default), "front", "back" or "scurve".
 * @returns The growth rate (0.2 is 20% a year); #N/A when no rate up to 1,000% a year is enough.
 */
export function requiredGrowthFunction(
  capex_total: unknown,
  capex_years: unknown,
  base_revenue: unknown,
  margin: unknown,
  target_years: unknown,
  baseline_growth?: unknown,
  discount_rate?: unknown,
  profile?: unknown,
): number {
  try {
    return finiteOrThrow(
      requiredGrowth({
        capexTotal: numberArgument(capex_total, "capex_total"),
        capexYears: numberArgument(capex_years, "capex_years"),
        baseRevenue: numberArgument(base_revenue, "base_revenue"),
        margin: numberArgument(margin, "margin"),
        targetYears: numberArgument(target_years, "target_years"),
        baselineGrowth: optionalNumberArgument(baseline_growth, "baseline_growth", 0),
        discountRate: optionalNumberArgument(discount_rate, "discount_rate", 0),
        profile: optionalChoiceArgument(profile, "profile", BUILT_IN_PROFILES) ?? "even",
      }),
    );
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Straight-line depreciation of a stream of yearly capex: what each year's spend charges to earnings in each year.
 * Example: =CAPEX.DEPRECIATION({100,0,0,0}, 2) spills 25, 50, 25, 0 (half-year convention).
 * @customfunction DEPRECIATION
 * @param capex Row or column of yearly capex amounts, each 0 or more; amount k is spent in year k (blank cells count as 0).
 * @param life Useful life in years, a whole number from 1 to 50.
 * @param [periods] Number of years to show, a whole number from 1 to 600. Default: as many as there are capex amounts.
 * @param [convention] "half" (default: half a year's charge in the year of spend and in the year after the life ends), "next" (from the year after the spend) or "same" (from the year of the spend).
 * @returns One row with the depreciation charge of each year, spilling to the right.
 */
export function depreciation(capex: unknown[][], life: unknown, periods?: unknown, convention?: unknown): number[][] {
  try {
    const amounts = vectorArgument(capex, "capex");
    return spillRow(
      depreciate(
        amounts,
        numberArgument(life, "life"),
        optionalNumberArgument(periods, "periods", amounts.length),
        optionalChoiceArgument(convention, "convention", DEPRECIATION_CONVENTIONS) ?? "half",
      ),
    );
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * One figure from the add-in's benchmark dataset of cloud providers, updated in place whenever the dataset is refreshed.
 * Units: revenue, operating income, capex and capex guidance in billions of the figure's currency (RMB or USD, shown in
 * the Benchmarks table); growth, margins and market shares as fractions (0.13 is 13%).
 * Example: =CAPEX.BENCHMARK("Alibaba Cloud", "cloud-revenue", "Q4 2024") is 31.742 (RMB bn).
 * @customfunction BENCHMARK
 * @streaming
 * @param provider Provider id or name: alibaba-cloud, aws, microsoft, google-cloud, huawei-cloud, tencent-cloud, oracle or meta (names such as "AWS" or "Azure" work too).
 * @param metric Metric id or name: cloud-revenue, revenue-growth, operating-income, operating-margin, capex, capex-guidance, market-share-worldwide or market-share-china.
 * @param [period] Period label such as "2024", "Q4 2024", "FY2025" or "Q2 FY2026" (a year may be a number). Default: the latest period with that figure.
 * @param invocation Streaming invocation supplied by Excel.
 */
export function benchmark(
  provider: unknown,
  metric: unknown,
  period: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamBenchmark(benchmarkStoreReady, provider, metric, period, invocation);
}

// The shared runtime starts with the workbook, before any pane opens: it takes up a newer cached dataset here, once
// the bundled one is in. A dataset that did not load is reported by the cells and the pane, not here.
if (typeof Office !== "undefined") {
  Office.onReady(() => benchmarkStoreReady.then((store) => startBenchmarks(store)).catch(() => undefined));
}
