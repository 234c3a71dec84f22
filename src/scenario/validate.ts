import { ModelInputError, requireNonNegative, requireRate, requireWholeNumber } from "../core/errors";
import { computeCase, MAX_HORIZON } from "../core/model";
import { isPacingProfile, PACING_PROFILES } from "../core/pacing";
import { toCaseInputs, type Scenario, type ScenarioField, type ScenarioIssue } from "./types";

/** How each field is named in messages: the words the task pane and the Inputs sheet use for it. */
export const FIELD_LABELS: Readonly<Record<ScenarioField, string>> = {
  name: "Scenario name",
  description: "Description",
  capexTotal: "Capex total",
  capexYears: "Capex years",
  profile: "Pacing profile",
  customWeights: "Custom weights",
  firstYear: "First model year",
  horizon: "Horizon",
  fx: "Exchange rate",
  fxSource: "Exchange-rate source",
  baseRevenue: "Base revenue",
  baseRevenueSource: "Base-revenue source",
  growth: "Growth",
  terminalGrowth: "Terminal growth",
  baselineGrowth: "Baseline growth",
  margin: "Cash margin",
  discountRate: "Discount rate",
  targetPaybackYears: "Target payback",
  risk: "Risk settings",
};

const MAX_NAME_LENGTH = 80;
const MIN_FIRST_YEAR = 1900;
const MAX_FIRST_YEAR = 9999;

/** Runs one of the core's checks and turns its exception into an issue for `field`. */
function check(issues: ScenarioIssue[], field: ScenarioField, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof ModelInputError) {
      issues.push({ field, message: error.message });
      return false;
    }
    throw error;
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === "number";
}

/**
 * Every problem with a scenario, one per field at most, in field order; an empty list means the scenario can be
 * modelled. Accepts anything, so that it can also vet parsed JSON.
 */
export function validateScenario(scenario: Scenario): ScenarioIssue[] {
  const s = scenario as unknown as Record<string, unknown>;
  const issues: ScenarioIssue[] = [];
  const numberField = (field: ScenarioField, run: (value: number, label: string) => void): boolean => {
    const value = s[field];
    if (!isNumber(value)) {
      issues.push({ field, message: `${FIELD_LABELS[field]} must be a number.` });
      return false;
    }
    return check(issues, field, () => run(value, FIELD_LABELS[field]));
  };
  const textField = (field: ScenarioField, required: boolean): void => {
    const value = s[field];
    if (typeof value !== "string") {
      issues.push({ field, message: `${FIELD_LABELS[field]} must be text.` });
    } else if (required && value.trim() === "") {
      issues.push({ field, message: `${FIELD_LABELS[field]} must not be empty.` });
    } else if (value.length > MAX_NAME_LENGTH && field === "name") {
      issues.push({ field, message: `${FIELD_LABELS[field]} must be at most ${MAX_NAME_LENGTH} characters.` });
    }
  };

  textField("name", true);
  textField("description", false);
  numberField("capexTotal", requireNonNegative);
  const horizonOk = numberField("horizon", (v, label) => requireWholeNumber(v, label, 1, MAX_HORIZON));
  const maxCapexYears = horizonOk ? (s.horizon as number) : MAX_HORIZON;
  const capexYearsOk = numberField("capexYears", (v, label) => {
    if (horizonOk && Number.isInteger(v) && v > maxCapexYears) {
      throw new ModelInputError("num", `${label} must not exceed the horizon (${maxCapexYears} years).`);
    }
    requireWholeNumber(v, label, 1, maxCapexYears);
  });
  const profile = s.profile;
  const profileOk = typeof profile === "string" && isPacingProfile(profile);
  if (!profileOk) {
    issues.push({
      field: "profile",
      message: `${FIELD_LABELS.profile} must be one of ${PACING_PROFILES.map((p) => `"${p}"`).join(", ")}.`,
    });
  }
  validateWeights(s.customWeights, profileOk && profile === "custom", capexYearsOk ? s.capexYears : undefined, issues);
  numberField("firstYear", (v, label) => requireWholeNumber(v, label, MIN_FIRST_YEAR, MAX_FIRST_YEAR));
  numberField("fx", (v, label) => {
    if (!Number.isFinite(v) || v <= 0)
      throw new ModelInputError("num", `${label} must be a number above 0 (CNY per USD).`);
  });
  textField("fxSource", false);
  numberField("baseRevenue", requireNonNegative);
  textField("baseRevenueSource", false);
  numberField("growth", requireRate);
  numberField("terminalGrowth", requireRate);
  numberField("baselineGrowth", requireRate);
  numberField("margin", (v, label) => {
    if (!Number.isFinite(v) || v < 0 || v > 1) {
      throw new ModelInputError("num", `${label} must be from 0 to 1 (30% is 0.3).`);
    }
  });
  numberField("discountRate", requireRate);
  numberField("targetPaybackYears", (v, label) => {
    if (!Number.isFinite(v) || v <= 0 || v > MAX_HORIZON) {
      throw new ModelInputError("num", `${label} must be a number of years above 0 and at most ${MAX_HORIZON}.`);
    }
  });

  // Field by field all is well, but the projection as a whole can still overflow.
  if (issues.length === 0) check(issues, "growth", () => computeCase(toCaseInputs(scenario)));
  return issues;
}

function validateWeights(weights: unknown, required: boolean, capexYears: unknown, issues: ScenarioIssue[]): void {
  const field = "customWeights";
  const label = FIELD_LABELS.customWeights;
  if (weights === undefined) {
    if (required) issues.push({ field, message: `${label} are required with the "custom" profile.` });
    return;
  }
  if (!Array.isArray(weights) || !weights.every(isNumber)) {
    issues.push({ field, message: `${label} must be a list of numbers.` });
    return;
  }
  if (!weights.every((w) => Number.isFinite(w) && w >= 0)) {
    issues.push({ field, message: `${label} must be finite numbers of 0 or more.` });
    return;
  }
  if (!required || !isNumber(capexYears)) return;
  if (weights.length !== capexYears) {
    issues.push({ field, message: `${label} must hold exactly ${capexYears} values (one per capex year).` });
    return;
  }
  const sum = weights.reduce((a, w) => a + w, 0);
  if (!(sum > 0) || !Number.isFinite(sum)) issues.push({ field, message: `${label} must have a positive sum.` });
}

/** True when the scenario has no issues. */
export function isValidScenario(scenario: Scenario): boolean {
  return validateScenario(scenario).length === 0;
}
