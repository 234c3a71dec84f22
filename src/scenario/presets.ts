import { EARNINGS_DEFAULTS } from "./earnings-defaults";
import { DEFAULT_HORIZON, HEADLINE_FX } from "./fields";
import type { Language } from "./language";
import { BASE_REVENUE_SOURCE_DE, FX_SOURCE_DE, PRESET_TEXT_DE } from "./presets-de";
import type { Scenario } from "./types";

/**
 * Alibaba Cloud Intelligence revenue for calendar 2024, RMB bn: Q1 25.595 + Q2 26.5 + Q3 29.610 + Q4 31.742
 * (market-facts 1b; calendar quarters, i.e. Alibaba's FY24 Q4 to FY25 Q3). The sum is kept as a sum so that the
 * figure can be traced quarter by quarter.
 */
export const CLOUD_REVENUE_2024_QUARTERS = [25.595, 26.5, 29.61, 31.742] as const;
export const CLOUD_REVENUE_2024 = CLOUD_REVENUE_2024_QUARTERS.reduce((sum, quarter) => sum + quarter, 0);

const BASE_REVENUE_SOURCE =
  "Alibaba Cloud Intelligence revenue, calendar 2024 = Q1 25.595 + Q2 26.5 + Q3 29.610 + Q4 31.742 = 113.447 RMB bn " +
  "(quarterly results as reported by Dow Jones, SCMP, Alibaba's filing and Business Wire; market-facts 1b).";

export { HEADLINE_FX };
const FX_SOURCE =
  "7.17 CNY per USD: implied by Xinhua's headline 'RMB 380 bn, about USD 53 bn' (24 Feb 2025). " +
  "Alternative: 7.25 implied by Reuters' USD 52.44 bn, near the Fed H.10 Feb-2025 average of 7.2734.";

export type PresetId = "base" | "bull" | "bear";

export interface Preset {
  readonly id: PresetId;
  readonly scenario: Scenario;
  /** Why each number is what it is, field by field. */
  readonly rationale: Readonly<Partial<Record<keyof Scenario, string>>>;
}

const shared = {
  capexYears: 3,
  profile: "even",
  firstYear: 2025,
  horizon: DEFAULT_HORIZON,
  fx: HEADLINE_FX,
  fxSource: FX_SOURCE,
  baseRevenue: CLOUD_REVENUE_2024,
  baseRevenueSource: BASE_REVENUE_SOURCE,
  targetPaybackYears: 8,
  infraShare: EARNINGS_DEFAULTS.infraShare.value,
  infraLife: EARNINGS_DEFAULTS.infraLife.value,
  facilityLife: EARNINGS_DEFAULTS.facilityLife.value,
  baselineEbitaMargin: EARNINGS_DEFAULTS.baselineEbitaMargin.value,
} as const;

