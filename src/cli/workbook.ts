import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { bundledDataset } from "../benchmarks/bundled";
import { cliOptionOf, isNumeric, type InputField } from "../scenario/fields";
import { MAX_SCENARIO_FILE_BYTES, parseScenarioJson, withDefaults } from "../scenario/json";
import { LANGUAGES, parseLanguage, type Language } from "../scenario/language";
import { safeText } from "../scenario/quote";
import { writeFilesAtomically } from "./atomic-write";
import { messageLine, parserMessage, quoted } from "./echo";
import { PRESET_IDS, presetScenario, type PresetId } from "../scenario/presets";
import type { Scenario } from "../scenario/types";
import { scenarioSet } from "../workbook/scenario-set";
import { INPUTS, labelOf, validateScenario, type FieldRegistry } from "../scenario/validate";
import { buildWorkbookPlan } from "../workbook/plan";
import { renderXlsx } from "../workbook/render-xlsx";

/**
 * `npm run workbook -- --preset base --out alibaba-capex.xlsx`: the scenario workbook as an .xlsx file, without Excel.
 *
 * Every scenario input is an option; values are taken from a preset (default "base"), then a scenario file, then the
 * options, in that order. Bad arguments print one line on stderr and exit with code 2, and leave no file. The file is
 * written by the tools' one atomic writer (`atomic-write.ts`), so a half-written file never has the real name.
 */

const EXIT_OK = 0;
const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

class UsageError extends Error {}

export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

const defaultIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** What an option's value looks like, after the field's label in --help. */
function hint(field: InputField): string {
  if (field.kind === "weights") return " (comma-separated)";
  if (field.kind === "choice") return ` (${(field.choices ?? []).join(", ")})`;
  return isNumeric(field) ? " (number; 11% or 0.11 for rates)" : "";
}

export function usage(registry: FieldRegistry = INPUTS): string {
  const width = Math.max(...registry.fields.map((f) => cliOptionOf(f).length)) + 2;
  const fieldLines = registry.fields.map(
    (field) => `  --${cliOptionOf(field).padEnd(width)} ${labelOf(field, registry)}${hint(field)}`,
  );
  return [
    "Usage: npm run workbook -- [--preset base|bull|bear] [--scenario file.json] [--<input> value ...] " +
      "[--language en|de] --out file.xlsx",
    "",
    "Writes the scenario workbook (inputs, capex, cloud revenue, payback, benchmarks, checks) to an .xlsx file.",
    "Inputs come from the preset, then the scenario file, then the options below, each overriding the one before.",
    "",
    `  --${"preset".padEnd(width)} ${PRESET_IDS.join(", ")} (default: base)`,
    `  --${"scenario".padEnd(width)} a scenario saved by the task pane (JSON); give it again for more scenarios side by`,
    `    ${"".padEnd(width)} side on Inputs (the first is the one built and active; the options edit it)`,
    `  --${"out".padEnd(width)} where to write the workbook (default: alibaba-capex.xlsx)`,
    `  --${"language".padEnd(width)} ${LANGUAGES.join(", ")}: the workbook's texts and sheet names, and the preset's (default: en)`,
    `  --${"help".padEnd(width)} this text`,
    "",
    "Scenario inputs:",
    ...fieldLines,
    "",
    "Exit codes: 0 written, 2 bad arguments or inputs (nothing written), 1 could not write the file.",
  ].join("\n");
}

/** A decimal number as people write one ("11", "-5", "0.11", "1e3"); not "0x1", "0b11", "Infinity" or "". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function parseNumber(option: string, text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  const value = DECIMAL.test(body) ? Number(body) : NaN;
  if (!Number.isFinite(value)) throw new UsageError(`--${option} must be a decimal number, got ${quoted(text)}`);
  return percent ? value / 100 : value;
}

/**
 * "--growth -5%" as "--growth=-5%": parseArgs reads a value that starts with "-" as another option ("ambiguous"),
 * but a negative number after an option that takes a value is that option's value.
 */
