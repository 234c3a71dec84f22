import fc from "fast-check";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { updateBenchmarkTable } from "../../src/workbook/office/benchmark-table";
import {
  formatNamesRecord,
  isModelTableName,
  modelNamePredicate,
  modelTableName,
  parseNamesRecord,
} from "../../src/workbook/office/ownership";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { BENCHMARK_COLUMN_NAMES } from "../../src/workbook/sheets/benchmarks";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";

describe("which defined names belong to the model", () => {
  it("is what the record lists, whatever the name points at", () => {
    const owns = modelNamePredicate({
      records: [formatNamesRecord(["Capex_Total"]), null],
      modelSheets: ["Inputs"],
      modelNames: ["Capex_Total", "Growth_Rate"],
    });
    expect(owns("capex_total", "=Notes!A1")).toBe(true);
    expect(owns("Growth_Rate", "='Inputs'!$C$4")).toBe(false);
    expect(owns("MyCapexCell", "=Inputs!$C$11")).toBe(false);
    expect(owns("Broken", "=#REF!$A$1")).toBe(false);
  });

  it("without a record, is a name the model defines that points at its sheet or lost its target", () => {
    const owns = modelNamePredicate({ records: [null], modelSheets: ["Inputs"], modelNames: ["Capex_Total"] });
    expect(owns("Capex_Total", "='Inputs'!$C$3")).toBe(true);
    expect(owns("Capex_Total", "=#REF!$C$3")).toBe(true);
    expect(owns("Capex_Total", "=Notes!$C$3")).toBe(false);
    expect(owns("MyCapexCell", "=Inputs!$C$11")).toBe(false);
    expect(owns("Broken", "=#REF!")).toBe(false);
  });

  it.each([undefined, null, "", "not json", "{}", '[1,"a"]', '"Capex_Total"'])("reads %j as no record", (value) => {
    expect(parseNamesRecord(value)).toBeNull();
  });

  it("reads back every list it writes", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (names) => {
        expect(parseNamesRecord(formatNamesRecord(names))).toEqual(names);
      }),
    );
  });
});

describe("the one table-naming rule", () => {
  it("gives a free name the rule recognises, and the rule recognises nothing else", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,12}$/);
    fc.assert(
      fc.property(word, fc.uniqueArray(fc.integer({ min: 2, max: 30 }), { maxLength: 6 }), (wanted, used) => {
        const taken = new Set([wanted, ...used.map((n) => `${wanted}_${n}`)].map((n) => n.toLowerCase()));
        const got = modelTableName(wanted, (c) => taken.has(c.toLowerCase()));
        expect(taken.has(got.toLowerCase())).toBe(false);
        expect(isModelTableName(wanted, got)).toBe(true);
      }),
    );
    expect(isModelTableName("BenchmarkFigures", "benchmarkfigures_12")).toBe(true);
    for (const other of [
      "BenchmarkFigures_1",
      "BenchmarkFigures_",
      "BenchmarkFigures_2x",
      "BenchmarkFiguresX",
      "Mine",
    ]) {
      expect(isModelTableName("BenchmarkFigures", other)).toBe(false);
    }
  });
});

describe("the benchmark refresh touches only the model's names", () => {
  it("leaves a user's name of the same name, even once it is broken", async () => {
    const provider = BENCHMARK_COLUMN_NAMES.provider.name;
    const excel = new ExcelDouble({ sheets: ["Mine"] });
    // The user had the name first, so the build leaves it out and does not record it as the model's.
    await excel.run(async (context) => {
      context.workbook.names.add(provider, "=Mine!$A$1:$A$3");
    });
    const report = await excel.run((context) =>
      renderPlanToWorkbook(asExcelContext(context), (sheetNames) =>
        buildWorkbookPlan(presetScenario("base"), bundledDataset(), { sheetNames }),
      ),
    );
    expect(report.namesSkipped).toEqual([provider]);
    await excel.run(async (context) => context.workbook.worksheets.getItem("Mine").delete());
    const broken = excel.model.names.find((n) => n.name === provider)?.formula;
    expect(broken).toBe("=#REF!$A$1:$A$3");

    const result = await excel.run((context) => updateBenchmarkTable(asExcelContext(context), bundledDataset()));
    expect(result).toMatchObject({ kind: "updated", namesLeft: [provider] });
    expect(excel.model.names.find((n) => n.name === provider)?.formula).toBe(broken);
    expect(result.syncs).toBe(3);
  });
});
