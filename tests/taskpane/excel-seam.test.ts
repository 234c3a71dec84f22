import { startBenchmarks } from "../../src/benchmarks/office";
import { diffDatasets, type RefreshResult } from "../../src/benchmarks/refresh";
import type { BenchmarkDataset } from "../../src/benchmarks/schema";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { BenchmarkStore } from "../../src/benchmarks/store";
import { benchmarkTableRows } from "../../src/benchmarks/table";
import { presetScenario } from "../../src/scenario";
import { BenchmarkLink, type StartedBenchmarks } from "../../src/taskpane/benchmarks-link";
import { excelSeam, type ExcelRun } from "../../src/taskpane/excel-seam";
import { DatasetUnavailableError } from "../../src/taskpane/seam";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { BENCHMARK_TABLE_NAME } from "../../src/workbook/sheets/benchmarks";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";

/** The Excel seam's refresh against the recording double: the network is faked, the workbook code is the real one. */

const bundled = bundledDataset();
const fresh: BenchmarkDataset = {
  ...bundled,
  version: `${bundled.version}-seam`,
  figures: bundled.figures.slice(1).map((f, i) => (i === 0 ? { ...f, value: f.value + 1 } : f)),
};

function seamOver(excel: ExcelDouble, answer: RefreshResult | ((store: BenchmarkStore) => RefreshResult)) {
  const store = new BenchmarkStore(bundled);
  const link = new BenchmarkLink({
    started: Promise.resolve({ store, origin: "bundled" }),
    // The preview's download: the same answer, without touching the store.
    download: async () => (typeof answer === "function" ? answer(store) : answer),
    refresh: async (targets) => {
      const result = typeof answer === "function" ? answer(targets.store) : answer;
      if (result.ok) targets.store.replace(result.dataset);
      return result;
    },
  });
  const run: ExcelRun = (batch) => excel.run((context) => batch(asExcelContext(context)));
  return { seam: excelSeam(run, link), store };
}

// A failed download carries its message as a key too, which the seam passes on for the pane's language.
const user = { key: "refreshHttp", params: { host: "example.test", status: "503" } } as const;
const good = (): RefreshResult => ({ ok: true, dataset: fresh, changes: diffDatasets(bundled, fresh) });

async function built(): Promise<ExcelDouble> {
  const excel = new ExcelDouble();
  await renderPlanToWorkbook(asExcelContext(excel.context()), (sheetNames) =>
    buildWorkbookPlan(presetScenario("base"), bundled, { sheetNames }),
  );
  return excel;
}

function tableValues(excel: ExcelDouble): unknown[][] {
  const table = excel.model.tables.find((t) => t.name === BENCHMARK_TABLE_NAME)!;
  const rows: unknown[][] = [];
  for (let r = table.box.r0 + 1; r <= table.box.r1; r++) {
    const row: unknown[] = [];
    for (let c = table.box.c0; c <= table.box.c1; c++) row.push(excel.model.peek(table.sheet, r, c)?.value ?? "");
    rows.push(row);
  }
  return rows;
}

describe("building inside Excel", () => {
  it("keeps the user's name into the model and says it was re-pointed", async () => {
    const excel = await built();
    await excel.run(async (context) => {
      context.workbook.names.add("MyCapexCell", "=Inputs!$C$11");
    });
    const { seam } = seamOver(excel, good);
    const outcome = await seam.build(presetScenario("base"));
    expect(outcome).toMatchObject({ kind: "workbook", namesRepointed: ["MyCapexCell"], namesSkipped: [] });
    expect(excel.model.names.find((n) => n.name === "MyCapexCell")?.formula).toBe("='Inputs'!$C$11");
  });
});

describe("recording the dataset a build used", () => {
  it("stamps the workbook with the version and date of the dataset it was built with", async () => {
    const excel = new ExcelDouble();
    const stamps: { version: string; asOf: string }[] = [];
    const stamp = {
      read: () => stamps.at(-1) ?? null,
      write: async (s: { version: string; asOf: string }) => void stamps.push(s),
    };
    const link = new BenchmarkLink({
      started: Promise.resolve({ store: new BenchmarkStore(bundled), origin: "bundled" }),
      refresh: async () => good(),
      stamp,
    });
    const run: ExcelRun = (batch) => excel.run((context) => batch(asExcelContext(context)));
    await excelSeam(run, link).build(presetScenario("base"));
    expect(stamps).toEqual([{ version: bundled.version, asOf: bundled.asOf }]);
  });
});

