import { INPUTS, labelOf, validateScenario, type FieldRegistry } from "./validate";
import type { Scenario, ScenarioField, ScenarioParse } from "./types";

/** Marks a saved scenario file, so that a different JSON file is told apart from a broken one. */
const SCENARIO_FORMAT = "cloud-capex-scenario";
const SCENARIO_FORMAT_VERSION = 1;

const ENVELOPE_FIELDS = ["format", "version"];

/** The scenario as a saved file: pretty-printed, fields in a stable order. */
export function scenarioToJson(scenario: Scenario, registry: FieldRegistry = INPUTS): string {
  const out: Record<string, unknown> = { format: SCENARIO_FORMAT, version: SCENARIO_FORMAT_VERSION };
  for (const { key } of registry.fields) {
    const value = (scenario as unknown as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return JSON.stringify(out, null, 2);
}

/** The scenario with every field it leaves out that has a default set to that default (a file from before the field). */
export function withDefaults(scenario: Scenario, registry: FieldRegistry = INPUTS): Scenario {
  const record: Record<string, unknown> = { ...scenario };
  for (const field of registry.fields) {
    if (record[field.key] === undefined && field.default !== undefined) record[field.key] = field.default;
  }
  return record as unknown as Scenario;
}

/** Reads a saved scenario: bad JSON, unknown or missing fields and out-of-range values all come back as issues. */
export function parseScenarioJson(text: string, registry: FieldRegistry = INPUTS): ScenarioParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ field: "json", message: `The file is not valid JSON (${detail}).` }] };
  }
  return scenarioFromObject(data, registry);
}

/**
 * Vets an object that claims to be a scenario (parsed JSON, a message from elsewhere). A field with a default may be
 * left out (files saved before the field existed); an optional one may be absent.
 */
export function scenarioFromObject(data: unknown, registry: FieldRegistry = INPUTS): ScenarioParse {
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
  const known = new Set([...ENVELOPE_FIELDS, ...registry.fields.map((f) => f.key)]);
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: [{ field: "json", message: `Unknown field${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.` }],
    };
  }
  const scenario: Record<string, unknown> = {};
  const missing = [];
  for (const field of registry.fields) {
    const value = record[field.key] !== undefined ? record[field.key] : field.default;
    if (value === undefined) {
      if (!field.optional) missing.push(field);
    } else {
      scenario[field.key] = Array.isArray(value) ? [...(value as unknown[])] : value;
    }
  }
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((field) => ({
        field: field.key as ScenarioField,
        message: `${labelOf(field, registry)} is missing (field "${field.key}").`,
      })),
    };
  }
  const issues = validateScenario(scenario as unknown as Scenario, registry);
  return issues.length === 0 ? { ok: true, scenario: scenario as unknown as Scenario } : { ok: false, issues };
}
