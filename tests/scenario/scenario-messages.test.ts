import * as fc from "fast-check";
import {
  INPUT_FIELDS,
  localizeIssues,
  localizeScenarioMessage,
  MAX_SCENARIO_FILE_BYTES,
  parseScenarioJson,
  presetScenario,
  SCENARIO_MESSAGES_DE,
  scenarioToJson,
  validateFields,
  validateScenario,
} from "../../src/scenario";
import { Translator } from "../../src/scenario/text-catalog";

/** Every message validation and a scenario file can produce, in German. */

const base = presetScenario("base") as unknown as Record<string, unknown>;

const BAD_VALUES: readonly unknown[] = [
  "x",
  "",
  "y".repeat(200),
  -5,
  -1,
  -2,
  0,
  0.5,
  2.5,
  1e9,
  Infinity,
  NaN,
  [1, 2],
  [1, -1, 1],
  [0, 0, 0],
  [1, 2, 3, 4],
  ["a"],
  [Infinity, 1, 1],
  null,
  true,
];

/** Messages from every field given every bad value, with the custom profile (so that weights are checked) and without. */
function validationMessages(): string[] {
  const messages = new Set<string>();
  for (const profile of ["even", "custom"]) {
    for (const field of INPUT_FIELDS) {
      for (const value of BAD_VALUES) {
        const record = { ...base, profile, customWeights: [1, 1, 1], [field.key]: value };
        for (const issue of validateFields(record)) messages.add(issue.message);
      }
    }
  }
  for (const issue of validateFields({ ...base, profile: "custom", customWeights: undefined })) {
    messages.add(issue.message);
  }
  const overflowing = { ...presetScenario("base"), growth: 1e8, terminalGrowth: 1e8, horizon: 50 };
  for (const issue of validateScenario(overflowing)) messages.add(issue.message);
  // The core's checks of a whole scenario, which validation passes on: a tornado step and a risk spread that each
  // field's bounds allow, but that take their input too far from where it stands.
  for (const whole of [
    { discountRate: -0.5, tornadoDiscountRateStep: 0.4999999, horizon: 50 },
    { terminalGrowth: -0.5, tornadoTerminalGrowthStep: 0.6 },
    { growth: -0.9, riskGrowthBelow: 0.2 },
  ]) {
    const issues = validateScenario({ ...presetScenario("base"), ...whole });
    expect(issues).toHaveLength(1);
    messages.add(issues[0].message);
  }
  return [...messages];
}

function fileMessages(): string[] {
  const withoutName = JSON.parse(scenarioToJson(presetScenario("base"))) as Record<string, unknown>;
  delete withoutName.name;
  const files = [
    "{ not json",
    "[1, 2]",
    JSON.stringify({ format: "something-else" }),
    JSON.stringify({ format: "cloud-capex-scenario", version: 99 }),
    JSON.stringify({ ...base, colour: "red" }),
    JSON.stringify({ ...base, colour: "red", size: 2 }),
    JSON.stringify(withoutName),
    // Issue 16: the size and nesting limits speak German too.
    " ".repeat(MAX_SCENARIO_FILE_BYTES + 1),
    `${"[".repeat(100)}${"]".repeat(100)}`,
  ];
  return files.flatMap((text) => {
    const parsed = parseScenarioJson(text);
    return parsed.ok ? [] : parsed.issues.map((i) => i.message);
  });
}

describe("the scenario's messages in German", () => {
  const messages = [...validationMessages(), ...fileMessages()];

  it("has a German text for every message (add the listed ones to src/scenario/scenario-messages.ts)", () => {
    const translator = new Translator(SCENARIO_MESSAGES_DE);
    expect(messages.filter((m) => translator.lookup(m) === undefined)).toEqual([]);
    expect(messages.length).toBeGreaterThan(20);
  });

  it("leaves no English label or phrase in them", () => {
    const english =
      / must | is missing|Unknown field|not valid|Capex total|Horizon\b|Discount rate|30% is|a year|points|share of plan|tornado step|spread|discountRate|\d%/;
    expect(messages.map((m) => localizeScenarioMessage(m, "de")).filter((m) => english.test(m))).toEqual([]);
  });

  it("uses every template of the catalog", () => {
    const translator = new Translator(SCENARIO_MESSAGES_DE);
    for (const m of messages) translator.lookup(m);
    expect(SCENARIO_MESSAGES_DE.templates.map((t) => t.en).filter((en) => !translator.usedTemplates.has(en))).toEqual(
      [],
    );
  });

  it("words known messages as a German reader expects", () => {
    const [horizon] = validateFields({ ...base, horizon: 99 });
    expect(localizeScenarioMessage(horizon.message, "de")).toBe("Horizont muss eine ganze Zahl von 1 bis 50 sein.");
    const parsed = parseScenarioJson(JSON.stringify({ ...base, colour: "red" }));
    expect(parsed.ok || localizeIssues(parsed.issues, "de")[0]).toEqual({
      field: "json",
      message: "Unbekanntes Feld: colour.",
    });
  });

  it("writes a rate's range, its unit and the figures as German does", () => {
    const [growth] = validateFields({ ...base, growth: 99 });
    expect(localizeScenarioMessage(growth.message, "de")).toBe(
      "Wachstum mit der Investition, erstes Jahr muss zwischen -99 % und 1.000 % pro Jahr liegen (30 % ist 0,3).",
    );
    const [step] = validateScenario({
      ...presetScenario("base"),
      discountRate: -0.5,
      tornadoDiscountRateStep: 0.4999999,
      horizon: 50,
    });
    expect(localizeScenarioMessage(step.message, "de")).toMatch(
      /^Der Tornado-Schritt für Diskontierungssatz führt auf -99,99999 %;/,
    );
  });

  it("keeps English as it is, and a message it does not know", () => {
    expect(localizeScenarioMessage("Horizon must be a number.", "en")).toBe("Horizon must be a number.");
    expect(localizeScenarioMessage("Something new happened.", "de")).toBe("Something new happened.");
  });

  it("translates whatever validation says about any record (property)", () => {
    const translator = new Translator(SCENARIO_MESSAGES_DE);
    const field = fc.constantFrom(...INPUT_FIELDS.map((f) => f.key));
    const value = fc.oneof(fc.constantFrom(...BAD_VALUES), fc.double(), fc.integer(), fc.string());
    fc.assert(
      fc.property(field, value, (key, v) => {
        for (const issue of validateFields({ ...base, [key]: v }))
          expect(translator.lookup(issue.message)).toBeDefined();
      }),
    );
  });
});
