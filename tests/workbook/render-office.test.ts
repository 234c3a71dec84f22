import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { renderPlanToWorkbook, retargetFormula, type RenderReport } from "../../src/workbook/render-office";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { STYLES, widthToPoints } from "../../src/workbook/styles";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { HOSTILE, samplePlan } from "./render-fixtures";

async function build(excel: ExcelDouble, makePlan = (names = {}) => samplePlan(names)): Promise<RenderReport> {
  return excel.run((context) => renderPlanToWorkbook(asExcelContext(context), makePlan));
}

describe("renderPlanToWorkbook", () => {
  it("writes the plan's sheets, cells, styles, tables, names and charts", async () => {
    const excel = new ExcelDouble();
    const report = await build(excel);
    expect(report).toEqual({
      sheetsWritten: 3,
      renamed: [],
      tablesRenamed: [],
      namesSkipped: [],
      namesRepointed: [],
      syncs: 4,
    });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Inputs", "Capex", "Checks"]);
    expect(excel.sheet("Capex").customProperties.get("capexAddin")).toBe("capex");

    expect(excel.cell("Capex", "C2")?.formula).toBe("=Inputs!$C$3/5*(1+Inputs!$C$4)^0");
    expect(excel.cell("Capex", "B2")?.formula).toBe("=SUM(C2:G2)");
    expect(excel.cell("Inputs", "C3")).toMatchObject({ value: 380, numberFormat: "#,##0.0" });
    expect(excel.cell("Inputs", "C3")?.format).toMatchObject({ fontColor: "#0000FF", fillColor: "#FFF2CC" });
    expect(excel.cell("Capex", "B3")?.format.fontColor).toBe(STYLES.link.fontColor);
    expect(excel.cell("Capex", "B2")?.format.borders.EdgeBottom.style).toBe("Double");
    expect(excel.sheet("Inputs").columnWidths.get(0)).toBe(widthToPoints(30));
    expect(excel.sheet("Inputs").freeze).toEqual({ rows: 2, columns: 1 });
    expect(excel.sheet("Capex").freeze).toEqual({ rows: 1, columns: 2 });

    expect(excel.model.tables.map((t) => [t.name, t.sheet.name, t.style])).toEqual([
      ["Sources", "Inputs", "TableStyleLight9"],
    ]);
    expect(excel.cell("Inputs", "C9")?.numberFormat).toBe("0.00");
    expect(excel.model.names.map((n) => [n.name, n.formula, n.comment])).toEqual([
      ["Capex_Total", "='Inputs'!$C$3", "Total capex budget"],
      ["Growth_Rate", "='Inputs'!$C$4", "Growth rate"],
    ]);
    const [cf] = excel.sheet("Checks").conditionalFormats;
    expect(cf).toMatchObject({ type: "CellValue", rule: { formula1: '="never"', operator: "EqualTo" } });
    const [chart] = excel.sheet("Capex").charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "Capex by year", top: "B6", bottom: "J20" });
    expect(chart.series).toEqual([{ name: "Capex", values: "=Capex!C2:G2", xValues: "=Capex!C1:G1" }]);
  });

  it("keeps hostile text as text in blocks, table headers and rows", async () => {
    const excel = new ExcelDouble();
    const plan = samplePlan();
    const hostileHeaders: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s.key === "inputs"
          ? { ...s, tables: s.tables.map((t) => ({ ...t, headers: ["=Provider", "@Note", "Value"] })) }
          : s,
      ),
    };
    await build(excel, () => hostileHeaders);
    const texts = [...excel.model.sheets.flatMap((s) => [...s.cells.values()])];
    expect(
      texts.filter((c) => c.formula !== null).every((c) => !HOSTILE.some((h) => c.formula?.includes(h.slice(1)))),
    ).toBe(true);
    expect(excel.cell("Inputs", "C5")).toMatchObject({ value: HOSTILE[0], formula: null });
    expect(excel.cell("Inputs", "A8")).toMatchObject({ value: "=Provider", formula: null });
    expect(excel.cell("Inputs", "B8")).toMatchObject({ value: "@Note", formula: null });
    const noteColumn = Array.from({ length: HOSTILE.length - 1 }, (_, i) => excel.cell("Inputs", `B${9 + i}`));
    expect(noteColumn.map((c) => c?.value)).toEqual(HOSTILE.slice(1));
    expect(noteColumn.every((c) => c?.formula === null)).toBe(true);
  });

  it("needs the same few syncs whatever the horizon, and suspends calculation while writing", async () => {
    const counts: number[] = [];
    for (const horizon of [1, 10, 50]) {
      const excel = new ExcelDouble();
      const report = await build(excel, (names = {}) => samplePlan(names, horizon));
      counts.push(excel.syncs);
      expect(report.syncs).toBe(excel.syncs);
      expect(excel.cell("Capex", "B2")?.formula).toBe(`=SUM(C2:${horizon === 1 ? "C" : horizon === 10 ? "L" : "AZ"}2)`);
      const writingBatches = excel.syncLog.filter((s) => s.writes > 0);
      expect(writingBatches.length).toBe(2);
      expect(writingBatches.every((s) => s.calculationSuspended)).toBe(true);
    }
    expect(counts).toEqual([4, 4, 4]);
  });

  it("rebuilds to the same workbook, with no duplicate sheets, tables or names", async () => {
    const excel = new ExcelDouble({ sheets: ["Notes"] });
    await build(excel);
    const first = excel.snapshot();
    await build(excel);
    await build(excel);
    expect(excel.snapshot()).toEqual(first);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Notes", "Inputs", "Capex", "Checks"]);
  });

  it("never touches a user's sheet, even one named like ours, and points formulas at the renamed sheet", async () => {
    const excel = new ExcelDouble({ sheets: ["Inputs", "Notes"] });
    await excel.run(async (context) => {
      const mine = context.workbook.worksheets.getItem("Inputs");
      mine.getRange("A1:B1").formulas = [["my own", "=Notes!A1"]];
      context.workbook.names.add("Mine", "=Inputs!$A$1");
      mine.tables.add("D1:E2", true).name = "Sources";
    });
    const userBefore = excel.snapshot().sheets.filter((s) => s.name === "Inputs" || s.name === "Notes");

    const report = await build(excel);
    expect(report.renamed).toEqual([{ key: "inputs", wanted: "Inputs", got: "Inputs (2)" }]);
    expect(report.tablesRenamed).toEqual([{ wanted: "Sources", got: "Sources_2" }]);
    await build(excel);
    const again = await build(excel);
    expect(again.renamed).toEqual(report.renamed);

    expect(excel.snapshot().sheets.filter((s) => s.name === "Inputs" || s.name === "Notes")).toEqual(userBefore);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Inputs", "Notes", "Inputs (2)", "Capex", "Checks"]);
    expect(excel.cell("Capex", "C2")?.formula).toBe("='Inputs (2)'!$C$3/5*(1+'Inputs (2)'!$C$4)^0");
    expect(excel.model.names.map((n) => [n.name, n.formula])).toEqual([
      ["Mine", "=Inputs!$A$1"],
      ["Capex_Total", "='Inputs (2)'!$C$3"],
      ["Growth_Rate", "='Inputs (2)'!$C$4"],
    ]);
    expect(excel.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["Sources", "Inputs"],
      ["Sources_2", "Inputs (2)"],
    ]);
  });

  it("repoints existing names in place and drops stale ones", async () => {
    const excel = new ExcelDouble();
    await build(excel);
    const fewer = (names = {}) => {
      const plan = samplePlan(names);
      return { ...plan, names: plan.names.slice(0, 1) };
    };
    await build(excel, fewer);
    expect(excel.model.names.map((n) => n.name)).toEqual(["Capex_Total"]);
    expect(excel.writeLog.filter((w) => w.startsWith("names.add")).length).toBe(2);
  });

  it("leaves the previous model intact when the build fails at any write", async () => {
    const probe = new ExcelDouble();
    await build(probe);
    const writesPerBuild = probe.writes;
    const buildWrites = probe.syncLog[2].writes;
    // The loop below fails the build at writes spread over this batch; were it empty, the loop would check nothing.
    expect(buildWrites).toBeGreaterThan(10);

    for (let n = 1; n <= buildWrites; n += Math.max(1, Math.floor(buildWrites / 40))) {
      const excel = new ExcelDouble({ sheets: ["Notes"] });
      await build(excel);
      const before = excel.snapshot();
      excel.failAfter(n);
      await expect(build(excel)).rejects.toThrow(/injected failure/);
      expect(excel.snapshot()).toEqual(before);
    }
    expect(writesPerBuild).toBeGreaterThan(buildWrites);
  });

  it("reports a failure during the swap and repairs it on the next build", async () => {
    const excel = new ExcelDouble();
    await build(excel);
    const clean = excel.snapshot();
    const swapWrites = excel.syncLog[3].writes;
    const buildWrites = excel.syncLog[2].writes;
    expect(swapWrites).toBeGreaterThan(3);
    // The third write of the swap: after the build succeeded, part-way through replacing the old sheets.
    excel.failAfter(buildWrites + 3);
    await expect(build(excel)).rejects.toThrow(/build again to repair/);
    await build(excel);
    expect(excel.snapshot()).toEqual(clean);
  });
});