function joinNegativeValues(argv: readonly string[], valued: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    const name = argv[i].startsWith("--") && !argv[i].includes("=") ? argv[i].slice(2) : undefined;
    if (name !== undefined && valued.has(name) && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** The scenario file's text, read no further than the size limit (a device such as /dev/zero never ends). */
function readScenarioFile(file: string): string {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    throw new UsageError(`cannot read the scenario file ${quoted(file)}`);
  }
  try {
    const buffer = Buffer.alloc(MAX_SCENARIO_FILE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > MAX_SCENARIO_FILE_BYTES) {
      const limit = `${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MB`;
      throw new UsageError(`the scenario file ${quoted(file)} is larger than ${limit}; it is not a scenario`);
    }
    return buffer.subarray(0, length).toString("utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the scenario file ${quoted(file)}`);
  } finally {
    fs.closeSync(fd);
  }
}

interface Parsed {
  readonly help: boolean;
  readonly scenario: Scenario;
  /** Scenarios from the second and later --scenario files: columns beside the built one. */
  readonly others: readonly Scenario[];
  readonly out: string;
  readonly preset: PresetId;
  readonly language: Language;
}

/** A field's value from its option's text: numbers (rates also as "11%"), weights separated by commas, or text. */
function optionValue(field: InputField, option: string, raw: string): unknown {
  if (isNumeric(field)) return parseNumber(option, raw);
  if (field.kind === "weights") return raw.split(",").map((part) => parseNumber(option, part));
  return raw;
}

export function parseCommandLine(argv: readonly string[], registry: FieldRegistry = INPUTS): Parsed {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = {
    help: { type: "boolean" },
    preset: { type: "string" },
    scenario: { type: "string", multiple: true },
    out: { type: "string" },
    language: { type: "string" },
  };
  for (const field of registry.fields) options[cliOptionOf(field)] = { type: "string" };
  const valued = new Set(Object.keys(options).filter((name) => options[name].type === "string"));
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    const args = joinNegativeValues(argv, valued);
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(parserMessage(error));
  }
  const preset = (values.preset ?? "base") as string;
  if (!(PRESET_IDS as readonly string[]).includes(preset)) {
    throw new UsageError(`--preset must be one of ${PRESET_IDS.join(", ")}, got ${quoted(preset)}`);
  }
  const languageText = (values.language ?? "en") as string;
  const language = parseLanguage(languageText);
  if (language === undefined) {
    throw new UsageError(`--language must be one of ${LANGUAGES.join(", ")}, got ${quoted(languageText)}`);
  }
  if (values.help) {
    const scenario = presetScenario(preset as PresetId);
    return { help: true, scenario, others: [], out: "", preset: preset as PresetId, language };
  }

  let scenario: Scenario = presetScenario(preset as PresetId, language);
  const files = ((values.scenario ?? []) as (string | boolean)[]).map(String);
  // The first file is the scenario the workbook is built from (the options below edit it, and it starts active); any
  // further file is another scenario column beside it, as it was saved.
  const loaded = files.map((file) => {
    const parsed = parseScenarioJson(readScenarioFile(file), registry);
    if (!parsed.ok) throw new UsageError(`${safeText(file)}: ${parsed.issues.map((i) => i.message).join(" ")}`);
    return parsed.scenario;
  });
  if (loaded.length > 0) scenario = loaded[0];
  const others = loaded.slice(1);

  const overrides: Record<string, unknown> = {};
  const optionOf = new Map<string, string>();
  for (const field of registry.fields) {
    const option = cliOptionOf(field);
    optionOf.set(field.key, option);
    const raw = values[option];
    if (typeof raw === "string") overrides[field.key] = optionValue(field, option, raw);
  }
  scenario = { ...withDefaults(scenario, registry), ...overrides } as Scenario;
  const issues = validateScenario(scenario, registry);
  if (issues.length > 0) {
    const optionFor = (field: string) => (field === "json" ? "scenario" : (optionOf.get(field) ?? field));
    throw new UsageError(issues.map((i) => `--${optionFor(i.field)}: ${i.message}`).join(" "));
  }

  const out = typeof values.out === "string" ? values.out : "alibaba-capex.xlsx";
  if (!out.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(`--out must name an .xlsx file, got ${quoted(out)}`);
  }
  const folder = path.dirname(path.resolve(out));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new UsageError(`--out: the folder ${quoted(path.dirname(out))} does not exist`);
  }
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new UsageError(`--out: ${quoted(out)} is a folder`);
  try {
    scenarioSet(scenario, others, language);
  } catch (error) {
    throw new UsageError(`--scenario: ${safeText((error as Error).message, 300)}`);
  }
  return { help: false, scenario, others, out, preset: preset as PresetId, language };
}

export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(messageLine(`workbook: ${error.message} (see --help)`));
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout(usage());
    return EXIT_OK;
  }
  const plan = buildWorkbookPlan(parsed.scenario, bundledDataset(), {
    language: parsed.language,
    scenarios: parsed.others,
  });
  const buffer = await renderXlsx(plan, ExcelJS);
  try {
    await writeFilesAtomically([{ path: parsed.out, data: new Uint8Array(buffer as ArrayBuffer) }]);
  } catch (error) {
    const reason = safeText(error instanceof Error ? error.message : "unknown error", 300);
    io.stderr(messageLine(`workbook: cannot write ${quoted(parsed.out)}: ${reason}`));
    return EXIT_FAILURE;
  }
  const { scenario } = parsed;
  io.stdout(
    `Wrote ${safeText(parsed.out, 300)}: ${plan.sheets.length} sheets, scenario ${quoted(scenario.name)}, ${scenario.horizon} years from ${scenario.firstYear}.`,
  );
  return EXIT_OK;
}

// Run only when started as a script (npm run workbook), not when a test imports the module.
if (typeof require !== "undefined" && require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${messageLine(`workbook: ${error instanceof Error ? error.message : String(error)}`)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}
