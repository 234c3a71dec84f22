import type { PacingProfile } from "../core/pacing";
import { MAX_NAME_LENGTH } from "../scenario/fields";
import type { Scenario } from "../scenario/types";
import type { ScenarioAdapter } from "./controller";
import {
  checkField,
  checkWeights,
  NUMERIC_FIELDS,
  withoutCrossFieldBounds,
  type FormValues,
  type NumericKey,
} from "./fields";
import type { Locale } from "./i18n";
import { localizeScenarioMessage } from "../scenario/scenario-messages";
import { messageOf } from "./seam";
import { computeSummary, describeSummary, type SummaryText } from "./summary";

/**
 * Checking the pane's form: each field's text against its bounds (cross-field bounds from the other fields' numbers),
 * then the scenario module's own checks, then the live summary, which the core computes from the checked values.
 */

/** What checking needs besides the form's texts: how scenarios are read and written, the scenario edited, words. */
export interface FormContext {
  readonly adapter: ScenarioAdapter;
  readonly base: Scenario;
  readonly locale: Locale;
}

export function formValuesOf(
  texts: Readonly<Record<NumericKey, string>>,
  profile: PacingProfile,
  weightsText: string,
  locale: Locale,
) {
  // First pass without cross-field bounds, so that each field's bounds can use the others' numbers.
  const loose: Partial<Record<NumericKey, number>> = {};
  for (const field of NUMERIC_FIELDS) {
    const check = checkField(withoutCrossFieldBounds(field), texts[field.key], {}, locale);
    if (check.ok) loose[field.key] = check.value;
  }
  const errors: Record<string, string> = {};
  const values: Partial<Record<NumericKey, number>> = {};
  for (const field of NUMERIC_FIELDS) {
    const check = checkField(field, texts[field.key], loose, locale);
    if (check.ok) values[field.key] = check.value;
    else errors[field.key] = check.message;
  }
  let customWeights: number[] | undefined;
  if (profile === "custom") {
    const weights = checkWeights(weightsText, values.capexYears, locale);
    if (weights.ok) customWeights = weights.value;
    else errors.customWeights = weights.message;
  }
  const complete = Object.keys(errors).length === 0;
  const formValues: FormValues | null = complete
    ? { ...(values as Record<NumericKey, number>), profile, customWeights }
    : null;
  return { errors, formValues };
}

export function checkForm(
  form: FormContext,
  texts: Readonly<Record<NumericKey, string>>,
  profile: PacingProfile,
  weightsText: string,
  name: string,
) {
  const { errors, formValues } = formValuesOf(texts, profile, weightsText, form.locale);
  const trimmed = name.trim();
  if (trimmed === "") errors.name = form.locale.text.errors.nameRequired;
  else if (trimmed.length > MAX_NAME_LENGTH) errors.name = form.locale.text.errors.nameTooLong(MAX_NAME_LENGTH);
  let summary: SummaryText | null = null;
  if (formValues) {
    const scenario = form.adapter.withName(form.adapter.withValues(form.base, formValues), trimmed);
    for (const issue of form.adapter.validate(scenario)) {
      const inForm = issue.field in texts || ["profile", "customWeights", "name"].includes(issue.field);
      const field = inForm ? issue.field : "form";
      errors[field] ??= issue.message;
    }
  }
  if (formValues && Object.keys(errors).length === 0) {
    try {
      summary = describeSummary(computeSummary(formValues), formValues.targetPaybackYear, form.locale);
    } catch (error) {
      // The core's input checks speak English; the scenario catalog has their German.
      errors.form = localizeScenarioMessage(messageOf(error), form.locale.language);
    }
  }
  return { errors, summary };
}