describe("the user's defined names (never lost)", () => {
  /** A user's sheet with a formula using `name`, as a user would make one after the first build. */
  async function userFormulaUsing(excel: ExcelDouble, name: string, reference: string): Promise<void> {
    await excel.run(async (context) => {
      context.workbook.names.add(name, reference);
      context.workbook.worksheets.getItem("Notes").getRange("A1").formulas = [[`=${name}*2`]];
    });
  }

  it("keeps a name the user made into a model sheet after a build, pointed at the new sheet, and says so", async () => {
    const excel = new ExcelDouble({ sheets: ["Notes"] });
    await build(excel);
    await userFormulaUsing(excel, "MyCapexCell", "=Inputs!$C$3");

    const report = await build(excel);
    expect(report.namesRepointed).toEqual(["MyCapexCell"]);
    expect(excel.model.names.find((n) => n.name === "MyCapexCell")?.formula).toBe("='Inputs'!$C$3");
    expect(excel.cell("Notes", "A1")?.formula).toBe("=MyCapexCell*2");
    // The second rebuild finds it again: it is still the user's, never recorded as the model's.
    expect((await build(excel)).namesRepointed).toEqual(["MyCapexCell"]);
    expect(excel.model.names.map((n) => n.name).sort()).toEqual(["Capex_Total", "Growth_Rate", "MyCapexCell"]);
  });

  it("re-points a user's name with a longer formula, and one scoped to the user's sheet", async () => {
    const excel = new ExcelDouble({ sheets: ["Notes"] });
    await build(excel);
    await excel.run(async (context) => {
      context.workbook.names.add("Twice", '=SUM(Capex!$C$2:$D$2)*2&"Capex!A1"');
      context.workbook.worksheets.getItem("Notes").names.add("Local", "=Inputs!$C$4");
    });
    const report = await build(excel);
    expect(report.namesRepointed.slice().sort()).toEqual(["Local", "Twice"]);
    expect(excel.model.names.find((n) => n.name === "Twice")?.formula).toBe(`=SUM('Capex'!$C$2:$D$2)*2&"Capex!A1"`);
    expect(excel.model.names.find((n) => n.name === "Local")?.formula).toBe("='Inputs'!$C$4");
  });

  it("never deletes a user's broken name, nor a name of the user's on a sheet of their own", async () => {
    const excel = new ExcelDouble({ sheets: ["Notes", "Scratch"] });
    await excel.run(async (context) => {
      context.workbook.names.add("Broken", "=Scratch!$A$1");
      context.workbook.names.add("Elsewhere", "=Notes!$B$2");
    });
    await excel.run(async (context) => context.workbook.worksheets.getItem("Scratch").delete());
    const before = excel.model.names.map((n) => [n.name, n.formula]);
    expect(before).toEqual([
      ["Broken", "=#REF!$A$1"],
      ["Elsewhere", "=Notes!$B$2"],
    ]);
    await build(excel);
    await build(excel);
    expect(
      excel.model.names.filter((n) => n.name === "Broken" || n.name === "Elsewhere").map((n) => [n.name, n.formula]),
    ).toEqual(before);
  });

  it("records the names it owns on its sheets, and deletes only those", async () => {
    const excel = new ExcelDouble();
    await build(excel);
    expect(JSON.parse(excel.sheet("Inputs").customProperties.get("capexAddinNames") ?? "null")).toEqual([
      "Capex_Total",
      "Growth_Rate",
    ]);
    const noNames = (names = {}) => ({ ...samplePlan(names), names: [] });
    await excel.run(async (context) => context.workbook.names.add("Kept", "=Capex!$C$2"));
    const report = await build(excel, noNames);
    expect(excel.model.names.map((n) => n.name)).toEqual(["Kept"]);
    expect(report.namesRepointed).toEqual(["Kept"]);
  });

  it("adopts its own names in a workbook built before names were recorded, and leaves the user's", async () => {
    const excel = new ExcelDouble({ sheets: ["Notes"] });
    await build(excel);
    for (const sheet of excel.model.sheets) sheet.customProperties.delete("capexAddinNames");
    await userFormulaUsing(excel, "MyCapexCell", "=Inputs!$C$3");
    const report = await build(excel);
    expect(report.namesSkipped).toEqual([]);
    expect(report.namesRepointed).toEqual(["MyCapexCell"]);
    expect(excel.model.names.map((n) => [n.name, n.formula])).toEqual([
      ["Capex_Total", "='Inputs'!$C$3"],
      ["Growth_Rate", "='Inputs'!$C$4"],
      ["MyCapexCell", "='Inputs'!$C$3"],
    ]);
  });
});

