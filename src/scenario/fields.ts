import { MAX_FIRST_YEAR, MAX_HORIZON, MIN_FIRST_YEAR } from "../core/model";
import { MAX_USEFUL_LIFE } from "../core/depreciation";
import { BASELINE_EBITA_MARGIN_RANGE } from "../core/earnings";
import { PACING_PROFILES } from "../core/pacing";
import { EARNINGS_DEFAULTS } from "./earnings-defaults";
import { above, atLeast, atMost, type InputField } from "./field-types";
import { RISK_FIELDS } from "./fields-risk";
import { TORNADO_FIELDS } from "./tornado-fields";

/**
 * The registry of scenario inputs: one entry per field of a scenario, from which validation, the saved JSON, the
 * CLI's options and --help, the Inputs sheet and the task pane's form are derived. Adding an input is one entry here
 * plus its texts in `field-text-en.ts` and `field-text-de.ts` (and, for a model input, its use in the core).
 */

/** Longest scenario name: it must fit the Cover sheet's title cell and a file name. */
export const MAX_NAME_LENGTH = 80;
export { MAX_FIRST_YEAR, MAX_HORIZON, MIN_FIRST_YEAR };

/** The horizon a scenario gets when it does not say. */
export const DEFAULT_HORIZON = 10;

/**
 * 7.17 CNY per USD is the rate implied by Xinhua's headline "RMB 380 bn, about USD 53 bn" of 24 Feb 2025; it keeps the
 * headline figures side by side. Reuters' conversion implies 7.25, close to the Fed H.10 February 2025 average (7.27).
 */
export const HEADLINE_FX = 7.17;

export * from "./field-types";

/**
 * Bounds an analyst would accept for a model of cloud businesses, so that every number the model computes stays
 * finite (at 1,000% growth for 50 years an amount of RMB 1e6 bn grows to about 1e58, far inside a double).
 * Growth compounds as (1 + g): −99% to 1,000% a year spans a collapse to a tenfold rise every year.
 */
const GROWTH_MIN = atLeast(-0.99);
const GROWTH_MAX = atMost(10);
/** A discount rate from −50% (a deep negative real rate) to 100% a year (a venture hurdle rate). */
const DISCOUNT_MIN = atLeast(-0.5);
const DISCOUNT_MAX = atMost(1);
/** Amounts in RMB bn up to RMB 1e6 bn (RMB 1,000 tn, several times world GDP): a typo, not a plan, above that. */
const AMOUNT_MAX = atMost(1e6);
/** CNY per USD from 0.001 to 10,000: every rate a redenomination could give, far from 0 so USD stays finite. */
const FX_MIN = atLeast(1e-3);
const FX_MAX = atMost(1e4);
/** A description and a source fit a cell and a page with room to spare (Excel holds at most 32,767 characters). */
export const MAX_DESCRIPTION_LENGTH = 4000;
export const MAX_SOURCE_LENGTH = 1000;

