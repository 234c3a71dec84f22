import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as fc from "fast-check";
import { computeCase } from "../../src/core/model";
import { parseCommandLine, usage } from "../../src/cli/workbook";
import { FIELD_TEXT_DE } from "../../src/scenario/field-text-de";
import { FIELD_TEXT_EN } from "../../src/scenario/field-text-en";
import {
  cliOptionOf,
  INPUT_FIELDS,
  MAX_FIRST_YEAR,
  MAX_NAME_LENGTH,
  MIN_FIRST_YEAR,
  type InputField,
} from "../../src/scenario/fields";
import { parseScenarioJson, scenarioToJson } from "../../src/scenario/json";
import { presetScenario, PRESET_IDS } from "../../src/scenario/presets";
import type { Scenario } from "../../src/scenario/types";
import { INPUTS, validateFields, validateScenario, type FieldRegistry } from "../../src/scenario/validate";
import { checkField, displayValue, formFields, NUMERIC_FIELDS, numericFields } from "../../src/taskpane/fields";
import { makeLocale } from "../../src/taskpane/i18n";
import { EN } from "../../src/taskpane/messages-en";
import { DE } from "../../src/taskpane/messages-de";
import { PaneController } from "../../src/taskpane/controller";
import { scenarioAdapter } from "../../src/taskpane/scenario-adapter";
import type { WorkbookSeam } from "../../src/taskpane/seam";
import { fieldSections } from "../../src/workbook/sheets/inputs";
import { FMT } from "../../src/workbook/sheets/layout";
import { testLocale } from "../taskpane/locale";

const fieldTexts = (texts: typeof FIELD_TEXT_EN) => texts.fields as Readonly<Record<string, { label: string }>>;

/**
 * A field as issue 12 will add them: optional in saved files, with a default that applies to files from before it.
 * It exists only here, to show that one entry plus its words reaches every consumer.
 */
const FAKE: InputField = {
  key: "infraShareTest",
  kind: "rate",
  unit: "percent",
  min: { value: 0, inclusive: true },
  max: { value: 1, inclusive: true },
  default: 0.25,
  numberFormat: "rate",
  workbookName: "InfraShareTest",
  textKey: "infraShareTest",
  sheet: { section: "cloud" },
  form: { group: "cloud" },
};
const FAKE_TEXT = { label: "Infrastructure share", help: "Of the capex.", note: "Assumed for the test." };
const REGISTRY: FieldRegistry = {
  fields: [...INPUT_FIELDS, FAKE],
  text: { ...FIELD_TEXT_EN, fields: { ...FIELD_TEXT_EN.fields, infraShareTest: FAKE_TEXT } },
};

/** A scenario saved before the fake field existed. */
const OLD_FILE = scenarioToJson(presetScenario("base"));

