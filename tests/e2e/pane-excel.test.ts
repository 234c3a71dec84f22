import * as fs from "fs";
import type { Browser, Page, Route } from "playwright-core";
import type { BenchmarkDataset } from "../../src/benchmarks/schema";
import { benchmarkTableRows } from "../../src/benchmarks/table";
import { BENCHMARK_TABLE_NAME } from "../../src/workbook/sheets/benchmarks";
import {
  artifactPath,
  axeViolations,
  bundleFakeOffice,
  distDir,
  launchChromium,
  openPane,
  PANE_URL,
  serveFolder,
  type PaneSession,
  type StaticServer,
} from "./harness";

/** The inside-Excel path: office.js is replaced by a fake whose Excel.run drives the recording double. */

jest.setTimeout(120_000);

interface TableView {
  sheet: string;
  top: number;
  left: number;
  style: string;
  body: unknown[][];
}

interface DoubleView {
  table(name: string): TableView | null;
  failAfter(n: number): void;
  sheetNames(): string[];
  names(): string[];
  runs(): number;
  isSetSupportedCalls(): number;
  settings(): Record<string, unknown>;
  snapshot(): { sheets: { name: string; cells: Record<string, { value: unknown; formula: string | null }> }[] };
}

let browser: Browser;
let server: StaticServer;
let fakeOffice: string;

