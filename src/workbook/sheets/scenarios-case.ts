import { profileWeightsOverHorizon } from "../../core/pacing";
import { paybackTrace } from "../../core/payback";
import { CAPEX_ROWS } from "./capex";
import { FMT } from "./formats";
import { cell, COL, periodNumberRef } from "./grid";
import { customWeightRow, scenarioWeightsRow } from "./inputs";
import {
  capexYearFlagFormula,
  chosenWeightFormula,
  elapsedAtEndFormula,
  elapsedAtStartFormula,
  profileWeightFormulas,
  sCurveCumulativeFormula,
  type SCurveTerms,
} from "./pacing-formulas";
import { writePaybackFlags } from "./payback-search";
import { blockInput, scenarioBlock, scenarioContext } from "./scenarios-layout";
import { writeBlockResults, writeEarningsRows } from "./scenarios-results";
import { formula, type PeriodRef, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";

/**
 * One scenario's block on the Scenarios sheet: its case year by year from its own column on Inputs, in the same formula
 * shapes as the Capex, Cloud, Payback and Earnings sheets (so each figure is the core's, whichever scenario is active),
 * its results in column C, and the IRR and required-growth searches of the Payback and Sensitivity sheets laid out
 * again for its flows. Cached values are the core's case of that scenario.
 */

/** The pacing weight of the scenario's profile: the Capex sheet's five rows folded into one by the profile key. */
function weightFormula(input: (id: Parameters<ReturnType<typeof blockInput>>[0]) => string, weightsRow: number) {
  const years = input("capexYears");
  const [low, high] = [CAPEX_ROWS.logisticLow, CAPEX_ROWS.logisticHigh].map((r) => cell(COL.constant, r, true));
  return (p: PeriodRef, ctx: PlanContext): string => {
    const n = periodNumberRef(p);
    const terms: SCurveTerms = {
      steepness: input("scurveSteepness"),
      midpoint: input("scurveMidpoint"),
      logisticAtStart: ctx.ref("capex", low),
      logisticAtEnd: ctx.ref("capex", high),
    };
    const weights = profileWeightFormulas({
      n,
      years,
      flag: capexYearFlagFormula(n, years),
      sCurveWeight:
        `${sCurveCumulativeFormula(elapsedAtEndFormula(n, years), terms)}-` +
        sCurveCumulativeFormula(elapsedAtStartFormula(n, years), terms),
      customWeight: ctx.ref("inputs", `${p.col}$${weightsRow}`),
    });
    return chosenWeightFormula(input("profile"), weights);
  };
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Scenario column `index`'s block: its case, its payback searches, its earnings rows and its results. */
export function writeScenarioBlock(b: SheetBuilder, ctx: PlanContext, index: number): void {
  const own = scenarioContext(ctx, index);
  const { scenario: s, result } = own;
  const h = ctx.horizon;
  const B = scenarioBlock(index, h);
  const input = blockInput(ctx, index);
  const at = (row: number, p: PeriodRef) => `${p.col}${row}`;
  const n = periodNumberRef;

  b.heading(B.heading, "Scenario column: its case year by year, from its own column on Inputs");
  b.set(B.heading, COL.constant, formula(input("scenarioName"), s.name));
  b.timelineRow(B.year, {
    label: "Year",
    unit: "year",
    formula: (p) => `${input("firstYear")}+${n(p)}-1`,
    values: result.years,
    numberFormat: FMT.year,
  });
  const flags = result.years.map((_, k) => (k < s.capexYears ? 1 : 0));
  const weights =
    s.profile === "custom"
      ? customWeightRow(s).map((w, k) => w * flags[k])
      : profileWeightsOverHorizon(s.profile, s.capexYears, h);
  const weight = weightFormula(input, scenarioWeightsRow(index));
  b.timelineRow(B.weight, {
    label: "Pacing weight of its profile",
    unit: "weight",
    formula: (p) => weight(p, ctx),
    values: weights,
    numberFormat: FMT.weight,
    total: true,
  });
  const weightSum = cell(COL.total, B.weight, true);
  const rows: [number, string, (p: PeriodRef) => string, readonly number[]][] = [
    [B.capex, "Capex", (p) => `${input("capexTotal")}*(${at(B.weight, p)}/${weightSum})`, result.capex],
    [
      B.revenueWith,
      "Revenue with the investment",
      (p) =>
        `IF(${n(p)}=1,${input("baseRevenue")},${p.prev}${B.revenueWith})*(1+(${input("growth")}+(${input("terminalGrowth")}-` +
        `${input("growth")})*(${n(p)}-1)/MAX(${input("horizon")}-1,1)))`,
      result.revenueWithInvestment,
    ],
    [
      B.revenueWithout,
      "Revenue without the investment",
      (p) => `${input("baseRevenue")}*(1+${input("baselineGrowth")})^${n(p)}`,
      result.revenueWithout,
    ],
    [
      B.cashFlow,
      "Incremental cash flow",
      (p) => `${input("margin")}*(${at(B.revenueWith, p)}-${at(B.revenueWithout, p)})-${at(B.capex, p)}`,
      result.cashFlow,
    ],
    [
      B.cumulative,
      "Cumulative cash flow",
      (p) => `${p.prev}${B.cumulative}+${at(B.cashFlow, p)}`,
      result.cumulativeCashFlow,
    ],
    [
      B.divisor,
      "Discount divisor (1 + rate)^(year number − 1)",
      (p) => `IF(${n(p)}=1,1,${p.prev}${B.divisor}*(1+${input("discountRate")}))`,
      result.discountDivisors,
    ],
    [
      B.discounted,
      "Discounted cash flow",
      (p) => `${at(B.cashFlow, p)}/${at(B.divisor, p)}`,
      result.discountedCashFlow,
    ],
    [
      B.cumulativeDiscounted,
      "Cumulative discounted cash flow",
      (p) => `${p.prev}${B.cumulativeDiscounted}+${at(B.discounted, p)}`,
      result.cumulativeDiscountedCashFlow,
    ],
  ];
  for (const [row, label, f, values] of rows) {
    const numberFormat = row === B.divisor ? FMT.factor : FMT.rmbBn;
    b.timelineRow(row, { label, unit: row === B.divisor ? "factor" : "RMB bn", formula: f, values, numberFormat });
  }
  const simpleTrace = paybackTrace(result.cumulativeCashFlow, result.cashFlow, s.firstYear);
  const simpleSource = { cumulativeRow: B.cumulative, flowRow: B.cashFlow, yearRow: B.year };
  writePaybackFlags(b, B.simple, simpleSource, simpleTrace, (text) => `Simple: ${lowerFirst(text)}`);
  const discountedTrace = paybackTrace(result.cumulativeDiscountedCashFlow, result.discountedCashFlow, s.firstYear);
  const discountedSource = { cumulativeRow: B.cumulativeDiscounted, flowRow: B.discounted, yearRow: B.year };
  const discountedLabel = (text: string) => `Discounted: ${lowerFirst(text)}`;
  writePaybackFlags(b, B.discountedSearch, discountedSource, discountedTrace, discountedLabel);
  writeEarningsRows(b, ctx, own, index);
  writeBlockResults(b, ctx, own, index);
}
