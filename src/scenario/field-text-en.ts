import { PACING_PROFILES } from "../core/pacing";
import { MAX_HORIZON } from "./fields";
import type { FieldTexts } from "./field-text";
import { EARNINGS_DEFAULTS } from "./earnings-defaults";

/** The Inputs sheet's note of an earnings input: its sourced default, which a scenario file without it gets. */
const sourced = (key: keyof typeof EARNINGS_DEFAULTS, shown: string): string =>
  `Default ${shown}${EARNINGS_DEFAULTS[key].uncertain ? " (uncertain)" : ""}: ${EARNINGS_DEFAULTS[key].source}`;

/**
 * The inputs' English words: the pane's English labels, the messages of validation and the CLI, and the Inputs
 * sheet's labels and notes all come from here, so that they agree.
 */
export const FIELD_TEXT_EN: FieldTexts = {
  fields: {
    name: { label: "Scenario name", help: "Shown on the workbook's cover." },
    description: { label: "Description" },
    capexTotal: {
      label: "Capex total",
      note: 'Announced 24 Feb 2025: "at least RMB 380 bn over the next three years" (Xinhua, Reuters).',
    },
    capexYears: {
      label: "Capex years",
      help: "Years over which the budget is spent.",
      note: "Whole number from 1 to the horizon.",
    },
    profile: {
      label: "Pacing profile",
      note: `One of ${PACING_PROFILES.join(", ")}; "custom" uses the weights at the foot of this sheet.`,
    },
    customWeights: {
      label: "Custom pacing weights",
      help: "One weight per capex year, separated by commas or semicolons, e.g. 1, 2, 1.",
      note: "Used with the custom profile; years after the capex years are ignored.",
    },
    firstYear: {
      label: "First model year",
      note: "Calendar year of the first flow; the base year is the year before.",
    },
    horizon: {
      label: "Horizon",
      note:
        `1 to ${MAX_HORIZON}. Sets the number of timeline columns when the workbook is built: to change it, ` +
        "change it in the task pane and rebuild (the Checks sheet flags a mismatch).",
    },
    baseRevenue: { label: "Base-year cloud revenue", help: "Revenue of the year before the first model year." },
    baseRevenueSource: { label: "Base-revenue source" },
    growth: {
      label: "Growth with the investment, first year",
      help: "Fades linearly to the last year's rate.",
      note: "Fades linearly to the terminal rate in the last model year, as CAPEX.CLOUDGROWTH does.",
    },
    terminalGrowth: {
      label: "Growth with the investment, last year",
      help: "The growth fades linearly to this rate by the last year.",
      note: "The rate the fade reaches in the last model year.",
    },
    baselineGrowth: {
      label: "Growth without the investment",
      note: "Constant growth the cloud would have had anyway.",
    },
    margin: {
      label: "Cash margin on incremental revenue",
      note: "Before capex (capex is a flow of its own here, so no depreciation is charged).",
    },
    discountRate: {
      label: "Discount rate",
      note: "Discounts flow k by (1 + rate)^k; the first model year is not discounted.",
    },
    targetPaybackYears: {
      label: "Target payback",
      note: "Years after the first flow; used by the required-growth output.",
    },
    targetPaybackYear: { label: "Target payback year" },
    fx: { label: "Exchange rate", help: "Used to show RMB amounts in USD." },
    fxSource: { label: "Exchange-rate source" },
    riskTrials: {
      label: "Risk trials",
      note: "Whole number 1 to 10,000; the Risk sheet has one row per trial (a new count needs a rebuild).",
    },
    riskSeed: {
      label: "Risk seed",
      note: "Seed of the Mulberry32 uniforms stored on the Risk sheet (a new seed needs a rebuild).",
    },
    riskGrowthBelow: {
      label: "Risk spread below: growth, first year",
      note: "Distance below the scenario's value: the low end of its triangular distribution.",
    },
    riskGrowthAbove: {
      label: "Risk spread above: growth, first year",
      note: "Distance above the scenario's value: the high end of its triangular distribution.",
    },
    riskTerminalGrowthBelow: {
      label: "Risk spread below: growth, last year",
      note: "Distance below the scenario's value: the low end of its triangular distribution.",
    },
    riskTerminalGrowthAbove: {
      label: "Risk spread above: growth, last year",
      note: "Distance above the scenario's value: the high end of its triangular distribution.",
    },
    riskMarginBelow: {
      label: "Risk spread below: cash margin",
      note: "Distance below the scenario's value: the low end of its triangular distribution.",
    },
    riskMarginAbove: {
      label: "Risk spread above: cash margin",
      note: "Distance above the scenario's value: the high end of its triangular distribution.",
    },
    riskCapexBelow: {
      label: "Risk spread below: capex total",
      note: "Distance below the scenario's value: the low end of its triangular distribution.",
    },
    riskCapexAbove: {
      label: "Risk spread above: capex total",
      note: "Distance above the scenario's value: the high end of its triangular distribution.",
    },
    tornadoGrowthStep: {
      label: "Tornado step: growth, first year",
      note: "Points down and up from the scenario's first-year growth.",
    },
    tornadoTerminalGrowthStep: {
      label: "Tornado step: growth, last year",
      note: "Points down and up from the scenario's last-year growth.",
    },
    tornadoBaselineGrowthStep: {
      label: "Tornado step: growth without the investment",
      note: "Points down and up from the scenario's baseline growth.",
    },
    tornadoMarginStep: {
      label: "Tornado step: cash margin",
      note: "Points down and up from the scenario's cash margin.",
    },
    tornadoDiscountRateStep: {
      label: "Tornado step: discount rate",
      note: "Points down and up from the scenario's discount rate.",
    },
    tornadoCapexStep: {
      label: "Tornado step: capex total",
      note: "Share of the capex total down and up (20% is 0.8 and 1.2 times the plan).",
    },
    tornadoBaseRevenueStep: {
      label: "Tornado step: base revenue",
      note: "Share of the base revenue down and up.",
    },
    infraShare: {
      label: "Infrastructure share of capex",
      help: "Servers, GPUs and network; the rest is buildings and facilities.",
      note: sourced("infraShare", "43.0%"),
    },
    infraLife: {
      label: "Useful life of infrastructure",
      help: "Straight line, half a year's charge in the first and the last year.",
      note: sourced("infraLife", "3 years"),
    },
    facilityLife: {
      label: "Useful life of buildings and facilities",
      note: sourced("facilityLife", "20 years"),
    },
    baselineEbitaMargin: {
      label: "Cloud EBITA margin without the investment",
      help: "The segment's adjusted EBITA margin before the plan.",
      note: sourced("baselineEbitaMargin", "9.05%"),
    },
  },
  units: {
    rmbBn: "RMB bn",
    years: "years",
    year: "year",
    percentPerYear: "% a year",
    percent: "%",
    cnyPerUsd: "CNY per USD",
    text: "text",
    weight: "weight",
    count: "count",
    percentPoints: "% points",
    shareOfPlan: "share of plan",
  },
};
