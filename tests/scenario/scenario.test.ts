import { withDefaults } from "../../src/scenario/json";
import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { computeCase } from "../../src/core/model";
import {
  CLOUD_REVENUE_2024,
  DEFAULT_HORIZON,
  FIELD_LABELS,
  parseScenarioJson,
  PRESET_IDS,
  PRESETS,
  presetScenario,
  scenarioFromObject,
  scenarioToJson,
  toCaseInputs,
  validateScenario,
  type Scenario,
} from "../../src/scenario";
import { scenarioArbitrary } from "./arbitrary";

const base = (): Scenario => presetScenario("base");
const fieldsOf = (s: Scenario) => validateScenario(s).map((i) => i.field);

describe("presets", () => {
  test.each(PRESET_IDS)("%s is valid and computes", (id) => {
    expect(validateScenario(presetScenario(id))).toEqual([]);
    expect(() => computeCase(toCaseInputs(presetScenario(id)))).not.toThrow();
  });

  test("base is the announced plan: RMB 380 bn over three years, about USD 53 bn at the headline rate", () => {
    const s = base();
    expect(s.capexTotal).toBe(380);
    expect(s.capexYears).toBe(3);
    expect(s.capexTotal / s.fx).toBeCloseTo(53, 0);
    expect(s.horizon).toBe(DEFAULT_HORIZON);
    expect(s.growth).toBe(0.11);
    expect(s.fxSource).toMatch(/Xinhua/);
  });

  test("base revenue is calendar 2024: the four quarters of market-facts 1b, and the source names them", () => {
    // Q1-Q4 2024 from the fact sheet, RMB bn.
    const quarters = [25.595, 26.5, 29.61, 31.742];
    expect(CLOUD_REVENUE_2024).toBeCloseTo(quarters[0] + quarters[1] + quarters[2] + quarters[3], 9);
    for (const id of PRESET_IDS) expect(presetScenario(id).baseRevenue).toBe(CLOUD_REVENUE_2024);
    expect(base().baseRevenueSource).toContain("113.447");
    for (const q of ["25.595", "26.5", "29.610", "31.742"]) expect(base().baseRevenueSource).toContain(q);
  });

  test("every preset explains every number it sets", () => {
    const numeric = (Object.keys(FIELD_LABELS) as (keyof Scenario)[]).filter((f) => typeof base()[f] === "number");
    for (const id of PRESET_IDS) {
      for (const field of numeric) expect(PRESETS[id].rationale[field]).toEqual(expect.stringMatching(/\S/));
    }
  });

  test("bull pays back sooner than base, bear no sooner than base", () => {
    const simple = (id: "base" | "bull" | "bear") => computeCase(toCaseInputs(presetScenario(id))).simplePayback;
    const asYear = (o: ReturnType<typeof simple>) => (o.kind === "year" ? o.year : Infinity);
    expect(asYear(simple("bull"))).toBeLessThan(asYear(simple("base")));
    expect(asYear(simple("bear"))).toBeGreaterThanOrEqual(asYear(simple("base")));
  });

  test("presetScenario returns a copy", () => {
    const s = presetScenario("base") as { capexTotal: number };
    s.capexTotal = 1;
    expect(presetScenario("base").capexTotal).toBe(380);
  });
});