/** The scenario's inputs, in the order of saved files, messages and the CLI's help. */
export const INPUT_FIELDS = [
  {
    key: "name",
    kind: "text",
    unit: "text",
    required: true,
    maxLength: MAX_NAME_LENGTH,
    workbookName: "ScenarioName",
    textKey: "name",
    sourceField: "description",
    sheet: { section: "scenario", id: "scenarioName" },
  },
  {
    key: "description",
    kind: "text",
    unit: "text",
    default: "",
    maxLength: MAX_DESCRIPTION_LENGTH,
    textKey: "description",
  },
  {
    key: "capexTotal",
    kind: "number",
    unit: "rmbBn",
    min: atLeast(0),
    max: AMOUNT_MAX,
    numberFormat: "rmbBn",
    workbookName: "CapexTotal",
    textKey: "capexTotal",
    sheet: { section: "capex" },
    form: { group: "capex" },
  },
  {
    key: "capexYears",
    kind: "wholeNumber",
    unit: "years",
    min: atLeast(1),
    max: atMost(MAX_HORIZON),
    maxField: "horizon",
    numberFormat: "count",
    workbookName: "CapexYears",
    textKey: "capexYears",
    sheet: { section: "capex" },
    form: { group: "capex", order: 1 },
  },
  {
    key: "profile",
    kind: "choice",
    unit: "text",
    choices: PACING_PROFILES,
    workbookName: "PacingProfile",
    textKey: "profile",
    sheet: { section: "capex" },
    form: { group: "capex" },
  },
  {
    key: "customWeights",
    kind: "weights",
    unit: "weight",
    optional: true,
    countField: "capexYears",
    requiredWhen: { field: "profile", equals: "custom" },
    numberFormat: "weight",
    workbookName: "CustomWeights",
    textKey: "customWeights",
    form: { group: "capex" },
  },
  {
    key: "firstYear",
    kind: "wholeNumber",
    unit: "year",
    min: atLeast(MIN_FIRST_YEAR),
    max: atMost(MAX_FIRST_YEAR),
    numberFormat: "year",
    workbookName: "FirstYear",
    textKey: "firstYear",
    sheet: { section: "timeline" },
    form: { group: "timing" },
  },
  {
    key: "horizon",
    kind: "wholeNumber",
    unit: "years",
    min: atLeast(1),
    max: atMost(MAX_HORIZON),
    default: DEFAULT_HORIZON,
    numberFormat: "count",
    workbookName: "HorizonYears",
    textKey: "horizon",
    sheet: { section: "timeline" },
    form: { group: "timing" },
  },
  {
    key: "fx",
    kind: "number",
    unit: "cnyPerUsd",
    default: HEADLINE_FX,
    min: FX_MIN,
    max: FX_MAX,
    numberFormat: "fx",
    workbookName: "FxCnyPerUsd",
    textKey: "fx",
    sourceField: "fxSource",
    sheet: { section: "returns", order: 1 },
    form: { group: "capex", order: 1 },
  },
  {
    key: "fxSource",
    kind: "text",
    unit: "text",
    default: "",
    maxLength: MAX_SOURCE_LENGTH,
    textKey: "fxSource",
  },
  {
    key: "baseRevenue",
    kind: "number",
    unit: "rmbBn",
    min: atLeast(0),
    max: AMOUNT_MAX,
    numberFormat: "rmbBn",
    workbookName: "BaseRevenue",
    textKey: "baseRevenue",
    sourceField: "baseRevenueSource",
    sheet: { section: "cloud" },
    form: { group: "cloud" },
  },
  {
    key: "baseRevenueSource",
    kind: "text",
    unit: "text",
    default: "",
    maxLength: MAX_SOURCE_LENGTH,
    textKey: "baseRevenueSource",
  },
  {
    key: "growth",
    kind: "rate",
    unit: "percentPerYear",
    min: GROWTH_MIN,
    max: GROWTH_MAX,
    numberFormat: "rate",
    workbookName: "GrowthFirstYear",
    textKey: "growth",
    sheet: { section: "cloud" },
    form: { group: "cloud" },
  },
  {
    key: "terminalGrowth",
    kind: "rate",
    unit: "percentPerYear",
    min: GROWTH_MIN,
    max: GROWTH_MAX,
    numberFormat: "rate",
    workbookName: "TerminalGrowth",
    textKey: "terminalGrowth",
    sheet: { section: "cloud" },
    form: { group: "cloud" },
  },
  {
    key: "baselineGrowth",
    kind: "rate",
    unit: "percentPerYear",
    min: GROWTH_MIN,
    max: GROWTH_MAX,
    numberFormat: "rate",
    workbookName: "BaselineGrowth",
    textKey: "baselineGrowth",
    sheet: { section: "cloud" },
    form: { group: "cloud" },
  },
  {
    key: "margin",
    kind: "rate",
    unit: "percent",
    min: atLeast(0),
    max: atMost(1),
    numberFormat: "rate",
    workbookName: "CashMargin",
    textKey: "margin",
    sheet: { section: "cloud" },
    form: { group: "cloud" },
  },
  {
    key: "discountRate",
    kind: "rate",
    unit: "percentPerYear",
    min: DISCOUNT_MIN,
    max: DISCOUNT_MAX,
    numberFormat: "rate",
    workbookName: "DiscountRate",
    textKey: "discountRate",
    sheet: { section: "returns" },
    form: { group: "timing", order: -1 },
  },
  {
    key: "targetPaybackYears",
    kind: "number",
    unit: "years",
    min: above(0),
    max: atMost(MAX_HORIZON),
    numberFormat: "years",
    workbookName: "TargetPaybackYears",
    textKey: "targetPaybackYears",
    sheet: { section: "returns" },
    // Not whole: a target such as 2032.5 ("mid-2032") is as valid as the fractional payback years the model reports.
    form: { group: "timing", key: "targetPaybackYear", offsetField: "firstYear" },
  },
  // The earnings view (model.md, "Earnings and returns"): optional in saved files, whose older versions lack them.
  {
    key: "infraShare",
    kind: "rate",
    unit: "percent",
    min: atLeast(0),
    max: atMost(1),
    default: EARNINGS_DEFAULTS.infraShare.value,
    numberFormat: "rate",
    workbookName: "InfraShare",
    textKey: "infraShare",
    sheet: { section: "earnings" },
    form: { group: "cloud" },
  },
  {
    key: "infraLife",
    kind: "wholeNumber",
    unit: "years",
    min: atLeast(1),
    max: atMost(MAX_USEFUL_LIFE),
    default: EARNINGS_DEFAULTS.infraLife.value,
    numberFormat: "count",
    workbookName: "InfraLife",
    textKey: "infraLife",
    sheet: { section: "earnings" },
    form: { group: "cloud" },
  },
  {
    key: "facilityLife",
    kind: "wholeNumber",
    unit: "years",
    min: atLeast(1),
    max: atMost(MAX_USEFUL_LIFE),
    default: EARNINGS_DEFAULTS.facilityLife.value,
    numberFormat: "count",
    workbookName: "FacilityLife",
    textKey: "facilityLife",
    sheet: { section: "earnings" },
    form: { group: "cloud" },
  },
  {
    key: "baselineEbitaMargin",
    kind: "rate",
    unit: "percent",
    min: atLeast(BASELINE_EBITA_MARGIN_RANGE.min),
    max: atMost(BASELINE_EBITA_MARGIN_RANGE.max),
    default: EARNINGS_DEFAULTS.baselineEbitaMargin.value,
    numberFormat: "rate",
    workbookName: "BaselineEbitaMargin",
    textKey: "baselineEbitaMargin",
    sheet: { section: "earnings" },
    form: { group: "cloud" },
  },
  ...RISK_FIELDS,
  // The tornado's steps (model.md, "Tornado"), saved as the nested `tornado` block: see tornado-fields.ts.
  ...TORNADO_FIELDS,
] as const satisfies readonly InputField[];