describe("previewing a refresh inside Excel", () => {
  it("lists the download's changes by provider and metric and changes neither the data nor the table", async () => {
    const excel = await built();
    const { seam, store } = seamOver(excel, good);
    const writes = excel.writes;
    const outcome = await seam.previewBenchmarks();
    if (!outcome.ok) throw new Error(outcome.message);
    const [first] = bundled.figures;
    const second = bundled.figures[1];
    expect(outcome.preview.counts).toEqual({ added: 0, changed: 1, removed: 1 });
    expect(outcome.preview.to).toEqual({ version: fresh.version, asOf: fresh.asOf });
    const removedGroup = outcome.preview.groups.find((g) => g.removed.length > 0);
    expect(removedGroup).toMatchObject({ provider: first.provider, metric: first.metric });
    expect(removedGroup?.removed).toEqual([
      { provider: first.provider, metric: first.metric, period: first.period, value: first.value },
    ]);
    const changedGroup = outcome.preview.groups.find((g) => g.changed.length > 0);
    expect(changedGroup?.changed).toEqual([
      expect.objectContaining({ period: second.period, oldValue: second.value, newValue: second.value + 1 }),
    ]);
    expect(store.current).toBe(bundled);
    expect(excel.writes).toBe(writes);
  });

  it('applies the previewed dataset on accept, and nothing on "Keep current"', async () => {
    const excel = await built();
    const { seam, store } = seamOver(excel, good);
    await seam.previewBenchmarks();
    seam.keepBenchmarks();
    expect(store.current).toBe(bundled);
    await seam.previewBenchmarks();
    const outcome = await seam.refreshBenchmarks();
    expect(outcome).toMatchObject({
      ok: true,
      counts: { added: 0, changed: 1, removed: 1 },
      table: { kind: "updated" },
    });
    expect(store.current).toBe(fresh);
    expect(tableValues(excel)).toEqual(benchmarkTableRows(fresh).rows);
  });

  it("keeps the data in use when the preview's download fails", async () => {
    const excel = await built();
    const { seam, store } = seamOver(excel, { ok: false, reason: "http", message: "The server answered 503.", user });
    expect(await seam.previewBenchmarks()).toEqual({ ok: false, message: "The server answered 503.", user });
    expect(store.current).toBe(bundled);
  });
});

describe("refreshing inside Excel", () => {
  it("updates the Benchmarks table and reports the counts", async () => {
    const excel = await built();
    const { seam } = seamOver(excel, good);
    const outcome = await seam.refreshBenchmarks();
    const changes = diffDatasets(bundled, fresh);
    expect(outcome).toMatchObject({
      ok: true,
      counts: { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length },
      table: { kind: "updated" },
    });
    expect(changes.changed.length + changes.removed.length).toBeGreaterThan(0);
    expect(tableValues(excel)).toEqual(benchmarkTableRows(fresh).rows);
  });

  it("writes nothing to a workbook without a model", async () => {
    const excel = new ExcelDouble();
    const { seam, store } = seamOver(excel, good);
    expect(await seam.refreshBenchmarks()).toMatchObject({ ok: true, table: { kind: "noModel" } });
    expect(excel.writes).toBe(0);
    expect(store.current).toBe(fresh);
  });

  it("reports a failed write beside the refreshed data, with the table as it was", async () => {
    const excel = await built();
    const before = tableValues(excel);
    const { seam, store } = seamOver(excel, good);
    excel.failAfter(2);
    const outcome = await seam.refreshBenchmarks();
    expect(outcome).toMatchObject({ ok: true, table: { kind: "failed", untouched: true } });
    expect(outcome.ok && outcome.table?.kind === "failed" && outcome.table.message).toContain("injected failure");
    expect(tableValues(excel)).toEqual(before);
    // CAPEX.BENCHMARK reads the store, which has the new data.
    expect(store.current).toBe(fresh);
  });

  it("does not touch the workbook when the download fails", async () => {
    const excel = await built();
    const writes = excel.writes;
    const { seam } = seamOver(excel, { ok: false, reason: "http", message: "The server answered 503.", user });
    expect(await seam.refreshBenchmarks()).toEqual({ ok: false, message: "The server answered 503.", user });
    expect(excel.writes).toBe(writes);
  });
});

