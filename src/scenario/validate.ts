import { TORNADO_INPUTS, tornadoRow } from "../core/tornado";
import { toTornadoSteps, TORNADO_STEP_FIELDS } from "./tornado";
import { ModelInputError, requireNonNegative, requireWholeNumber } from "../core/errors";
import { computeCase } from "../core/model";
import { validateRiskSettings, type RiskInput, type RiskSettings } from "../core/risk";
import { FIELD_TEXT_EN } from "./field-text-en";
import type { FieldText, FieldTexts } from "./field-text";
import { INPUT_FIELDS, isNumeric, type InputField } from "./fields";
import { toCaseInputs, toRiskSettings, type Scenario, type ScenarioField, type ScenarioIssue } from "./types";

/** A list of fields and the English words that name them: the registry, or a registry with extra fields in tests. */
export interface FieldRegistry {
  readonly fields: readonly InputField[];
  /** English words by text key; the registry's own are checked complete by `FieldTexts`. */
  readonly text: { readonly fields: Readonly<Record<string, FieldText>>; readonly units: FieldTexts["units"] };
}

export const INPUTS: FieldRegistry = { fields: INPUT_FIELDS, text: FIELD_TEXT_EN };

/** A field's English words (label, help, note); a field without words is named by its key. */
export function fieldText(field: InputField, registry: FieldRegistry = INPUTS): FieldText {
  return registry.text.fields[field.textKey] ?? { label: field.key };
}

/** How a field is named in messages: its label in the translations, the words the pane and the Inputs sheet use. */
export function labelOf(field: InputField, registry: FieldRegistry = INPUTS): string {
  return fieldText(field, registry).label;
}

/** How other sheets refer to a field's cell on the Inputs sheet. */
export function sheetIdOf(field: InputField): string {
  return field.sheet?.id ?? field.key;
}

/** How each field is named in messages. */
export const FIELD_LABELS: Readonly<Record<ScenarioField, string>> = Object.fromEntries(
  INPUT_FIELDS.map((field) => [field.key, labelOf(field)]),
) as Record<ScenarioField, string>;

/** The field a spread's problem is shown at: the spread below, whose end is the one that can cross a bound. */
const RISK_SPREAD_FIELDS: readonly [RiskInput, ScenarioField][] = [
  ["growth", "riskGrowthBelow"],
  ["terminalGrowth", "riskTerminalGrowthBelow"],
  ["margin", "riskMarginBelow"],
  ["capexTotal", "riskCapexBelow"],
];
const ZERO_SPREADS: RiskSettings["spreads"] = {
  growth: [0, 0],
  terminalGrowth: [0, 0],
  margin: [0, 0],
  capexTotal: [0, 0],
};

/** Runs one of the core's checks and turns its exception into an issue for `field`. */
function check(issues: ScenarioIssue[], field: string, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof ModelInputError) {
      issues.push({ field: field as ScenarioField, message: error.message });
      return false;
    }
    throw error;
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === "number";
}

const fail = (message: string) => {
  throw new ModelInputError("num", message);
};

/** A bound as a message shows it: rates as percentages ("-99%", "1,000%"), other numbers in plain figures. */
function shownBound(field: InputField, value: number): string {
  const percent = field.kind === "rate";
  const text = (percent ? value * 100 : value).toLocaleString("en-US", { maximumFractionDigits: 6 });
  return percent ? `${text}%` : text;
}

/**
 * Checks a number against its field's bounds, in the core's words where the core has them (an amount of 0 or more, a
 * whole number in a range); the message names the range and, for a rate, how to write one.
 */
