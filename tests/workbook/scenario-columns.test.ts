import ExcelJS from "exceljs";
import { PRESET_IDS, presetScenario } from "../../src/scenario/presets";
import type { Scenario } from "../../src/scenario/types";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { SheetPlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { MAX_SCENARIOS, scenarioSet, STRUCTURAL_FIELDS } from "../../src/workbook/scenario-set";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { evaluatePlan, expectCachedValuesMatch, formulaCells } from "../helpers/evaluate-plan";

/** model.md, "Scenarios side by side": the presets and the built scenario as columns on Inputs, one of them active. */

const base = presetScenario("base");
const bull = presetScenario("bull");
const bear = presetScenario("bear");
const own: Scenario = { ...base, name: "My case", capexTotal: 420, growth: 0.25 };

const inputsOf = (plan: WorkbookPlan): SheetPlan => plan.sheets.find((s) => s.key === "inputs")!;
const nameRange = (plan: WorkbookPlan) => plan.names.find((n) => n.name === "ScenarioNames")!.range;

describe("scenarioSet", () => {
  it("carries the three presets, with the built scenario in place of the preset it is", () => {
    const set = scenarioSet(bull);
    expect(set.scenarios.map((s) => s.name)).toEqual(PRESET_IDS.map((id) => presetScenario(id).name));
    expect(set.active).toBe(1);
    expect(set.scenarios[1]).toBe(bull);
  });

  it("puts a scenario of its own after the presets, and others after it", () => {
    const other = { ...bear, name: "Other" };
    const set = scenarioSet(own, [other]);
    expect(set.scenarios.map((s) => s.name)).toEqual([base.name, bull.name, bear.name, "My case", "Other"]);
    expect(set.active).toBe(3);
  });

  it("takes a preset's place for a scenario named as the preset in another language", () => {
    const set = scenarioSet(presetScenario("bear"), [], "de");
    expect(set.scenarios).toHaveLength(3);
    expect(set.scenarios[2].name).toBe(bear.name);
    expect(set.scenarios[0].name).toBe(presetScenario("base", "de").name);
  });

  it("gives every column the built scenario's timeline, trials and seed", () => {
    const built = { ...own, horizon: 14, riskTrials: 250, riskSeed: 7 };
    for (const scenario of scenarioSet(built).scenarios) {
      for (const field of STRUCTURAL_FIELDS) expect(scenario[field]).toBe(built[field]);
    }
  });

  it("leaves out a preset the built scenario's timeline cannot hold", () => {
    const short = { ...own, horizon: 2, capexYears: 1, targetPaybackYears: 1 };
    expect(scenarioSet(short).scenarios.map((s) => s.name)).toEqual(["My case"]);
  });

  it("refuses two scenarios of one name, one that does not fit, and more than the limit", () => {
    expect(() => scenarioSet(own, [{ ...bear, name: " my case " }])).toThrow(/Two scenarios are named "my case"/);
    expect(() => scenarioSet({ ...own, horizon: 2, capexYears: 1 }, [{ ...bear, name: "B" }])).toThrow(
      /Scenario "B" cannot sit beside "My case"/,
    );
    const many = Array.from({ length: MAX_SCENARIOS - 3 }, (_, i) => ({ ...bear, name: `S${i}` }));
    expect(() => scenarioSet(own, many)).toThrow(`at most ${MAX_SCENARIOS} scenarios`);
    expect(scenarioSet(own, many.slice(1)).scenarios).toHaveLength(MAX_SCENARIOS);
  });
});

describe("the Inputs sheet's scenario columns", () => {
  const plan = buildWorkbookPlan(own, undefined, { scenarios: [{ ...bear, name: "Stress", margin: 0.15 }] });
  const ev = evaluatePlan(plan);

  it("starts with the built scenario active and a list of the scenario names on the selector", () => {
    expect(ev.value("inputs", "C9")).toBe("My case");
    expect(ev.value("inputs", "C10")).toBe(4);
    expect(inputsOf(plan).validations).toEqual([expect.objectContaining({ range: "C9", list: nameRange(plan) })]);
    expect(nameRange(plan)).toBe("$F$12:$J$12");
    expect(["F", "G", "H", "I", "J"].map((c) => ev.value("inputs", `${c}7`))).toEqual([
      base.name,
      bull.name,
      bear.name,
      "My case",
      "Stress",
    ]);
  });

  it("takes every scenario input in column C from the active scenario's column", () => {
    const capex = plan.names.find((n) => n.name === "CapexTotal")!;
    const row = Number(capex.range.replace(/\D/g, ""));
    expect(ev.value("inputs", `C${row}`)).toBe(420);
    ev.set("inputs", "C9", "Stress");
    expect(ev.value("inputs", `C${row}`)).toBe(bear.capexTotal);
    ev.set("inputs", "C9", "My case");
  });

  it("names the active scenario in row 3 of every sheet that prints titles, live, as the print header cannot", () => {
    const titled = plan.sheets.filter((sheet) => sheet.print?.titleRows !== undefined);
    expect(titled.map((sheet) => sheet.print?.titleRows)).toEqual(
      titled.map(() => expect.stringMatching(/^\$1:\$[35]$/)),
    );
    const shown = () => titled.map((sheet) => ev.value(sheet.key, "C3"));
    expect(shown()).toEqual(titled.map(() => "My case"));
    ev.set("inputs", "C9", "Stress");
    expect(shown()).toEqual(titled.map(() => "Stress"));
    expect(titled[0].print?.header.left).toBe("Built from scenario: My case");
    ev.set("inputs", "C9", "My case");
  });

  it("fails its check, and leaves the inputs empty, for a name that is not in the list", () => {
    ev.set("inputs", "C9", "Nobody");
    expect(ev.value("checks", "C2")).toBe(false);
    ev.set("inputs", "C9", "My case");
    expect(ev.value("checks", "C2")).toBe(true);
  });

  it("writes the drop-down through Office.js: a list with its prompt and a stop alert", async () => {
    const excel = new ExcelDouble();
    await excel.run((context) => renderPlanToWorkbook(asExcelContext(context), () => plan));
    const [validation] = excel.sheet(inputsOf(plan).name).validations;
    expect(validation).toMatchObject({
      box: { r0: 8, c0: 2, r1: 8, c1: 2 },
      rule: { list: { inCellDropDown: true, source: "=$F$12:$J$12" } },
      prompt: { showPrompt: true, message: "Pick the scenario the workbook computes." },
      errorAlert: { showAlert: true, style: "Stop" },
    });
  });

  it("writes the drop-down into the .xlsx with its list", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(plan, ExcelJS)) as ArrayBuffer);
    const validation = book.getWorksheet(inputsOf(plan).name)!.getCell("C9").dataValidation;
    expect(validation).toMatchObject({ type: "list", formulae: ["$F$12:$J$12"], showErrorMessage: true });
  });
});

describe("switching ActiveScenario", () => {
  it.each(PRESET_IDS.filter((id) => id !== "base"))(
    "in HyperFormula, reproduces every formula of the %s preset's own build",
    (id) => {
      const built = buildWorkbookPlan(base);
      const ev = evaluatePlan(built);
      ev.set("inputs", "C9", presetScenario(id).name);
      const own = buildWorkbookPlan(presetScenario(id));
      expect(formulaCells(own).length).toBe(formulaCells(built).length);
      expectCachedValuesMatch(own, ev);
      ev.set("inputs", "C9", base.name);
      expectCachedValuesMatch(built, ev);
    },
  );
});
