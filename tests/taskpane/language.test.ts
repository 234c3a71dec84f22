import { diffDatasets, type RefreshResult } from "../../src/benchmarks/refresh";
import type { BenchmarkDataset } from "../../src/benchmarks/schema";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { BenchmarkStore } from "../../src/benchmarks/store";
import { benchmarkTableRows } from "../../src/benchmarks/table";
import { presetScenario } from "../../src/scenario";
import { BenchmarkLink } from "../../src/taskpane/benchmarks-link";
import { excelSeam, type ExcelRun } from "../../src/taskpane/excel-seam";
import { makeXlsx } from "../../src/taskpane/xlsx-build";
import { DE_SHEET_NAMES } from "../../src/workbook/i18n/de";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { BENCHMARK_TABLE_NAME } from "../../src/workbook/sheets/benchmarks";
import ExcelJS from "exceljs";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";

/** The pane builds, downloads and refreshes the workbook in its own language. */

const bundled = bundledDataset();
const fresh: BenchmarkDataset = { ...bundled, version: `${bundled.version}-de`, figures: bundled.figures.slice(2) };

function germanSeam(excel: ExcelDouble) {
  const store = new BenchmarkStore(bundled);
  const link = new BenchmarkLink({
    started: Promise.resolve({ store, origin: "bundled" }),
    refresh: async (targets): Promise<RefreshResult> => {
      targets.store.replace(fresh);
      return { ok: true, dataset: fresh, changes: diffDatasets(bundled, fresh) };
    },
  });
  const run: ExcelRun = (batch) => excel.run((context) => batch(asExcelContext(context)));
  return excelSeam(run, link, "de");
}

const texts = (excel: ExcelDouble, sheet: string) =>
  [...(excel.model.sheets.find((s) => s.name === sheet)?.cells.values() ?? [])].map((c) => c.value);

describe("the German pane inside Excel", () => {
  it("builds the model with German sheet names and texts", async () => {
    const excel = new ExcelDouble();
    const outcome = await germanSeam(excel).build(presetScenario("base", "de"));
    expect(outcome).toMatchObject({ kind: "workbook", renamed: [] });
    const plan = buildWorkbookPlan(presetScenario("base", "de"), bundled, { language: "de" });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    expect(texts(excel, "Eingaben")).toContain("Investitionssumme");
  });

  it("gives its sheet the next free German name when a user's sheet has it", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      context.workbook.worksheets.add(DE_SHEET_NAMES.inputs);
    });
    const outcome = await germanSeam(excel).build(presetScenario("base", "de"));
    expect(outcome).toMatchObject({ renamed: [{ wanted: "Eingaben", actual: "Eingaben (2)" }] });
    expect(excel.model.sheets.map((s) => s.name)).toContain("Eingaben (2)");
  });

  it("replaces an English model with the German one", async () => {
    const excel = new ExcelDouble();
    const english = excelSeam((batch) => excel.run((context) => batch(asExcelContext(context))), offlineLink());
    await english.build(presetScenario("base"));
    await germanSeam(excel).build(presetScenario("base", "de"));
    const names = excel.model.sheets.map((s) => s.name);
    expect(names).toContain("Eingaben");
    expect(names).not.toContain("Inputs");
  });

  it("refreshes the German Benchmarks table in place and keeps its note German", async () => {
    const excel = new ExcelDouble();
    const seam = germanSeam(excel);
    await seam.build(presetScenario("base", "de"));
    const outcome = await seam.refreshBenchmarks();
    expect(outcome).toMatchObject({ ok: true, table: { kind: "updated" } });
    const table = excel.model.tables.find((t) => t.name === BENCHMARK_TABLE_NAME)!;
    expect(table.box.r1 - table.box.r0).toBe(benchmarkTableRows(fresh).rows.length);
    expect(texts(excel, DE_SHEET_NAMES.benchmarks)).toContain(
      `${fresh.title}, Stand ${fresh.asOf} (Version ${fresh.version}). Aktualisierung über den Aufgabenbereich.`,
    );
  });
});

function offlineLink(): BenchmarkLink {
  const store = new BenchmarkStore(bundled);
  return new BenchmarkLink({
    started: Promise.resolve({ store, origin: "bundled" }),
    refresh: async () => ({ ok: false, message: "offline" }) as RefreshResult,
  });
}

describe("the German pane outside Excel", () => {
  it("downloads the German workbook", async () => {
    const bytes = await makeXlsx(presetScenario("bull", "de"), bundled, "de");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(
      buildWorkbookPlan(presetScenario("bull", "de"), bundled, { language: "de" }).sheets.map((s) => s.name),
    );
  });
});