function checkRange(field: InputField, value: number, label: string, max: number | undefined, unit: string): void {
  const { min } = field;
  if (field.kind === "wholeNumber") return requireWholeNumber(value, label, min?.value ?? -Infinity, max ?? Infinity);
  if (max === undefined && min?.value === 0 && min.inclusive) return requireNonNegative(value, label);
  const belowMin = min !== undefined && (min.inclusive ? value < min.value : value <= min.value);
  const aboveMax = max !== undefined && value > max;
  if (Number.isFinite(value) && !belowMin && !aboveMax) return;
  // A rate's unit is "%" or "% a year": the bounds carry the "%", the rest follows them; "30% is 0.3" says how to type.
  const rest = unit.replace(/^%/, "").trim();
  const after = field.kind === "rate" ? `${rest === "" ? "" : ` ${rest}`} (30% is 0.3)` : ` (${unit})`;
  if (min === undefined || max === undefined) {
    const bound = min
      ? ` ${min.inclusive ? "of at least" : "above"} ${shownBound(field, min.value)}`
      : max !== undefined
        ? ` of at most ${shownBound(field, max)}`
        : "";
    return fail(`${label} must be a finite number${bound}${after}.`);
  }
  const low = shownBound(field, min.value);
  const high = shownBound(field, max);
  if (min.inclusive) return fail(`${label} must be from ${low} to ${high}${after}.`);
  fail(`${label} must be a number of ${unit} above ${low} and at most ${high}.`);
}

/** The upper bound of a number field, which may be another field's (valid) value. */
function maxOf(field: InputField, record: Record<string, unknown>, valid: ReadonlySet<string>): number | undefined {
  const other = field.maxField;
  if (other !== undefined && valid.has(other) && isNumber(record[other])) return record[other];
  return field.max?.value;
}

function validateNumber(
  field: InputField,
  record: Record<string, unknown>,
  valid: ReadonlySet<string>,
  registry: FieldRegistry,
  issues: ScenarioIssue[],
): boolean {
  const label = labelOf(field, registry);
  const value = record[field.key];
  if (!isNumber(value)) {
    issues.push({ field: field.key as ScenarioField, message: `${label} must be a number.` });
    return false;
  }
  const max = maxOf(field, record, valid);
  const cap = registry.fields.find((f) => f.key === field.maxField && valid.has(f.key));
  return check(issues, field.key, () => {
    if (cap && max !== undefined && Number.isInteger(value) && value > max) {
      const capLabel = labelOf(cap, registry).toLowerCase();
      fail(`${label} must not exceed the ${capLabel} (${max} ${registry.text.units[cap.unit]}).`);
    }
    checkRange(field, value, label, max, registry.text.units[field.unit]);
  });
}

function validateText(field: InputField, value: unknown, label: string, issues: ScenarioIssue[]): boolean {
  const key = field.key as ScenarioField;
  if (typeof value !== "string") issues.push({ field: key, message: `${label} must be text.` });
  else if (field.required && value.trim() === "") issues.push({ field: key, message: `${label} must not be empty.` });
  else if (field.maxLength !== undefined && value.length > field.maxLength) {
    issues.push({ field: key, message: `${label} must be at most ${field.maxLength} characters.` });
  } else return true;
  return false;
}

function validateChoice(field: InputField, value: unknown, label: string, issues: ScenarioIssue[]): boolean {
  const choices = field.choices ?? [];
  if (typeof value === "string" && choices.includes(value)) return true;
  const list = choices.map((c) => `"${c}"`).join(", ");
  issues.push({ field: field.key as ScenarioField, message: `${label} must be one of ${list}.` });
  return false;
}

/** Weights: a list of finite numbers of 0 or more; where required, one per counted year with a positive sum. */
function validateWeights(
  field: InputField,
  record: Record<string, unknown>,
  valid: ReadonlySet<string>,
  label: string,
  issues: ScenarioIssue[],
): boolean {
  const key = field.key as ScenarioField;
  const weights = record[field.key];
  const when = field.requiredWhen;
  const required = when === undefined || (valid.has(when.field) && record[when.field] === when.equals);
  const problem = (message: string) => (issues.push({ field: key, message }), false);
  if (weights === undefined) {
    return required && when ? problem(`${label} are required with the "${when.equals}" ${when.field}.`) : true;
  }
  if (!Array.isArray(weights) || !weights.every(isNumber)) return problem(`${label} must be a list of numbers.`);
  if (!weights.every((w) => Number.isFinite(w) && w >= 0)) {
    return problem(`${label} must be finite numbers of 0 or more.`);
  }
  const count = field.countField !== undefined && valid.has(field.countField) ? record[field.countField] : undefined;
  if (!required || !isNumber(count)) return true;
  if (weights.length !== count) return problem(`${label} must hold exactly ${count} values (one per capex year).`);
  const sum = weights.reduce((a, w) => a + w, 0);
  return sum > 0 && Number.isFinite(sum) ? true : problem(`${label} must have a positive sum.`);
}