describe("starting the benchmarks once", () => {
  it("reads the cache on the first start only and tells a later caller where the data came from", () => {
    // Newer than the bundled data but not in the future (a future-dated cache is ignored, issue 16).
    const newer = { ...bundled, asOf: new Date().toISOString().slice(0, 10), version: "cached" };
    let loads = 0;
    const cache = {
      load: () => {
        loads++;
        return JSON.stringify(newer);
      },
      save: () => undefined,
    };
    const store = new BenchmarkStore(bundled);
    expect(startBenchmarks(store, cache)).toBe("cache");
    expect(store.current.version).toBe("cached");
    // The pane starting after the functions runtime gets the same answer without a second read.
    expect(startBenchmarks(store, cache)).toBe("cache");
    expect(startBenchmarks(store, undefined)).toBe("cache");
    expect(loads).toBe(1);
  });

  it("starts from the bundled data when the cache is missing or throws", () => {
    const throwing = {
      load: (): string => {
        throw new Error("SecurityError");
      },
      save: () => undefined,
    };
    expect(startBenchmarks(new BenchmarkStore(bundled), throwing)).toBe("bundled");
    expect(startBenchmarks(new BenchmarkStore(bundled), undefined)).toBe("bundled");
  });
});

describe("before and without the shipped dataset", () => {
  /** A link whose dataset arrives when the test says, or never. */
  function pendingLink() {
    let arrive!: (value: StartedBenchmarks) => void;
    let fail!: (error: Error) => void;
    const started = new Promise<StartedBenchmarks>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
    let refreshes = 0;
    const link = new BenchmarkLink({
      started,
      refresh: async () => {
        refreshes++;
        return good();
      },
    });
    return { link, arrive, fail, refreshes: () => refreshes };
  }

  const runOn =
    (excel: ExcelDouble): ExcelRun =>
    (batch) =>
      excel.run((context) => batch(asExcelContext(context)));

  it("builds only once the dataset is in, with its figures", async () => {
    const excel = new ExcelDouble();
    const { link, arrive } = pendingLink();
    let done = false;
    const building = excelSeam(runOn(excel), link)
      .build(presetScenario("base"))
      .then((outcome) => {
        done = true;
        return outcome;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(excel.writes).toBe(0);
    arrive({ store: new BenchmarkStore(bundled), origin: "bundled" });
    expect(await building).toMatchObject({ kind: "workbook" });
    expect(tableValues(excel)).toEqual(benchmarkTableRows(bundled).rows);
  });

  it("still builds, without the Benchmarks table, when the dataset did not load; refresh and info say why", async () => {
    const excel = new ExcelDouble();
    const { link, fail, refreshes } = pendingLink();
    const seam = excelSeam(runOn(excel), link);
    fail(new Error("Loading chunk dataset failed."));
    expect(await seam.build(presetScenario("base"))).toMatchObject({ kind: "workbook" });
    expect(excel.model.tables.find((t) => t.name === BENCHMARK_TABLE_NAME)).toBeUndefined();
    await expect(seam.readWorkbookDatasetInfo()).rejects.toBeInstanceOf(DatasetUnavailableError);
    await expect(seam.refreshBenchmarks()).rejects.toBeInstanceOf(DatasetUnavailableError);
    expect(refreshes()).toBe(0);
  });

  it("tells the pane where the dataset came from once it is in", async () => {
    const { link, arrive } = pendingLink();
    const info = link.info();
    const cached = { ...bundled, version: "cached" };
    arrive({ store: new BenchmarkStore(cached), origin: "cache" });
    expect(await info).toMatchObject({ origin: "cache", source: `${cached.title} (cached)` });
  });
});