describe("retargetFormula", () => {
  it("rewrites sheet and table references but not text inside string literals", () => {
    const sheets = new Map([["Inputs", "~capex inputs"]]);
    const tables = new Map([["Sources", "capexBuild1"]]);
    expect(retargetFormula(`'Inputs'!A1+Inputs!B2+SUM(Sources[Value])&"Inputs!A1"`, sheets, tables)).toBe(
      `'~capex inputs'!A1+'~capex inputs'!B2+SUM(capexBuild1[Value])&"Inputs!A1"`,
    );
    expect(retargetFormula("MyInputs!A1", sheets, tables)).toBe("MyInputs!A1");
  });
});

describe("renderPlanToWorkbook with the real plan", () => {
  it.each([1, 10, 50])("builds the base preset with a %i-year horizon in 4 syncs", async (horizon) => {
    const base = presetScenario("base");
    const scenario = {
      ...base,
      horizon,
      capexYears: Math.min(base.capexYears, horizon),
      targetPaybackYears: Math.min(base.targetPaybackYears, horizon),
    };
    const excel = new ExcelDouble();
    const report = await excel.run((context) =>
      renderPlanToWorkbook(asExcelContext(context), (sheetNames) =>
        buildWorkbookPlan(scenario, undefined, { sheetNames }),
      ),
    );
    const plan = buildWorkbookPlan(scenario);
    expect(report).toMatchObject({ sheetsWritten: plan.sheets.length, syncs: 4, renamed: [] });
    expect(excel.syncs).toBe(4);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    expect(excel.model.names.length).toBe(plan.names.length);
    // No formula may still point at a temporary build sheet or table.
    const formulas = excel.model.sheets.flatMap((s) =>
      [...s.cells.values()].flatMap((c) => (c.formula ? [c.formula] : [])),
    );
    expect(formulas.filter((f) => /~capex|capexBuild/.test(f))).toEqual([]);
    expect(formulas.length).toBeGreaterThan(0);
  });
});
