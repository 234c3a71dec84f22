import { columnName } from "../../src/workbook/cell-text";
import type { BenchmarkDataset } from "../../src/benchmarks/schema";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { BENCHMARK_TABLE_HEADERS, benchmarkTableRows } from "../../src/benchmarks/table";
import { TableUpdateError, updateBenchmarkTable, type TableUpdate } from "../../src/workbook/office/benchmark-table";
import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import {
  BENCHMARK_COLUMN_NAMES,
  BENCHMARK_ROWS,
  BENCHMARK_TABLE_NAME,
  datasetNoteText,
} from "../../src/workbook/sheets/benchmarks";
import { cell, COL } from "../../src/workbook/sheets/layout";
import { asExcelContext, columnLetters, ExcelDouble, type CellValue, type TableModel } from "../helpers/excel-double";

const scenario = presetScenario("base");
const bundled = bundledDataset();

/** The bundled dataset with `count` more figures, each with a value of its own so that a stale cell shows. */
function grown(dataset: BenchmarkDataset, count: number): BenchmarkDataset {
  const template = dataset.figures[0];
  const extra = Array.from({ length: count }, (_, i) => ({
    ...template,
    period: `Plan ${i + 1}`,
    periodKind: "multiYear" as const,
    value: 1000 + i,
  }));
  return { ...dataset, version: `${dataset.version}-grown`, figures: [...dataset.figures, ...extra] };
}

function shrunk(dataset: BenchmarkDataset, keep: number): BenchmarkDataset {
  return { ...dataset, version: `${dataset.version}-shrunk`, figures: dataset.figures.slice(0, keep) };
}

async function builtWorkbook(dataset: BenchmarkDataset | undefined, sheets: string[] = ["Sheet1"]) {
  const excel = new ExcelDouble({ sheets });
  await renderPlanToWorkbook(asExcelContext(excel.context()), (sheetNames) =>
    buildWorkbookPlan(scenario, dataset, { sheetNames }),
  );
  excel.resetCounters();
  return excel;
}

function update(excel: ExcelDouble, dataset: BenchmarkDataset): Promise<TableUpdate> {
  return excel.run((context) => updateBenchmarkTable(asExcelContext(context), dataset));
}

function figuresTable(excel: ExcelDouble, name = BENCHMARK_TABLE_NAME): TableModel {
  const table = excel.model.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** The table's data body as the workbook holds it; an empty cell reads as "" as in benchmarkTableRows. */
function bodyOf(excel: ExcelDouble, table: TableModel): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = table.box.r0 + 1; r <= table.box.r1; r++) {
    const row: CellValue[] = [];
    for (let c = table.box.c0; c <= table.box.c1; c++) {
      const found = excel.model.peek(table.sheet, r, c);
      expect(found?.formula ?? null).toBeNull();
      row.push(found?.value ?? "");
    }
    rows.push(row);
  }
  return rows;
}

function headerOf(excel: ExcelDouble, table: TableModel): CellValue[] {
  return Array.from(
    { length: table.box.c1 - table.box.c0 + 1 },
    (_, j) => excel.model.peek(table.sheet, table.box.r0, table.box.c0 + j)?.value ?? null,
  );
}

/** Where each of the four names must point for the table as it now stands. */
function expectedNameFormulas(table: TableModel): Record<string, string> {
  return Object.fromEntries(
    Object.values(BENCHMARK_COLUMN_NAMES).map(({ name, header }) => {
      const column = columnLetters(table.box.c0 + BENCHMARK_TABLE_HEADERS.indexOf(header));
      return [name, `='${table.sheet.name}'!$${column}$${table.box.r0 + 2}:$${column}$${table.box.r1 + 1}`];
    }),
  );
}

function nameFormulas(excel: ExcelDouble): Record<string, string> {
  const wanted = new Set<string>(Object.values(BENCHMARK_COLUMN_NAMES).map((n) => n.name));
  return Object.fromEntries(excel.model.names.filter((n) => wanted.has(n.name)).map((n) => [n.name, n.formula]));
}

const NOTE = cell(COL.label, BENCHMARK_ROWS.datasetNote);

