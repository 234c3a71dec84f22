import { FIELD_LABELS, validateScenario } from "./validate";
import { DEFAULT_HORIZON, type Scenario, type ScenarioField, type ScenarioParse } from "./types";
import { HEADLINE_FX } from "./presets";

/** Marks a saved scenario file, so that a different JSON file is told apart from a broken one. */
export const SCENARIO_FORMAT = "cloud-capex-scenario";
export const SCENARIO_FORMAT_VERSION = 1;

const FIELDS = Object.keys(FIELD_LABELS) as ScenarioField[];
const ENVELOPE_FIELDS = ["format", "version"];

/** Fields a saved file may leave out, and what they then are. */
const DEFAULTS: Partial<Record<ScenarioField, unknown>> = {
  description: "",
  horizon: DEFAULT_HORIZON,
  fx: HEADLINE_FX,
  fxSource: "",
  baseRevenueSource: "",
};

/** The scenario as a saved file: pretty-printed, fields in a stable order. */
export function scenarioToJson(scenario: Scenario): string {
  const out: Record<string, unknown> = { format: SCENARIO_FORMAT, version: SCENARIO_FORMAT_VERSION };
  for (const field of FIELDS) {
    if (scenario[field] !== undefined) out[field] = scenario[field];
  }
  return JSON.stringify(out, null, 2);
}

/** Reads a saved scenario: bad JSON, unknown or missing fields and out-of-range values all come back as issues. */
export function parseScenarioJson(text: string): ScenarioParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ field: "json", message: `The file is not valid JSON (${detail}).` }] };
  }
  return scenarioFromObject(data);
}

/** Vets an object that claims to be a scenario (parsed JSON, a message from elsewhere). */
export function scenarioFromObject(data: unknown): ScenarioParse {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, issues: [{ field: "json", message: "A scenario must be a JSON object with named fields." }] };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== undefined && record.format !== SCENARIO_FORMAT) {
    return {
      ok: false,
      issues: [{ field: "json", message: `This is not a scenario file (format "${String(record.format)}").` }],
    };
  }
  if (record.version !== undefined && record.version !== SCENARIO_FORMAT_VERSION) {
    return {
      ok: false,
      issues: [
        {
          field: "json",
          message: `Scenario files of version ${String(record.version)} are not supported; this add-in reads version ${SCENARIO_FORMAT_VERSION}.`,
        },
      ],
    };
  }
  const unknown = Object.keys(record).filter(
    (key) => !ENVELOPE_FIELDS.includes(key) && !(FIELDS as string[]).includes(key),
  );
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: [{ field: "json", message: `Unknown field${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.` }],
    };
  }
  const scenario: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const field of FIELDS) {
    const value = record[field] !== undefined ? record[field] : DEFAULTS[field];
    if (value === undefined) {
      if (field !== "customWeights") missing.push(field);
    } else {
      scenario[field] = field === "customWeights" && Array.isArray(value) ? [...value] : value;
    }
  }
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((field) => ({
        field: field as ScenarioField,
        message: `${FIELD_LABELS[field as ScenarioField]} is missing (field "${field}").`,
      })),
    };
  }
  const issues = validateScenario(scenario as unknown as Scenario);
  return issues.length === 0 ? { ok: true, scenario: scenario as unknown as Scenario } : { ok: false, issues };
}
