import { PRESET_IDS, PRESETS, presetRationale, presetScenario, validateScenario } from "../../src/scenario";
import { parseLanguage } from "../../src/scenario/language";

describe("the presets in German", () => {
  it.each(PRESET_IDS)("%s: the same numbers as in English, its own words, and valid", (id) => {
    const en = presetScenario(id, "en");
    const de = presetScenario(id, "de");
    const words = ["name", "description", "baseRevenueSource", "fxSource"] as const;
    const numbersOf = (s: typeof en) =>
      Object.fromEntries(Object.entries(s).filter(([k]) => !(words as readonly string[]).includes(k)));
    expect(numbersOf(de)).toEqual(numbersOf(en));
    for (const key of words) expect(de[key]).not.toEqual(en[key]);
    expect(validateScenario(de)).toEqual([]);
  });

  it.each(PRESET_IDS)("%s: a German reason for every number the English preset explains", (id) => {
    const en = presetRationale(id, "en");
    const de = presetRationale(id, "de");
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(de[key]).not.toEqual(en[key]);
    expect(en).toBe(PRESETS[id].rationale);
  });

  it("gives English by default and a fresh object each time", () => {
    expect(presetScenario("base")).toEqual(PRESETS.base.scenario);
    expect(presetScenario("base", "de")).not.toBe(presetScenario("base", "de"));
  });

  it("knows its languages by name", () => {
    expect(parseLanguage("de")).toBe("de");
    expect(parseLanguage("en")).toBe("en");
    expect(parseLanguage("DE")).toBeUndefined();
    expect(parseLanguage("fr")).toBeUndefined();
  });
});