describe("updating the Benchmarks table in place", () => {
  it.each([
    ["grows", grown(bundled, 25)],
    ["shrinks", shrunk(bundled, 7)],
    ["keeps its size", { ...bundled, figures: bundled.figures.map((f, i) => ({ ...f, value: f.value + i + 1 })) }],
  ])("%s to the new dataset, keeping the table's name, position, style and identity", async (_how, fresh) => {
    const excel = await builtWorkbook(bundled);
    const table = figuresTable(excel);
    const before = { box: { ...table.box }, style: table.style, sheet: table.sheet.name };
    const valueColumn = table.box.c0 + BENCHMARK_TABLE_HEADERS.indexOf("Value");
    const valueFormat = excel.model.peek(table.sheet, table.box.r0 + 1, valueColumn)?.numberFormat;

    const result = await update(excel, fresh);

    const expectedRows = benchmarkTableRows(fresh).rows;
    expect(result).toMatchObject({
      kind: "updated",
      table: BENCHMARK_TABLE_NAME,
      rowsBefore: bundled.figures.length,
      rowsAfter: expectedRows.length,
      namesLeft: [],
    });
    // The same table object: not deleted and recreated.
    expect(figuresTable(excel)).toBe(table);
    expect(excel.model.tables.filter((t) => t.sheet === table.sheet)).toHaveLength(1);
    expect(table.sheet.name).toBe(before.sheet);
    expect(table.style).toBe(before.style);
    expect({ r0: table.box.r0, c0: table.box.c0, c1: table.box.c1 }).toEqual({
      r0: before.box.r0,
      c0: before.box.c0,
      c1: before.box.c1,
    });
    expect(table.box.r1 - table.box.r0).toBe(expectedRows.length);
    expect(headerOf(excel, table)).toEqual([...BENCHMARK_TABLE_HEADERS]);
    expect(bodyOf(excel, table)).toEqual(expectedRows);
    // Rows the table let go of are empty, so no stale figure sits under it.
    for (let r = table.box.r1 + 1; r <= before.box.r1 + 5; r++) {
      for (let c = table.box.c0; c <= table.box.c1; c++) expect(excel.model.peek(table.sheet, r, c)).toBeUndefined();
    }
    for (let r = table.box.r0 + 1; r <= table.box.r1; r++) {
      expect(excel.model.peek(table.sheet, r, valueColumn)?.numberFormat).toBe(valueFormat);
    }
    expect(nameFormulas(excel)).toEqual(expectedNameFormulas(table));
    expect(excel.cell(table.sheet.name, NOTE)?.value).toBe(datasetNoteText(fresh));
  });

  it("writes what a fresh build with the new dataset writes into its table", async () => {
    const fresh = grown(shrunk(bundled, 20), 3);
    const refreshed = await builtWorkbook(bundled);
    await update(refreshed, fresh);
    const rebuilt = await builtWorkbook(fresh);
    expect(bodyOf(refreshed, figuresTable(refreshed))).toEqual(bodyOf(rebuilt, figuresTable(rebuilt)));
    expect(refreshed.cell("Benchmarks", NOTE)?.value).toBe(rebuilt.cell("Benchmarks", NOTE)?.value);
  });

  it("keeps one empty row for a dataset without figures, as a build does", async () => {
    const excel = await builtWorkbook(bundled);
    const result = await update(excel, { ...bundled, figures: [] });
    const table = figuresTable(excel);
    expect(result).toMatchObject({ kind: "updated", rowsAfter: 1 });
    expect(bodyOf(excel, table)).toEqual([BENCHMARK_TABLE_HEADERS.map(() => "")]);
    expect(nameFormulas(excel)).toEqual(expectedNameFormulas(table));
  });

  it("keeps hostile text as text", async () => {
    const payloads = [
      '=HYPERLINK("https://evil.example","x")',
      "+1+2",
      "-2-3",
      "@SUM(1)",
      "\t=cmd",
      "＝1+1",
      "'quoted",
    ];
    const hostile = {
      ...bundled,
      providers: bundled.providers.map((p, i) => (i === 0 ? { ...p, name: '=WEBSERVICE("https://x")' } : p)),
      figures: bundled.figures.map((f, i) => ({
        ...f,
        note: payloads[i % payloads.length],
        publisher: payloads[(i + 3) % payloads.length],
      })),
    };
    const excel = await builtWorkbook(bundled);
    await update(excel, { ...hostile, title: "=1+1 benchmarks" });
    const table = figuresTable(excel);
    // bodyOf fails on any formula cell, and the values must be the strings themselves, without the guard's apostrophe.
    expect(bodyOf(excel, table)).toEqual(benchmarkTableRows(hostile).rows);
    expect(excel.cell("Benchmarks", NOTE)).toMatchObject({
      formula: null,
      value: datasetNoteText({ ...hostile, title: "=1+1 benchmarks" }),
    });
  });

  it("uses a fixed number of round trips whatever the size of the dataset", async () => {
    for (const fresh of [shrunk(bundled, 2), grown(bundled, 3), grown(bundled, 3000)]) {
      const excel = await builtWorkbook(bundled);
      const result = await update(excel, fresh);
      expect(result.syncs).toBe(3);
      // Excel.run adds no closing sync: nothing is left queued.
      expect(excel.syncs).toBe(3);
      // Reads first, then one batch with every write.
      expect(excel.syncLog.map((s) => s.writes > 0)).toEqual([false, false, true]);
      expect(excel.syncLog[2].calculationSuspended).toBe(true);
    }
  });

  it("never touches a user's sheet called Benchmarks, nor the user's table of the same name", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1", "Benchmarks"] });
    const context = excel.context();
    const userSheet = context.workbook.worksheets.getItem("Benchmarks");
    userSheet.getRange("A1:B3").values = [
      ["Provider", "Value"],
      ["Mine", 1],
      ["Also mine", 2],
    ];
    userSheet.tables.add("A1:B3", true).name = BENCHMARK_TABLE_NAME;
    userSheet.getRange("D1").formulas = [["=SUM(Benchmark_Value)"]];
    await context.sync();
    const report = await renderPlanToWorkbook(asExcelContext(excel.context()), (sheetNames) =>
      buildWorkbookPlan(scenario, bundled, { sheetNames }),
    );
    expect(report.renamed).toContainEqual(expect.objectContaining({ wanted: "Benchmarks", got: "Benchmarks (2)" }));
    const ours = report.tablesRenamed.find((t) => t.wanted === BENCHMARK_TABLE_NAME)?.got as string;
    expect(ours).toBe(`${BENCHMARK_TABLE_NAME}_2`);
    const userBefore = excel.snapshot().sheets.find((s) => s.name === "Benchmarks");
    const userTableBefore = { ...figuresTable(excel).box };

    const fresh = grown(bundled, 4);
    const result = await update(excel, fresh);

    expect(result).toMatchObject({ kind: "updated", sheet: "Benchmarks (2)", table: ours });
    expect(excel.snapshot().sheets.find((s) => s.name === "Benchmarks")).toEqual(userBefore);
    expect(figuresTable(excel).box).toEqual(userTableBefore);
    const table = figuresTable(excel, ours);
    expect(bodyOf(excel, table)).toEqual(benchmarkTableRows(fresh).rows);
    expect(nameFormulas(excel)).toEqual(expectedNameFormulas(table));
  });

  it("finds its table after the user renamed it, with one more read", async () => {
    const excel = await builtWorkbook(bundled);
    const table = figuresTable(excel);
    table.name = "MyFigures";
    const fresh = shrunk(bundled, 9);
    const result = await update(excel, fresh);
    expect(result).toMatchObject({ kind: "updated", table: "MyFigures", syncs: 4 });
    expect(bodyOf(excel, table)).toEqual(benchmarkTableRows(fresh).rows);
  });

  it("leaves a name alone that the user had before the build", async () => {
    const excel = new ExcelDouble();
    const context = excel.context();
    context.workbook.names.add(BENCHMARK_COLUMN_NAMES.value.name, "=Sheet1!$A$1");
    await context.sync();
    await renderPlanToWorkbook(asExcelContext(excel.context()), (sheetNames) =>
      buildWorkbookPlan(scenario, bundled, { sheetNames }),
    );
    const result = await update(excel, grown(bundled, 2));
    expect(result).toMatchObject({ kind: "updated", namesLeft: [BENCHMARK_COLUMN_NAMES.value.name] });
    expect(nameFormulas(excel)[BENCHMARK_COLUMN_NAMES.value.name]).toBe("=Sheet1!$A$1");
  });

  describe("writes nothing and says why when it cannot update", () => {
    it.each([
      ["an empty workbook", () => Promise.resolve(new ExcelDouble())],
      ["a workbook built without a dataset", () => builtWorkbook(undefined)],
      [
        "a user's own Benchmarks sheet with a table of the add-in's columns",
        async () => {
          const excel = new ExcelDouble({ sheets: ["Benchmarks"] });
          const context = excel.context();
          const sheet = context.workbook.worksheets.getItem("Benchmarks");
          const box = `A1:${columnName(BENCHMARK_TABLE_HEADERS.length - 1)}2`;
          sheet.getRange(box).values = [[...BENCHMARK_TABLE_HEADERS], BENCHMARK_TABLE_HEADERS.map(() => "x")];
          sheet.tables.add(box, true).name = BENCHMARK_TABLE_NAME;
          await context.sync();
          return excel;
        },
      ],
    ])("noModel for %s", async (_what, make) => {
      const excel = await make();
      const before = excel.snapshot();
      const writes = excel.writes;
      expect(await update(excel, grown(bundled, 1))).toMatchObject({ kind: "noModel" });
      expect(excel.writes).toBe(writes);
      expect(excel.snapshot()).toEqual(before);
    });

    it("shapeChanged when the table's columns are not the add-in's", async () => {
      const excel = await builtWorkbook(bundled);
      const table = figuresTable(excel);
      excel.model.cell(table.sheet, table.box.r0, table.box.c0).value = "Supplier";
      const before = excel.snapshot();
      const writes = excel.writes;
      expect(await update(excel, grown(bundled, 1))).toMatchObject({
        kind: "shapeChanged",
        sheet: "Benchmarks",
        table: BENCHMARK_TABLE_NAME,
      });
      expect(excel.writes).toBe(writes);
      expect(excel.snapshot()).toEqual(before);
    });
  });

  describe("a write that fails part-way", () => {
    // Every write of the batch in turn, so that each partial state the host could leave is put back.
    const cases = [
      // One write per re-pointed name among them (five names: provider, metric, calendar period, value, key).
      ["growing", grown(bundled, 6), 8],
      ["shrinking", shrunk(bundled, 4), 9],
    ] as const;
    for (const [how, fresh, writes] of cases) {
      it(`while ${how} leaves the previous table, note and names as they were`, async () => {
        const probe = await builtWorkbook(bundled);
        await update(probe, fresh);
        // The batch's size is checked, so that the loop below covers every one of its writes.
        expect(probe.syncLog[2].writes).toBe(writes);
        for (let failing = 1; failing <= writes; failing++) {
          const excel = await builtWorkbook(bundled);
          const before = excel.snapshot();
          excel.failAfter(failing);
          const error: unknown = await update(excel, fresh).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(TableUpdateError);
          expect((error as TableUpdateError).restored).toBe(true);
          expect((error as TableUpdateError).message).toContain("injected failure");
          expect(excel.snapshot()).toEqual(before);
        }
      });
    }

    it("says so when even putting the table back fails", async () => {
      const excel = await builtWorkbook(bundled);
      excel.failAfter(2);
      const error: unknown = await excel
        .run((context) => {
          const sync = context.sync.bind(context);
          let calls = 0;
          // The fourth round trip is the restore's read; its write batch, next, fails too.
          context.sync = async () => {
            if (++calls === 4) excel.failAfter(1);
            await sync();
          };
          return updateBenchmarkTable(asExcelContext(context), grown(bundled, 2));
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TableUpdateError);
      expect((error as TableUpdateError).restored).toBe(false);
      expect(excel.syncs).toBe(5);
    });
  });
});