describe("validateScenario", () => {
  test.each<[string, Partial<Record<keyof Scenario, unknown>>, keyof Scenario, RegExp]>([
    ["negative capex", { capexTotal: -1 }, "capexTotal", /Capex total must be from 0 to 1,000,000 \(RMB bn\)/],
    ["capex years beyond horizon", { capexYears: 11 }, "capexYears", /must not exceed the horizon \(10 years\)/],
    ["fractional capex years", { capexYears: 2.5 }, "capexYears", /whole number from 1 to 10/],
    ["horizon above 50", { horizon: 51 }, "horizon", /Horizon must be a whole number from 1 to 50/],
    ["horizon 0", { horizon: 0 }, "horizon", /from 1 to 50/],
    ["unknown profile", { profile: "zigzag" }, "profile", /one of "even", "front", "back", "scurve", "custom"/],
    ["custom without weights", { profile: "custom" }, "customWeights", /required with the "custom" profile/],
    ["custom weights too short", { profile: "custom", customWeights: [1, 2] }, "customWeights", /exactly 3/],
    ["custom weights all zero", { profile: "custom", customWeights: [0, 0, 0] }, "customWeights", /positive sum/],
    ["negative weight", { customWeights: [1, -1, 1] }, "customWeights", /0 or more/],
    [
      "growth at -100%",
      { growth: -1 },
      "growth",
      /Growth with the investment, first year must be from -99% to 1,000% a year \(30% is 0.3\)/,
    ],
    ["margin above 1", { margin: 1.5 }, "margin", /from 0% to 100% \(30% is 0.3\)/],
    ["zero exchange rate", { fx: 0 }, "fx", /from 0.001 to 10,000 \(CNY per USD\)/],
    ["first year out of range", { firstYear: 1800 }, "firstYear", /from 1900 to 9999/],
    ["target payback 0", { targetPaybackYears: 0 }, "targetPaybackYears", /above 0 and at most 50/],
    ["number as text", { capexTotal: "380" }, "capexTotal", /must be a number/],
    ["empty name", { name: "  " }, "name", /must not be empty/],
    ["NaN discount", { discountRate: NaN }, "discountRate", /from -50% to 100% a year/],
    // The bounds an analyst accepts keep every computed number finite (issue 16: these made NaN and Infinity).
    ["baseline growth 1e300", { baselineGrowth: 1e300 }, "baselineGrowth", /from -99% to 1,000% a year/],
    ["base revenue 1e300", { baseRevenue: 1e300 }, "baseRevenue", /from 0 to 1,000,000 \(RMB bn\)/],
    ["discount rate near -100%", { discountRate: -0.999999999 }, "discountRate", /from -50% to 100% a year/],
    ["discount rate 1e10", { discountRate: 1e10 }, "discountRate", /from -50% to 100% a year/],
    ["denormal exchange rate", { fx: 1e-320 }, "fx", /from 0.001 to 10,000/],
    ["description longer than a cell may hold", { description: "x".repeat(40_001) }, "description", /at most 4000/],
    ["fx source of 100 KB", { fxSource: "x".repeat(100_000) }, "fxSource", /at most 1000 characters/],
  ])("%s", (_, change, field, message) => {
    const issues = validateScenario({ ...base(), ...change } as Scenario);
    expect(issues.map((i) => i.field)).toEqual([field]);
    expect(issues[0].message).toMatch(message);
  });

  test("reports every bad field at once, in field order", () => {
    expect(fieldsOf({ ...base(), capexTotal: -1, margin: 2, fx: -3 })).toEqual(["capexTotal", "fx", "margin"]);
  });

  test("weights are kept, unchecked for length, when the profile is not custom", () => {
    expect(validateScenario({ ...base(), customWeights: [1, 2, 3, 4, 5] })).toEqual([]);
    expect(toCaseInputs({ ...base(), customWeights: [1, 2, 3] }).customWeights).toBeUndefined();
    expect(toCaseInputs({ ...base(), profile: "custom", customWeights: [1, 2, 3] }).customWeights).toEqual([1, 2, 3]);
  });

  test("an overflowing projection is reported on its fields", () => {
    // Out of the fields' bounds, each field says so; the projection's own overflow check stays as a last line.
    const issues = validateScenario({ ...base(), baseRevenue: 1e300, growth: 1e10, horizon: 50 });
    expect(issues.map((i) => i.field)).toEqual(["baseRevenue", "growth"]);
  });

  test("generated scenarios are valid", () => {
    fc.assert(fc.property(scenarioArbitrary, (s) => validateScenario(s).length === 0));
  });
});

