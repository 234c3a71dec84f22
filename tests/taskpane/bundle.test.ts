import * as fs from "fs";
import * as zlib from "zlib";
import bundled from "../../assets/benchmarks.json";
import { distDir, distPath } from "../helpers/dist";

/**
 * The pane's weight budget, on the production build: everything the page loads before it is interactive
 * (the scripts taskpane.html names, office.js aside, plus the one language's messages it fetches at start) must stay
 * within 60 KB gzipped, and ExcelJS must live in a chunk of its own that only a download request loads. The benchmark
 * dataset is fetched at start as well, but nothing waits for it before the pane is interactive (the browser tests hold
 * it back to show that), so it is not counted.
 */

const BUDGET_GZIP_BYTES = 60 * 1024;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function scriptsOfPage(): string[] {
  const html = fs.readFileSync(distPath("taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(distPath(file)), { level: 9 }).length;

describe("the task pane bundle", () => {
  const scripts = scriptsOfPage();
  const initial = scripts.filter((src) => src !== OFFICE_JS);

  it("loads only the runtime, the shared chunk and the two entries up front, plus office.js", () => {
    expect(scripts).toContain(OFFICE_JS);
    expect(initial).toEqual(expect.arrayContaining(["runtime.js", "functions.js", "taskpane.js"]));
    for (const src of initial) expect(src).not.toMatch(/^https?:/);
    // No <link rel=preload/prefetch> pulling lazy chunks in early.
    expect(fs.readFileSync(distPath("taskpane.html"), "utf8")).not.toMatch(/rel=["']?(preload|prefetch)/);
  });

  /** The chunk of each language's messages: the page loads exactly one of them before it is interactive. */
  const messageChunks = () => fs.readdirSync(distDir()).filter((f) => /^messages-(en|de)\.[0-9a-f]+\.js$/.test(f));

  it("loads one language's messages, never both, and neither through the page's script tags", () => {
    expect(
      messageChunks()
        .map((f) => f.split(".")[0])
        .sort(),
    ).toEqual(["messages-de", "messages-en"]);
    for (const chunk of messageChunks()) expect(initial).not.toContain(chunk);
    // Each language's text lives in its chunk only.
    for (const src of initial) {
      const code = fs.readFileSync(distPath(src), "utf8");
      expect(code).not.toContain("Build workbook");
      expect(code).not.toContain("Arbeitsmappe erstellen");
    }
  });

  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped before it is interactive`, () => {
    const sizes = Object.fromEntries(initial.map((src) => [src, gzipSize(src)]));
    // The larger language counts: whichever the user has is fetched before the pane is shown.
    const messages = Math.max(...messageChunks().map(gzipSize));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0) + messages;
    // Printed so that a growing bundle is seen before it hits the limit.
    process.stdout.write(`pane initial JS gzipped: ${JSON.stringify({ ...sizes, messages })} total ${total} bytes\n`);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it("keeps ExcelJS in a separate chunk that the page does not load up front", () => {
    const chunks = fs.readdirSync(distDir()).filter((f) => /^exceljs\.[0-9a-f]+\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    const [chunk] = chunks;
    expect(initial).not.toContain(chunk);
    const code = fs.readFileSync(distPath(chunk), "utf8");
    // ExcelJS writes these part names into every .xlsx; no other module of the add-in does.
    const marker = "xl/sharedStrings.xml";
    expect(code).toContain(marker);
    expect(fs.statSync(distPath(chunk)).size).toBeGreaterThan(300 * 1024);
    for (const src of initial) expect(fs.readFileSync(distPath(src), "utf8")).not.toContain(marker);
    // The runtime knows the chunk by name, so that the dynamic import can fetch it on demand.
    expect(fs.readFileSync(distPath("runtime.js"), "utf8")).toContain(chunk.split(".")[1]);
  });

  it("keeps the benchmark dataset in a separate chunk that the page loads lazily, not up front", () => {
    const chunks = fs.readdirSync(distDir()).filter((f) => /^dataset\.[0-9a-f]+\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    const [chunk] = chunks;
    expect(initial).not.toContain(chunk);
    // Text found only in assets/benchmarks.json: the dataset's title and a figure's source note.
    const markers = [bundled.title, bundled.figures[0].note];
    const code = fs.readFileSync(distPath(chunk), "utf8");
    for (const marker of markers) expect(code).toContain(marker);
    for (const src of initial) {
      const initialCode = fs.readFileSync(distPath(src), "utf8");
      for (const marker of markers) expect(initialCode).not.toContain(marker);
    }
    // Most of the dataset's weight, to show that it was moved rather than a copy left behind.
    expect(gzipSize(chunk)).toBeGreaterThan(8 * 1024);
    // The runtime knows the chunk by name, so that the dynamic import can fetch it.
    expect(fs.readFileSync(distPath("runtime.js"), "utf8")).toContain(chunk.split(".")[1]);
  });

  it("loads the workbook plan and renderers only on the first build or download", () => {
    const lazy = fs.readdirSync(distDir()).filter((f) => /^(workbook|xlsx)\.[0-9a-f]+\.js$/.test(f));
    expect(lazy.map((f) => f.split(".")[0]).sort()).toEqual(["workbook", "xlsx"]);
    for (const src of initial) {
      // A string from the Office.js renderer's swap step: present in the lazy chunk, absent up front.
      expect(fs.readFileSync(distPath(src), "utf8")).not.toContain("capexAddin");
    }
  });
});