type Entry = (typeof INPUT_FIELDS)[number];

/** The TypeScript type of a field's value. */
type ValueOf<E> = E extends { readonly kind: "text" }
  ? string
  : E extends { readonly kind: "weights" }
    ? readonly number[]
    : E extends { readonly kind: "choice"; readonly choices: readonly (infer C)[] }
      ? C
      : number;

type IsOptional<E> = E extends { readonly optional: true } ? true : false;

/** A scenario's shape, derived from the registry: fields with a default are always present once read. */
export type ScenarioValues = {
  readonly [E in Entry as IsOptional<E> extends true ? never : E["key"]]: ValueOf<E>;
} & {
  readonly [E in Entry as IsOptional<E> extends true ? E["key"] : never]?: ValueOf<E>;
};

export type FieldKey = Entry["key"];
/** Keys of the pane's controls that show a field differently from its stored value (a target as a calendar year). */
export type FormKeyOf = Entry extends infer E
  ? E extends { readonly form: { readonly key: infer K } }
    ? K
    : never
  : never;
export type TextKey = Entry["textKey"];
/** How the Inputs sheet names the cells of the fields it shows (the field's key unless `sheet.id` says otherwise). */
export type SheetFieldId = Entry extends infer E
  ? E extends { readonly sheet: { readonly id: infer I } }
    ? I
    : E extends { readonly sheet: unknown; readonly key: infer K }
      ? K
      : never
  : never;

/** The registry's entry for `key`. */
export function inputField(key: FieldKey): InputField {
  const field = (INPUT_FIELDS as readonly InputField[]).find((f) => f.key === key);
  if (!field) throw new Error(`no input field ${key}`);
  return field;
}

/** capexTotal -> capex-total: the CLI option of a field. */
export function cliOptionOf(field: Pick<InputField, "key">): string {
  return field.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Numbers of every kind: what a number field holds, and what its bounds apply to. */
export function isNumeric(field: InputField): boolean {
  return field.kind === "number" || field.kind === "wholeNumber" || field.kind === "rate";
}