beforeAll(async () => {
  [browser, server, fakeOffice] = await Promise.all([launchChromium(), serveFolder(distDir()), bundleFakeOffice()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openInExcel(language: string, sheets: string[] = ["Sheet1"], excelApi?: string): Promise<PaneSession> {
  const session = await openPane(browser, server, {
    locale: language,
    office: { kind: "fake", script: fakeOffice },
    init: `window.__fakeOffice = ${JSON.stringify({ language, sheets, excelApi })};`,
  });
  await session.page.goto(PANE_URL);
  await session.page.waitForSelector("#app[data-ready=excel]");
  return session;
}

const double = <T>(page: Page, read: (d: DoubleView) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__excelDouble)`) as Promise<T>;

function bundledDataset(): BenchmarkDataset {
  return JSON.parse(fs.readFileSync(`${distDir()}/assets/benchmarks.json`, "utf8"));
}

const figuresTable = (page: Page) =>
  page.evaluate(`window.__excelDouble.table(${JSON.stringify(BENCHMARK_TABLE_NAME)})`) as Promise<TableView | null>;

const statusText = (page: Page) => page.locator("#status").innerText();

async function waitForStatus(page: Page, kind: "ok" | "failed"): Promise<string> {
  await page.waitForSelector(`#status.${kind}`);
  return statusText(page);
}

/** A number as the pane lists it in English: up to six decimals, no grouping. */
const plain = (value: number) =>
  new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, useGrouping: false }).format(value);

/** Refresh, wait for the list of changes, and apply them: a refresh applies nothing until the user accepts. */
async function refreshAndApply(page: Page): Promise<string> {
  await page.click("#refresh");
  await page.waitForSelector("#refresh-preview:not([hidden])");
  await page.click("#refresh-apply");
  await page.waitForSelector("#refresh-preview", { state: "hidden" });
  await page.waitForSelector("#status.ok, #status.failed");
  return statusText(page);
}

describe("the pane inside Excel (English)", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    // The user already has a sheet called "Inputs": the build must leave it alone and say what it renamed.
    session = await openInExcel("en-US", ["Sheet1", "Inputs"]);
    page = session.page;
  });

  afterAll(() => session?.context.close());

  it("shows the form with units, the presets, the live summary and no outside-Excel notice", async () => {
    expect(await page.locator("#outside-excel").count()).toBe(0);
    expect(await page.locator("h1").innerText()).toBe("Cloud capex scenario");
    expect(await page.locator("#field-capexTotal-unit").innerText()).toBe("RMB bn");
    expect(await page.locator("#field-growth-unit").innerText()).toBe("% a year");
    expect(await page.locator("#preset option").allInnerTexts()).toEqual(["Base case", "Bull case", "Bear case"]);
    expect(await page.locator("#summary-capex").innerText()).toMatch(/^RMB 380 bn \(USD 53 bn\)$/);
    expect(await page.locator("#summary-required").innerText()).toMatch(
      /^Needs \d+(\.\d)?% a year; the scenario assumes \d+(\.\d)?%\.$/,
    );
    expect(await page.locator("#build").innerText()).toBe("Build workbook");
    // The dataset arrives after the pane is interactive.
    await page.waitForSelector("section[aria-labelledby=dataset-title][aria-busy=false]");
    expect(await page.locator("#dataset-asof").innerText()).not.toMatch(/^(unknown|loading…)$/);
    expect(await page.locator("#last-build").innerText()).toBe("not yet");
  });

  it("recomputes the summary as the inputs change and validates inline", async () => {
    await page.selectOption("#preset", "bull");
    const bullGrowth = await page.inputValue("#field-growth");
    expect(await page.locator("#summary-required").innerText()).toContain(`assumes ${bullGrowth}%`);

    await page.fill("#field-capexTotal", "480");
    expect(await page.locator("#summary-capex").innerText()).toMatch(/^RMB 480 bn/);
    expect(await page.inputValue("#preset")).toBe("");

    await page.fill("#field-margin", "120");
    expect(await page.locator("#field-margin-error").innerText()).toContain("Enter a value from 0 % to 100 %.");
    expect(await page.getAttribute("#field-margin", "aria-invalid")).toBe("true");
    expect(await page.locator("#summary-body").innerText()).toBe("Fix the highlighted inputs to see the summary.");
    await page.screenshot({ path: artifactPath("pane-excel-en-invalid.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.click("#build");
    expect(await waitForStatus(page, "failed")).toBe("Fix the input marked in red first.");
    expect(await double(page, (d) => d.runs())).toBe(0);

    await page.fill("#field-margin", "35");
    expect(await page.getAttribute("#field-margin", "aria-invalid")).toBeNull();
    expect(await page.locator("#summary-capex").isVisible()).toBe(true);
  });

  it("builds the workbook with the form's scenario and says which sheets it renamed", async () => {
    await page.click("#build");
    const message = await waitForStatus(page, "ok");
    expect(message).toMatch(/^Done: wrote \d+ sheets\./);
    expect(message).toContain("“Inputs” became");
    expect(await page.locator("#last-build").innerText()).not.toBe("not yet");

    const sheets = await double(page, (d) => d.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(["Sheet1", "Inputs"]));
    expect(sheets.length).toBeGreaterThan(3);
    const snapshot = await double(page, (d) => d.snapshot());
    // The user's own "Inputs" sheet is untouched; the model's inputs went to the renamed sheet.
    expect(snapshot.sheets.find((s) => s.name === "Inputs")?.cells).toEqual({});
    const values = snapshot.sheets.flatMap((s) => Object.values(s.cells).map((c) => c.value));
    expect(values).toEqual(expect.arrayContaining([480, 0.35]));
    // The preset's name was marked as edited with the numbers, so the cover does not claim the preset.
    expect(await page.inputValue("#field-name")).toMatch(/ \(edited\)$/);
    expect(values).toContain(await page.inputValue("#field-name"));
    await page.screenshot({ path: artifactPath("pane-excel-en-built.png"), fullPage: true });
  });

  it("refreshes the benchmarks from a good source and records the dataset in the workbook", async () => {
    const fresh = bundledDataset();
    fresh.version = `${fresh.version}-e2e`;
    fresh.asOf = "2026-06-30";
    fresh.figures[0].value += 1;
    session.setDatasetHandler((route: Route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(fresh) }),
    );
    const built = await figuresTable(page);
    expect(built?.body).toEqual(benchmarkTableRows(bundledDataset()).rows);
    // First the changes, and "Keep current" leaves everything as it was.
    await page.click("#refresh");
    await page.waitForSelector("#refresh-preview:not([hidden])");
    expect(await statusText(page)).toContain("would change the data: 0 figures added, 1 changed, 0 removed");
    const first = bundledDataset().figures[0];
    expect(await page.locator("#refresh-preview-groups li").allInnerTexts()).toEqual([
      `changed ${first.period}: ${plain(first.value)} → ${plain(fresh.figures[0].value)}`,
    ]);
    await page.click("#refresh-keep");
    expect(await waitForStatus(page, "ok")).toBe("Kept the current benchmarks; nothing was changed.");
    expect(await page.locator("#refresh-preview").isHidden()).toBe(true);
    expect(await figuresTable(page)).toEqual(built);
    expect(JSON.stringify(await double(page, (d) => d.settings()))).not.toContain(fresh.version);
    // Then the same refresh, applied.
    expect(await refreshAndApply(page)).toBe(
      "Benchmarks refreshed: 0 figures added, 1 changed, 0 removed, and the Benchmarks table was updated.",
    );
    expect(await page.locator("#dataset-asof").innerText()).toBe("Jun 30, 2026");
    expect(await page.locator("#dataset-source").innerText()).toContain("refreshed from https://");
    const settings = await double(page, (d) => d.settings());
    expect(JSON.stringify(settings)).toContain(fresh.version);
    // The same table, where it was, with the refreshed figures.
    const refreshed = await figuresTable(page);
    expect(refreshed).toEqual({ ...built, body: benchmarkTableRows(fresh).rows });
  });

  it("reports a failing source plainly and keeps the data it had", async () => {
    const before = await figuresTable(page);
    session.setDatasetHandler((route: Route) => route.fulfill({ status: 503, body: "unavailable" }));
    await page.click("#refresh");
    const message = await waitForStatus(page, "failed");
    expect(message).toContain("The benchmarks were not refreshed");
    expect(message).toContain("503");
    expect(await page.locator("#dataset-asof").innerText()).toBe("Jun 30, 2026");

    session.setDatasetHandler((route: Route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"version": 1}' }),
    );
    await page.click("#refresh");
    expect(await waitForStatus(page, "failed")).toContain("does not match the dataset format");
    await page.screenshot({ path: artifactPath("pane-excel-en-refresh-failed.png"), fullPage: true });
    expect(await figuresTable(page)).toEqual(before);
  });

  it("says so when the table cannot be written, and leaves it as it was", async () => {
    const before = await figuresTable(page);
    const fresh = bundledDataset();
    fresh.version = `${fresh.version}-e2e-2`;
    fresh.asOf = "2026-07-31";
    fresh.figures = fresh.figures.slice(2);
    session.setDatasetHandler((route: Route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(fresh) }),
    );
    // The second write of the table's batch fails: the table has already been resized by then.
    await page.evaluate("window.__excelDouble.failAfter(2)");
    expect(await refreshAndApply(page)).toMatch(
      /^The data was refreshed for CAPEX\.BENCHMARK \(0 figures added, \d+ changed, 2 removed\), but the Benchmarks table could not be updated and keeps its previous figures\.\n/,
    );
    expect(await statusText(page)).toContain("injected failure");
    expect(await page.locator("#dataset-asof").innerText()).toBe("Jul 31, 2026");
    expect(await figuresTable(page)).toEqual(before);
  });

  it("asks once for ExcelApi 1.13 and, having it, offers Build and Refresh", async () => {
    expect(await double(page, (d) => d.isSetSupportedCalls())).toBe(1);
    expect(await page.locator("#excel-api-note").count()).toBe(0);
    expect(await page.locator("#refresh").evaluate((b) => b.hasAttribute("disabled"))).toBe(false);
  });

  it("has no accessibility violations and no page errors", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe("the pane inside Excel (German)", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    session = await openInExcel("de-DE");
    page = session.page;
  });

  afterAll(() => session?.context.close());

  it("follows Office's display language for text and numbers", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(await page.locator("h1").innerText()).toBe("Cloud-Capex-Szenario");
    expect(await page.inputValue("#field-fx")).toBe("7,17");
    expect(await page.locator("#summary-capex").innerText()).toMatch(/^380 Mrd\. RMB \(53 Mrd\. USD\)$/);
    expect(await page.locator("#summary-required").innerText()).toMatch(
      /^Erfordert \d+(,\d)?\s% pro Jahr; das Szenario nimmt \d+(,\d)?\s% an\.$/,
    );
    await page.fill("#field-fx", "7,25");
    await page.fill("#field-capexYears", "2,5");
    expect(await page.locator("#field-capexYears-error").innerText()).toContain("Geben Sie eine ganze Zahl ein.");
    await page.fill("#field-capexYears", "3");
    await page.click("#build");
    expect(await waitForStatus(page, "ok")).toMatch(/^Fertig: \d+ Blätter geschrieben\./);
    const values = (await double(page, (d) => d.snapshot())).sheets.flatMap((s) =>
      Object.values(s.cells).map((c) => c.value),
    );
    expect(values).toContain(7.25);
    await page.screenshot({ path: artifactPath("pane-excel-de-built.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe("the pane inside an Excel without ExcelApi 1.13", () => {
  for (const [language, note, download] of [
    ["en-US", "This version of Excel lacks the features (ExcelApi 1.13)", "Download workbook (.xlsx)"],
    ["de-DE", "Dieser Excel-Version fehlen die Funktionen (ExcelApi 1.13)", "Arbeitsmappe herunterladen (.xlsx)"],
  ]) {
    it(`switches Build and Refresh off, says why, and still summarises and downloads (${language})`, async () => {
      const session = await openInExcel(language, ["Sheet1"], "1.12");
      const { page } = session;
      expect(await double(page, (d) => d.isSetSupportedCalls())).toBe(1);
      expect(await page.locator("#excel-api-note").innerText()).toContain(note);
      expect(await page.locator("#build-excel").evaluate((b) => b.hasAttribute("disabled"))).toBe(true);
      expect(await page.locator("#refresh").evaluate((b) => b.hasAttribute("disabled"))).toBe(true);
      await page.fill("#field-capexTotal", "390");
      expect(await page.locator("#summary-capex").innerText()).toMatch(/390/);
      expect(await page.locator("#build").innerText()).toBe(download);
      const [event] = await Promise.all([page.waitForEvent("download"), page.click("#build")]);
      expect(event.suggestedFilename()).toMatch(/\.xlsx$/);
      expect(await double(page, (d) => d.runs())).toBe(0);
      await page.screenshot({ path: artifactPath(`pane-excel-${language}-api-missing.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }
});
