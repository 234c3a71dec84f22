import {
  FORM_GROUPS,
  INPUT_FIELDS,
  isNumeric,
  type Bound,
  type FormGroup,
  type InputField,
  type UnitKey,
} from "../scenario/fields";
import { formatInput, formatNumber, parseLocaleNumber, separatorsOf } from "./format";
import type { Locale } from "./i18n";
import type { SummaryInputs } from "./summary";

/** The values the form edits: the case, the exchange rate and the target payback year. */
export type FormValues = Omit<SummaryInputs, "customWeights"> & { readonly customWeights?: readonly number[] };

export type NumericKey = Exclude<keyof FormValues, "profile" | "customWeights">;

/**
 * How a number field of the form is shown and checked, derived from the input registry. Rates are stored as
 * fractions (0.11) and shown as percentages (11), because that is how people type them; bounds are in stored units.
 */
export interface NumericField<K extends string = NumericKey> {
  /** The form's control (usually the field's key). */
  readonly key: K;
  readonly group: FormGroup;
  readonly unit: UnitKey;
  /** Key of the label and help in the translations. */
  readonly textKey: string;
  readonly percent: boolean;
  readonly whole: boolean;
  readonly min?: Bound;
  readonly max?: Bound;
  /** The form field whose value caps this one (capex years within the horizon). */
  readonly maxField?: string;
  /** The form field this one's bounds count from (a target payback year after the first model year). */
  readonly offsetField?: string;
}

/** The form's key of a registry field: its own key unless the form shows it differently. */
export function formKeyOf(field: InputField): string {
  return field.form?.key ?? field.key;
}

/** Registry fields the form shows, in form order: by group, then by `form.order`, then as the registry lists them. */
export function formFields(fields: readonly InputField[] = INPUT_FIELDS): InputField[] {
  const groupIndex = (f: InputField) => (f.form ? FORM_GROUPS.indexOf(f.form.group) : -1);
  return fields
    .map((field, index) => ({ field, index }))
    .filter(({ field }) => field.form !== undefined)
    .sort(
      (a, b) =>
        groupIndex(a.field) - groupIndex(b.field) ||
        (a.field.form?.order ?? 0) - (b.field.form?.order ?? 0) ||
        a.index - b.index,
    )
    .map(({ field }) => field);
}

/** The form's number fields, derived from the registry's numeric fields that the form shows. */
export function numericFields(fields: readonly InputField[] = INPUT_FIELDS): NumericField<string>[] {
  const keyOf = (key: string | undefined) => {
    const other = key === undefined ? undefined : fields.find((f) => f.key === key);
    return other ? formKeyOf(other) : undefined;
  };
  return formFields(fields)
    .filter(isNumeric)
    .map((field) => ({
      key: formKeyOf(field),
      group: field.form?.group ?? "capex",
      // A count of years added to a year is a year: the form shows the target as a calendar year.
      unit: field.form?.offsetField && field.unit === "years" ? "year" : field.unit,
      textKey: field.form?.key ?? field.textKey,
      percent: field.kind === "rate",
      whole: field.kind === "wholeNumber",
      min: field.min,
      max: field.max,
      maxField: keyOf(field.maxField),
      offsetField: keyOf(field.form?.offsetField),
    }));
}

export const NUMERIC_FIELDS = numericFields() as readonly NumericField[];

/**
 * The field without its upper bound and the bounds that depend on other fields: a first pass reads every field on
 * its own, so that the second can bound each by the others' numbers.
 */
export function withoutCrossFieldBounds<K extends string>(field: NumericField<K>): NumericField<K> {
  if (field.maxField === undefined && field.offsetField === undefined) return { ...field, max: undefined };
  return {
    ...field,
    min: field.offsetField ? undefined : field.min,
    max: undefined,
    maxField: undefined,
    offsetField: undefined,
  };
}

/** The text an input shows for a stored value. */
export function displayValue(field: Pick<NumericField, "percent">, value: number, locale: Locale): string {
  // Rounding away binary noise: 0.11 * 100 is 11.000000000000002.
  return formatInput(field.percent ? Math.round(value * 100 * 1e9) / 1e9 : value, locale.tag);
}

export type FieldCheck =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const shown = (field: Pick<NumericField, "percent" | "unit">, value: number, locale: Locale): string => {
  if (field.percent) return `${formatNumber(value * 100, locale.tag, 2)} %`;
  // Years are never grouped: "2025", not "2,025".
  return field.unit === "year" ? formatInput(value, locale.tag) : formatNumber(value, locale.tag, 2);
};

/** A field's label in the user's language. */
function labelOf(key: string, locale: Locale): string {
  return locale.text.fields[key]?.label ?? key;
}

/**
 * Reads and checks one input in the user's language. `others` are the other fields' current values, for the bounds
 * that depend on them (capex years within the horizon, target after the first year).
 */
export function checkField<K extends string>(
  field: NumericField<K>,
  text: string,
  others: Readonly<Partial<Record<string, number>>>,
  locale: Locale,
): FieldCheck {
  const e = locale.text.errors;
  const parsed = parseLocaleNumber(text, locale.tag);
  if (parsed === undefined) return { ok: false, message: e.required };
  if (!Number.isFinite(parsed)) return { ok: false, message: e.notNumber };
  const value = field.percent ? parsed / 100 : parsed;
  if (field.whole && !Number.isInteger(value)) return { ok: false, message: e.wholeNumber };
  const offset = field.offsetField === undefined ? 0 : others[field.offsetField];
  // Bounds that count from a field without a number yet are unknown; that field shows its own error.
  if (offset === undefined) return { ok: true, value };
  const cap = field.maxField === undefined ? undefined : others[field.maxField];
  const max = cap !== undefined && Number.isInteger(cap) ? cap : field.max && field.max.value + offset;
  const min = field.min && field.min.value + offset;
  const minExclusive = field.min !== undefined && !field.min.inclusive;
  const belowMin = min !== undefined && (minExclusive ? value <= min : value < min);
  const aboveMax = max !== undefined && value > max;
  if (belowMin && field.offsetField !== undefined) {
    return { ok: false, message: e.after(`${labelOf(field.offsetField, locale)} (${min})`) };
  }
  if (aboveMax && field.maxField !== undefined) {
    return { ok: false, message: e.notAfter(`${labelOf(field.maxField, locale)} (${max})`) };
  }
  if ((belowMin || aboveMax) && min !== undefined && max !== undefined && !minExclusive) {
    return { ok: false, message: e.between(shown(field, min, locale), shown(field, max, locale)) };
  }
  if (belowMin && min !== undefined) {
    const shownMin = shown(field, min, locale);
    return { ok: false, message: minExclusive ? e.above(shownMin) : e.atLeast(shownMin) };
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