function validateField(
  field: InputField,
  record: Record<string, unknown>,
  valid: ReadonlySet<string>,
  registry: FieldRegistry,
  issues: ScenarioIssue[],
): boolean {
  const label = labelOf(field, registry);
  const value = record[field.key];
  if (field.optional && value === undefined && field.kind !== "weights") return true;
  if (isNumeric(field)) return validateNumber(field, record, valid, registry, issues);
  if (field.kind === "text") return validateText(field, value, label, issues);
  if (field.kind === "choice") return validateChoice(field, value, label, issues);
  return validateWeights(field, record, valid, label, issues);
}

/** Fields that others depend on (the horizon caps the capex years, which count the weights) are checked first. */
function checkingOrder(fields: readonly InputField[]): InputField[] {
  const keys = new Set(fields.map((f) => f.key));
  const dependencies = (f: InputField) =>
    [f.maxField, f.countField, f.requiredWhen?.field].filter((d): d is string => d !== undefined && keys.has(d));
  const done = new Set<string>();
  const order: InputField[] = [];
  while (order.length < fields.length) {
    const next = fields.find((f) => !done.has(f.key) && dependencies(f).every((d) => done.has(d)));
    if (!next) throw new Error("input fields depend on each other in a circle");
    order.push(next);
    done.add(next.key);
  }
  return order;
}

/**
 * Every problem with a set of field values, one per field at most, in the registry's order. Accepts anything, so that
 * it can also vet parsed JSON.
 */
export function validateFields(record: Record<string, unknown>, registry: FieldRegistry = INPUTS): ScenarioIssue[] {
  const valid = new Set<string>();
  const byField = new Map<string, ScenarioIssue>();
  for (const field of checkingOrder(registry.fields)) {
    const issues: ScenarioIssue[] = [];
    if (validateField(field, record, valid, registry, issues)) valid.add(field.key);
    else byField.set(field.key, issues[0]);
  }
  return registry.fields.flatMap((field) => byField.get(field.key) ?? []);
}

/**
 * Every problem with a scenario, one per field at most, in field order; an empty list means the scenario can be
 * modelled.
 */
export function validateScenario(scenario: Scenario, registry: FieldRegistry = INPUTS): ScenarioIssue[] {
  const issues = validateFields(scenario as unknown as Record<string, unknown>, registry);
  // Field by field all is well, but the projection as a whole can still overflow.
  if (issues.length === 0) check(issues, "growth", () => computeCase(toCaseInputs(scenario)));
  // Each spread is within its bounds, but together with the scenario's value it may still draw the impossible.
  if (issues.length === 0) {
    for (const [input, field] of RISK_SPREAD_FIELDS) {
      const settings = toRiskSettings(scenario);
      const alone = { ...settings, spreads: { ...ZERO_SPREADS, [input]: settings.spreads[input] } };
      check(issues, field, () => validateRiskSettings(toCaseInputs(scenario), alone));
    }
  }
  // Each tornado step is within its bounds, but it may still take a rate to -100% or the revenue past overflow: each
  // input's own two cases say so (the inputs themselves passed above), 14 cases where the whole tornado per step took 98.
  if (issues.length === 0) {
    const steps = toTornadoSteps(scenario);
    const inputs = toCaseInputs(scenario);
    for (const input of TORNADO_INPUTS) {
      check(issues, TORNADO_STEP_FIELDS[input], () => tornadoRow(inputs, input, steps[input]));
    }
  }
  return issues;
}