const sharedRationale = {
  capexYears: 'The plan is for "the next three years" from February 2025.',
  profile:
    "Even: management said overall capex would stay broadly stable (20 Feb 2025 call), and actual spend of about " +
    "RMB 120 bn over Oct-2024 to Sep-2025 is close to an even third of the plan a year.",
  firstYear: "2025 is the first year of the plan (announced 24 Feb 2025); the base year is calendar 2024.",
  horizon: "Ten years: long enough for data-centre assets bought in 2025-27 to earn back their cost.",
  fx: FX_SOURCE,
  baseRevenue: BASE_REVENUE_SOURCE,
  targetPaybackYears: "Eight years after the first flow, a typical useful life for data-centre shells and power gear.",
  infraShare: EARNINGS_DEFAULTS.infraShare.source,
  infraLife: EARNINGS_DEFAULTS.infraLife.source,
  facilityLife: EARNINGS_DEFAULTS.facilityLife.source,
  baselineEbitaMargin: EARNINGS_DEFAULTS.baselineEbitaMargin.source,
} as const;

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  base: {
    id: "base",
    scenario: {
      ...shared,
      name: "Base: the announced plan",
      description:
        "RMB 380 bn over three years as announced on 24 Feb 2025; cloud growth at the Dec-2024 quarter's " +
        "external-customer pace, fading to 6%.",
      capexTotal: 380,
      growth: 0.11,
      terminalGrowth: 0.06,
      baselineGrowth: 0.05,
      margin: 0.3,
      discountRate: 0.09,
    },
    rationale: {
      ...sharedRationale,
      capexTotal: 'The announced "at least RMB 380 bn" (24 Feb 2025), taken at its floor.',
      growth:
        "11%: external-customer revenue growth of the Dec-2024 quarter, the last reported before the announcement.",
      terminalGrowth: "6%: the lift fades, leaving the cloud a point above its pre-plan pace.",
      baselineGrowth:
        "5%: without the plan, growth stays near its early-2024 pace (3.4%, 6% and 7% year on year in Q1-Q3 2024).",
      margin:
        "30%: cash margin on incremental revenue before capex (capex is counted separately, so no depreciation); " +
        "between the segment's 9% adjusted EBITA margin (Q3 2024, after depreciation) and AWS's 37% operating margin.",
      discountRate: "9%: an assumed cost of capital for a large Chinese internet company (not from a source).",
    },
  },
  bull: {
    id: "bull",
    scenario: {
      ...shared,
      name: "Bull: AI demand holds",
      description:
        "The announced RMB 380 bn meets the demand seen since: growth at the Sep-2025 quarter's external-customer " +
        "pace, fading to 8%; higher margin on AI compute.",
      capexTotal: 380,
      growth: 0.29,
      terminalGrowth: 0.08,
      baselineGrowth: 0.05,
      margin: 0.4,
      discountRate: 0.08,
    },
    rationale: {
      ...sharedRationale,
      capexTotal: "The announced RMB 380 bn, so that the bull case differs from the base in demand only.",
      growth: "29%: external-customer revenue growth of the Sep-2025 quarter (total cloud +34%).",
      terminalGrowth: "8%: a lasting lead in China's AI cloud market (Alibaba 35.8% share, Omdia H1 2025).",
      baselineGrowth: "5%: as in the base case; the world without the plan does not change.",
      margin: "40%: AI compute sold at scale approaches AWS's 37% operating margin, before depreciation.",
      discountRate: "8%: a point below the base case, for a business that has proved its demand.",
    },
  },
  bear: {
    id: "bear",
    scenario: {
      ...shared,
      name: "Bear: spend overshoots, growth does not",
      description:
        "Capex rises to Goldman's RMB 460 bn base case while growth stays at the pre-plan pace; thinner margin.",
      capexTotal: 460,
      growth: 0.07,
      terminalGrowth: 0.03,
      baselineGrowth: 0.03,
      margin: 0.2,
      discountRate: 0.11,
    },
    rationale: {
      ...sharedRationale,
      capexTotal:
        "RMB 460 bn: Goldman's FY26-28 base case, after the CEO said spend would go beyond 380 (24 Sep 2025).",
      growth: "7%: revenue growth of the Sep-2024 quarter, before the plan; the investment adds little.",
      terminalGrowth: "3%: growth fades back to the baseline.",
      baselineGrowth: "3%: without the plan the cloud slows to its Q1-2024 pace (3.4%).",
      margin: "20%: price competition in China's AI cloud keeps the margin on new revenue thin.",
      discountRate: "11%: two points above the base case for the added risk.",
    },
  },
};

export const PRESET_IDS: readonly PresetId[] = ["base", "bull", "bear"];

/**
 * The scenario of a preset in `language` (a fresh object, so callers can spread and edit it freely): the numbers are
 * the same in every language, the name, description and sources are in that language.
 */
export function presetScenario(id: PresetId, language: Language = "en"): Scenario {
  const scenario = PRESETS[id].scenario;
  if (language === "en") return { ...scenario };
  const text = PRESET_TEXT_DE[id];
  return {
    ...scenario,
    name: text.name,
    description: text.description,
    baseRevenueSource: BASE_REVENUE_SOURCE_DE,
    fxSource: FX_SOURCE_DE,
  };
}

/** Why each number of a preset is what it is, field by field, in `language`. */
export function presetRationale(id: PresetId, language: Language = "en"): Preset["rationale"] {
  return language === "en" ? PRESETS[id].rationale : PRESET_TEXT_DE[id].rationale;
}