describe("JSON", () => {
  test("round trip of every preset and of generated scenarios", () => {
    for (const id of PRESET_IDS) {
      const preset = presetScenario(id);
      expect(parseScenarioJson(scenarioToJson(preset))).toEqual({ ok: true, scenario: withDefaults(preset) });
    }
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const parsed = parseScenarioJson(scenarioToJson(s));
        expect(parsed).toEqual({ ok: true, scenario: withDefaults(s) });
      }),
      { numRuns: 50 },
    );
  });

  test("the file says what it is", () => {
    const data = JSON.parse(scenarioToJson(base()));
    expect(data.format).toBe("cloud-capex-scenario");
    expect(data.version).toBe(2);
  });

  test("version 2 carries the risk block, nested as model.md writes it; version 1 files load with its defaults", () => {
    const withRisk = { ...base(), riskTrials: 500, riskSeed: 7, riskGrowthBelow: 0.03, riskCapexAbove: 0.4 };
    const data = JSON.parse(scenarioToJson(withRisk));
    expect(data.risk).toMatchObject({ trials: 500, seed: 7, spreads: { growth: [0.03, 0.1], capexTotal: [0, 0.4] } });
    expect(data.riskTrials).toBeUndefined();
    const back = scenarioFromObject(data);
    expect(back.ok && back.scenario).toMatchObject({ riskTrials: 500, riskSeed: 7, riskGrowthBelow: 0.03 });
    const versionOne: Record<string, unknown> = { ...data, version: 1 };
    delete versionOne.risk;
    const old = scenarioFromObject(versionOne);
    expect(old.ok && old.scenario).toMatchObject({ riskTrials: 1000, riskSeed: 2025, riskCapexAbove: 0.25 });
  });

  test("an unknown key inside the risk block, or a spread that draws the impossible, is a problem with a field", () => {
    const data = JSON.parse(scenarioToJson(base()));
    const odd = { ...data, risk: { ...data.risk, spreads: { ...data.risk.spreads, volume: [0, 1] } } };
    const parsed = scenarioFromObject(odd);
    expect(!parsed.ok && parsed.issues[0].message).toMatch(/Unknown field: risk\.spreads\.volume/);
    const deep = scenarioFromObject({
      ...data,
      risk: { ...data.risk, spreads: { ...data.risk.spreads, growth: [2, 0] } },
    });
    expect(!deep.ok && deep.issues.map((i) => i.field)).toEqual(["riskGrowthBelow"]);
    const crossing = validateScenario({ ...base(), growth: -0.9, riskGrowthBelow: 0.2 });
    expect(crossing).toEqual([{ field: "riskGrowthBelow", message: expect.stringMatching(/-100%/) }]);
  });

  test("bad JSON gives one clear issue", () => {
    const parsed = parseScenarioJson("{ capexTotal: 380");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toHaveLength(1);
      expect(parsed.issues[0].field).toBe("json");
      expect(parsed.issues[0].message).toMatch(/not valid JSON/);
    }
  });

  test.each<[string, unknown, RegExp]>([
    ["an array", [], /JSON object/],
    ["null", null, /JSON object/],
    ["another format", { format: "something-else" }, /not a scenario file/],
    ["a later version", { ...JSON.parse(scenarioToJson(base())), version: 3 }, /version 3 are not supported/],
    ["a misspelt field", { ...JSON.parse(scenarioToJson(base())), captexTotal: 1 }, /Unknown field: captexTotal/],
  ])("refuses %s", (_, data, message) => {
    const parsed = scenarioFromObject(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0].message).toMatch(message);
  });

  test("names each missing field", () => {
    const data = JSON.parse(scenarioToJson(base()));
    delete data.growth;
    delete data.margin;
    const parsed = scenarioFromObject(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.field)).toEqual(["growth", "margin"]);
      expect(parsed.issues[0].message).toMatch(/Growth with the investment, first year is missing/);
    }
  });

  test("fills optional fields with their defaults", () => {
    const data = JSON.parse(scenarioToJson(base()));
    delete data.horizon;
    delete data.fx;
    delete data.description;
    const parsed = scenarioFromObject(data);
    expect(parsed.ok && parsed.scenario.horizon).toBe(DEFAULT_HORIZON);
    expect(parsed.ok && parsed.scenario.fx).toBe(base().fx);
  });

  test("out-of-range values come back per field", () => {
    const parsed = parseScenarioJson(scenarioToJson({ ...base(), discountRate: -2, horizon: 60 }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.field)).toEqual(["horizon", "discountRate"]);
  });
});

test("the scenario module stays light: no Office, no full zod, nothing outside the core", () => {
  const dir = path.join(__dirname, "../../src/scenario");
  for (const file of fs.readdirSync(dir)) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec).toMatch(/^(\.\/|\.\.\/core\/)/);
    expect(source).not.toMatch(/\bOffice\.|\bExcel\./);
  }
});
