import { PACING_PROFILES, type PacingProfile } from "../core/pacing";
import { MAX_HORIZON } from "../core/model";
import { formatInput, formatNumber, parseLocaleNumber, separatorsOf } from "./format";
import type { Locale } from "./i18n";
import type { SummaryInputs } from "./summary";

/** The values the form edits: the case, the exchange rate and the target payback year. */
export type FormValues = Omit<SummaryInputs, "customWeights"> & { readonly customWeights?: readonly number[] };

export type NumericKey = Exclude<keyof FormValues, "profile" | "customWeights">;

export type FieldGroup = "capex" | "cloud" | "timing";

/**
 * How a field is shown and checked. Rates are stored as fractions (0.11) and shown as percentages (11), because
 * that is how people type them; the bounds below are in stored units.
 */
export interface NumericField {
  readonly key: NumericKey;
  readonly group: FieldGroup;
  readonly unit: string;
  readonly percent?: boolean;
  readonly whole?: boolean;
  /** Inclusive lower bound, or exclusive when `minExclusive`. */
  readonly min?: number;
  readonly minExclusive?: boolean;
  readonly max?: number | ((values: Partial<FormValues>) => number | undefined);
  readonly lowerThan?: (values: Partial<FormValues>) => number | undefined;
}

export const PROFILE_FIELD = { key: "profile", group: "capex", unit: "profile" } as const;

export const NUMERIC_FIELDS: readonly NumericField[] = [
  { key: "capexTotal", group: "capex", unit: "rmbBn", min: 0 },
  {
    key: "capexYears",
    group: "capex",
    unit: "years",
    whole: true,
    min: 1,
    max: (v) => (v.horizon !== undefined && Number.isInteger(v.horizon) ? v.horizon : MAX_HORIZON),
  },
  { key: "fx", group: "capex", unit: "cnyPerUsd", min: 0, minExclusive: true },
  { key: "baseRevenue", group: "cloud", unit: "rmbBn", min: 0 },
  { key: "growth", group: "cloud", unit: "percentPerYear", percent: true, min: -1, minExclusive: true },
  { key: "terminalGrowth", group: "cloud", unit: "percentPerYear", percent: true, min: -1, minExclusive: true },
  { key: "baselineGrowth", group: "cloud", unit: "percentPerYear", percent: true, min: -1, minExclusive: true },
  { key: "margin", group: "cloud", unit: "percent", percent: true, min: 0, max: 1 },
  { key: "discountRate", group: "timing", unit: "percentPerYear", percent: true, min: -1, minExclusive: true },
  { key: "firstYear", group: "timing", unit: "year", whole: true, min: 1900, max: 9999 },
  { key: "horizon", group: "timing", unit: "years", whole: true, min: 1, max: MAX_HORIZON },
  {
    key: "targetPaybackYear",
    group: "timing",
    unit: "year",
    // Not whole: a target such as 2032.5 ("mid-2032") is as valid as the fractional payback years the model reports.
    lowerThan: (v) => (v.firstYear !== undefined ? v.firstYear : undefined),
    max: (v) => (v.firstYear !== undefined ? v.firstYear + MAX_HORIZON : undefined),
  },
];

export function fieldOf(key: NumericKey): NumericField {
  const field = NUMERIC_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
}

export function isProfile(text: string): text is PacingProfile {
  return (PACING_PROFILES as readonly string[]).includes(text);
}

/** The text an input shows for a stored value. */
export function displayValue(field: NumericField, value: number, locale: Locale): string {
  // Rounding away binary noise: 0.11 * 100 is 11.000000000000002.
  return formatInput(field.percent ? Math.round(value * 100 * 1e9) / 1e9 : value, locale.tag);
}

export type FieldCheck =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const shown = (field: NumericField, value: number, locale: Locale): string => {
  if (field.percent) return `${formatNumber(value * 100, locale.tag, 2)} %`;
  // Years are never grouped: "2025", not "2,025".
  return field.unit === "year" ? formatInput(value, locale.tag) : formatNumber(value, locale.tag, 2);
};

/**
 * Reads and checks one input in the user's language. `others` are the other fields' current values, for the bounds
 * that depend on them (capex years within the horizon, target after the first year).
 */
export function checkField(field: NumericField, text: string, others: Partial<FormValues>, locale: Locale): FieldCheck {
  const e = locale.text.errors;
  const parsed = parseLocaleNumber(text, locale.tag);
  if (parsed === undefined) return { ok: false, message: e.required };
  if (!Number.isFinite(parsed)) return { ok: false, message: e.notNumber };
  const value = field.percent ? parsed / 100 : parsed;
  if (field.whole && !Number.isInteger(value)) return { ok: false, message: e.wholeNumber };
  const max = typeof field.max === "function" ? field.max(others) : field.max;
  const lower = field.lowerThan?.(others);
  if (lower !== undefined && value <= lower) {
    return { ok: false, message: e.after(`${locale.text.fields.firstYear.label} (${lower})`) };
  }
  const belowMin = field.min !== undefined && (field.minExclusive ? value <= field.min : value < field.min);
  const aboveMax = max !== undefined && value > max;
  if (field.key === "capexYears" && aboveMax) {
    return { ok: false, message: e.notAfter(`${locale.text.fields.horizon.label} (${max})`) };
  }
  if ((belowMin || aboveMax) && field.min !== undefined && max !== undefined && !field.minExclusive) {
    return { ok: false, message: e.between(shown(field, field.min, locale), shown(field, max, locale)) };
  }
  if (belowMin && field.min !== undefined) {
    const min = shown(field, field.min, locale);
    return { ok: false, message: field.minExclusive ? e.above(min) : e.atLeast(min) };
  }
  if (aboveMax && max !== undefined) return { ok: false, message: e.atMost(shown(field, max, locale)) };
  return { ok: true, value };
}

/**
 * Where one weight ends and the next begins: ";" always, and "," too where "," is not the decimal separator (German
 * writes 2,5 for two and a half, so a German list is "1; 2,5; 1").
 */
function weightSeparator(tag: string): RegExp {
  return separatorsOf(tag).decimal === "," ? /;/ : /[;,]/;
}

/** Weights as the form shows them, in the language's list style. */
export function displayWeights(weights: readonly number[] | undefined, locale: Locale): string {
  const separator = separatorsOf(locale.tag).decimal === "," ? "; " : ", ";
  return (weights ?? []).map((w) => formatInput(w, locale.tag)).join(separator);
}

/** Reads and checks the custom pacing weights: one per capex year, none negative, a positive sum. */
export function checkWeights(
  text: string,
  capexYears: number | undefined,
  locale: Locale,
): { readonly ok: true; readonly value: number[] } | { readonly ok: false; readonly message: string } {
  const e = locale.text.errors;
  const parts = text.split(weightSeparator(locale.tag)).map((part) => part.trim());
  const values = parts.map((part) => parseLocaleNumber(part, locale.tag));
  if (values.some((v) => v === undefined || !Number.isFinite(v))) {
    // A blank list is a wrong count rather than a typing mistake, when the count is known.
    if (text.trim() === "" && capexYears !== undefined) return { ok: false, message: e.weightsCount(capexYears) };
    return { ok: false, message: e.weightsNotNumber };
  }
  const weights = values as number[];
  if (capexYears !== undefined && weights.length !== capexYears) {
    return { ok: false, message: e.weightsCount(capexYears) };
  }
  if (weights.some((w) => w < 0)) return { ok: false, message: e.weightsNegative };
  if (!(weights.reduce((a, w) => a + w, 0) > 0)) return { ok: false, message: e.weightsSum };
  return { ok: true, value: weights };
}
