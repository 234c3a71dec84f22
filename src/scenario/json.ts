import type { InputField } from "./fields";
import { describeValue, safeText } from "./quote";
import { INPUTS, labelOf, validateScenario, type FieldRegistry } from "./validate";
import type { Scenario, ScenarioField, ScenarioParse } from "./types";

/** Marks a saved scenario file, so that a different JSON file is told apart from a broken one. */
const SCENARIO_FORMAT = "cloud-capex-scenario";
/** Version 2 added the `risk` block; version 1 files still load (the risk fields take their defaults). */
const SCENARIO_FORMAT_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, 2];

const ENVELOPE_FIELDS = ["format", "version"];

/**
 * The largest scenario file read: a saved scenario is about 1 KB, and at its longest texts (4,000 + 3 × 1,000
 * characters, each up to 6 bytes as a JSON escape) under 64 KB. 1 MB leaves room for any hand-edited file and keeps a
 * wrong file (a 150 MB export, /dev/zero) from being read at all.
 */
export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

/** A scenario is flat (one list, of weights): deeper nesting is never a scenario, and very deep nesting is an attack. */
const MAX_NESTING = 32;

/** How many unknown field names a message lists. */
const MAX_LISTED_NAMES = 5;

/** The problem of a file larger than MAX_SCENARIO_FILE_BYTES, for a reader that knows the size before the text. */
export function scenarioFileTooLarge(): ScenarioParse {
  const limit = `${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MB`;
  return { ok: false, issues: [{ field: "json", message: `The file is too large for a scenario (over ${limit}).` }] };
}

/** The deepest nesting of [ and { in a JSON text, strings skipped; stops counting once past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length && deepest <= limit; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return deepest;
}

/** The scenario as a saved file: pretty-printed, fields in a stable order. */
export function scenarioToJson(scenario: Scenario, registry: FieldRegistry = INPUTS): string {
  const out: Record<string, unknown> = { format: SCENARIO_FORMAT, version: SCENARIO_FORMAT_VERSION };
  for (const field of registry.fields) {
    // A saved file is explicit: a field the scenario leaves to its default is written with that default.
    const value = (scenario as unknown as Record<string, unknown>)[field.key] ?? field.default;
    if (value !== undefined) writePath(out, jsonPath(field), value);
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
  // A UTF-16 length above the limit is a UTF-8 size above it too (every code unit is at least one byte).
  if (text.length > MAX_SCENARIO_FILE_BYTES) return scenarioFileTooLarge();
  if (nestingDepth(text, MAX_NESTING) > MAX_NESTING) {
    const message = `The file nests lists or objects more than ${MAX_NESTING} deep; a scenario is one flat object.`;
    return { ok: false, issues: [{ field: "json", message }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the text: shown short and with its control characters escaped.
    const detail = safeText(error instanceof Error ? error.message : "unreadable", 120);
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
      issues: [{ field: "json", message: `This is not a scenario file (format ${describeValue(record.format)}).` }],
    };
  }
  if (record.version !== undefined && !READABLE_VERSIONS.includes(record.version)) {
    return {
      ok: false,
      issues: [
        {
          field: "json",
          message: `Scenario files of version ${describeValue(record.version)} are not supported; this add-in reads version ${SCENARIO_FORMAT_VERSION}.`,
        },
      ],
    };
  }
  const unknown = unknownPaths(record, registry);
  if (unknown.length > 0) {
    const listed = unknown.slice(0, MAX_LISTED_NAMES).map((key) => safeText(key, 40));
    if (unknown.length > MAX_LISTED_NAMES) listed.push(`and ${unknown.length - MAX_LISTED_NAMES} more`);
    return {
      ok: false,
      issues: [{ field: "json", message: `Unknown field${unknown.length > 1 ? "s" : ""}: ${listed.join(", ")}.` }],
    };
  }
  const scenario: Record<string, unknown> = {};
  const missing = [];
  for (const field of registry.fields) {
    const saved = readPath(record, jsonPath(field));
    const value = saved !== undefined ? saved : field.default;
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

/** Where a field sits in the saved file: its own key at the top level, unless the registry nests it. */
function jsonPath(field: InputField): readonly (string | number)[] {
  return field.json ?? [field.key];
}

function readPath(record: Record<string, unknown>, path: readonly (string | number)[]): unknown {
  let at: unknown = record;
  for (const step of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = Object.hasOwn(at, step) ? (at as Record<string | number, unknown>)[step] : undefined;
  }
  return at;
}

function writePath(record: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let at: Record<string | number, unknown> = record;
  path.forEach((step, i) => {
    if (i === path.length - 1) {
      at[step] = value;
      return;
    }
    if (typeof at[step] !== "object" || at[step] === null) at[step] = typeof path[i + 1] === "number" ? [] : {};
    at = at[step] as Record<string | number, unknown>;
  });
}

/**
 * Keys of the file that no field lives at, as dotted paths ("risk.spreads.volume"): a top-level key that is no
 * field's, or a key inside a nested block that no field's path goes through.
 */
function unknownPaths(record: Record<string, unknown>, registry: FieldRegistry): string[] {
  const paths = registry.fields.map(jsonPath);
  const out: string[] = [];
  const visit = (value: unknown, prefix: readonly (string | number)[]) => {
    const below = paths.filter((p) => p.length > prefix.length && prefix.every((step, i) => p[i] === step));
    if (below.length === 0 || typeof value !== "object" || value === null || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      const next = [...prefix, key];
      const inside = below.filter((p) => p[prefix.length] === key);
      if (inside.length === 0 && !(prefix.length === 0 && ENVELOPE_FIELDS.includes(key))) out.push(next.join("."));
      else if (inside.some((p) => p.length > next.length)) visit((value as Record<string, unknown>)[key], next);
    }
  };
  visit(record, []);
  return out;
}