describe("the input registry", () => {
  test("keys, CLI options and workbook names are unique; options derive from the keys", () => {
    const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
    expect(unique(INPUT_FIELDS.map((f) => f.key))).toBe(true);
    expect(unique(INPUT_FIELDS.map((f: InputField) => f.workbookName).filter(Boolean))).toBe(true);
    expect(cliOptionOf({ key: "capexTotal" })).toBe("capex-total");
    expect(cliOptionOf({ key: "targetPaybackYears" })).toBe("target-payback-years");
  });

  test("every field and form control has a label in English and German, and both languages have the same keys", () => {
    const controls = formFields().map((f) => f.form?.key ?? f.textKey);
    for (const texts of [FIELD_TEXT_EN, FIELD_TEXT_DE]) {
      for (const key of [...INPUT_FIELDS.map((f) => f.textKey), ...controls]) {
        expect([key, fieldTexts(texts)[key]?.label]).toEqual([key, expect.stringMatching(/\S/)]);
      }
    }
    expect(Object.keys(FIELD_TEXT_DE.fields).sort()).toEqual(Object.keys(FIELD_TEXT_EN.fields).sort());
    expect(Object.keys(FIELD_TEXT_DE.units).sort()).toEqual(Object.keys(FIELD_TEXT_EN.units).sort());
    // The pane's messages carry the same words: one wording per language.
    expect(EN.fields).toBe(FIELD_TEXT_EN.fields);
    expect(DE.fields).toBe(FIELD_TEXT_DE.fields);
  });

  test("one wording: the Inputs sheet, validation, the CLI and the pane name a field alike", () => {
    const sheetLabels = fieldSections().flatMap((s) => s.entries.map((e) => e.label));
    expect(sheetLabels).toContain("Base-year cloud revenue");
    const issue = validateScenario({ ...presetScenario("base"), baseRevenue: -1 })[0];
    expect(issue.message).toMatch(/^Base-year cloud revenue must/);
    expect(usage()).toMatch(/--base-revenue\s+Base-year cloud revenue \(number/);
    expect(EN.fields.baseRevenue.label).toBe("Base-year cloud revenue");
  });

  test("every preset sets every field that has no default", () => {
    for (const id of PRESET_IDS) {
      const preset = presetScenario(id) as unknown as Record<string, unknown>;
      for (const field of INPUT_FIELDS as readonly InputField[]) {
        if (field.default === undefined && !field.optional)
          expect([field.key, preset[field.key]]).not.toContain(undefined);
      }
    }
  });

  test("the first-year bounds and the name limit are the same for validation, the core and the pane", () => {
    const base = presetScenario("base");
    const at = (firstYear: number) => validateScenario({ ...base, firstYear }).map((i) => i.field);
    expect([at(MIN_FIRST_YEAR), at(MAX_FIRST_YEAR)]).toEqual([[], []]);
    expect([at(MIN_FIRST_YEAR - 1), at(MAX_FIRST_YEAR + 1)]).toEqual([["firstYear"], ["firstYear"]]);
    expect(() => computeCase({ ...base, firstYear: MIN_FIRST_YEAR - 1 })).toThrow(/first_year/);
    const firstYear = NUMERIC_FIELDS.find((f) => f.key === "firstYear")!;
    const locale = testLocale("en-US");
    expect(checkField(firstYear, String(MAX_FIRST_YEAR), {}, locale).ok).toBe(true);
    expect(checkField(firstYear, String(MAX_FIRST_YEAR + 1), {}, locale).ok).toBe(false);

    const longest = "n".repeat(MAX_NAME_LENGTH);
    expect(validateScenario({ ...base, name: longest })).toEqual([]);
    expect(validateScenario({ ...base, name: `${longest}n` }).map((i) => i.message)).toEqual([
      `Scenario name must be at most ${MAX_NAME_LENGTH} characters.`,
    ]);
    const seam = {} as WorkbookSeam<Scenario>;
    const pane = new PaneController(scenarioAdapter([{ id: "base", scenario: base }]), seam, locale);
    pane.setName(longest);
    expect(pane.current.errors.name).toBeUndefined();
    pane.setName(`${longest}n`);
    expect(pane.current.errors.name).toBe(`Use at most ${MAX_NAME_LENGTH} characters.`);
  });

  test("the pane and validation agree on every number field's own bounds (property)", () => {
    const locale = testLocale("en-US");
    const own = NUMERIC_FIELDS.filter((f) => f.maxField === undefined && f.offsetField === undefined);
    const byKey = new Map((INPUT_FIELDS as readonly InputField[]).map((f) => [f.key, f]));
    // Each field's bounds as typed (percentages for rates), and numbers just either side of them.
    const edges = (field: (typeof own)[number]) =>
      [field.min?.value, field.max?.value]
        .filter((b): b is number => b !== undefined)
        .map((b) => (field.percent ? b * 100 : b))
        .flatMap((b) => [b - 1, b - 0.5, b, b + 0.5, b + 1]);
    const cases = fc.constantFrom(...own).chain((field) =>
      fc.tuple(
        fc.constant(field),
        fc.oneof(
          fc.constantFrom(...edges(field)),
          fc.integer({ min: -300, max: 12_000 }),
          fc.integer({ min: -1200, max: 1200 }).map((i) => i / 8),
        ),
      ),
    );
    fc.assert(
      fc.property(cases, ([field, typed]) => {
        const stored = field.percent ? typed / 100 : typed;
        const pane = checkField(field, String(typed), {}, locale).ok;
        const issues = validateFields({ [field.key]: stored }, { ...INPUTS, fields: [byKey.get(field.key)!] });
        expect([field.key, typed, pane]).toEqual([field.key, typed, issues.length === 0]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("one entry reaches every consumer (a fake optional field with a default)", () => {
  test("saved JSON: a file from before the field gets the default; a set value is kept and checked", () => {
    const old = parseScenarioJson(OLD_FILE, REGISTRY);
    expect(old.ok && (old.scenario as unknown as Record<string, unknown>).infraShareTest).toBe(0.25);
    const set = JSON.stringify({ ...JSON.parse(OLD_FILE), infraShareTest: 0.4 });
    const parsed = parseScenarioJson(set, REGISTRY);
    expect(parsed.ok && (parsed.scenario as unknown as Record<string, unknown>).infraShareTest).toBe(0.4);
    if (parsed.ok) expect(JSON.parse(scenarioToJson(parsed.scenario, REGISTRY)).infraShareTest).toBe(0.4);
    const bad = parseScenarioJson(JSON.stringify({ ...JSON.parse(OLD_FILE), infraShareTest: 1.5 }), REGISTRY);
    expect(bad).toEqual({
      ok: false,
      issues: [{ field: "infraShareTest", message: "Infrastructure share must be from 0% to 100% (30% is 0.3)." }],
    });
    const text = parseScenarioJson(JSON.stringify({ ...JSON.parse(OLD_FILE), infraShareTest: "x" }), REGISTRY);
    expect(!text.ok && text.issues[0].message).toBe("Infrastructure share must be a number.");
    // Without the entry, the field is unknown: the registry is what the reader accepts.
    expect(parseScenarioJson(set).ok).toBe(false);
  });

  test("the CLI: an option with its label in --help, parsed as a rate, the default when not given", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-registry-"));
    try {
      const out = path.join(dir, "x.xlsx");
      expect(usage(REGISTRY)).toMatch(/--infra-share-test\s+Infrastructure share \(number; 11% or 0.11 for rates\)/);
      const given = parseCommandLine(["--infra-share-test", "40%", "--out", out], REGISTRY);
      expect((given.scenario as unknown as Record<string, unknown>).infraShareTest).toBe(0.4);
      const omitted = parseCommandLine(["--out", out], REGISTRY);
      expect((omitted.scenario as unknown as Record<string, unknown>).infraShareTest).toBe(0.25);
      expect(() => parseCommandLine(["--infra-share-test", "150%", "--out", out], REGISTRY)).toThrow(
        /--infra-share-test: Infrastructure share must be from 0% to 100% \(30% is 0.3\)/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the Inputs sheet: a row in its section with label, unit, number format, defined name and note", () => {
    const cloud = fieldSections(REGISTRY).find((s) => s.heading === "Cloud business")!;
    const row = cloud.entries[cloud.entries.length - 1];
    const scenario = presetScenario("base");
    expect([row.id, row.label, row.unit, row.numberFormat, row.name]).toEqual([
      "infraShareTest",
      "Infrastructure share",
      "%",
      FMT.rate,
      "InfraShareTest",
    ]);
    expect([row.value(scenario), row.note(scenario)]).toEqual([0.25, "Assumed for the test."]);
  });

  test("the pane's form: a percentage field in its group, with its words from the messages", () => {
    const field = numericFields(REGISTRY.fields).find((f) => f.key === "infraShareTest")!;
    expect(field).toMatchObject({ group: "cloud", percent: true, whole: false, unit: "percent" });
    const messages = { ...EN, fields: { ...EN.fields, infraShareTest: FAKE_TEXT } };
    const locale = makeLocale("en-US", messages);
    expect(displayValue(field, 0.25, locale)).toBe("25");
    expect(checkField(field, "40", {}, locale)).toEqual({ ok: true, value: 0.4 });
    expect(checkField(field, "150", {}, locale)).toEqual({ ok: false, message: "Enter a value from 0 % to 100 %." });
    expect(locale.text.fields[field.textKey].label).toBe("Infrastructure share");
  });
});
