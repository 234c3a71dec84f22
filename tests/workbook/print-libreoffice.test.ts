import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { convertWithLibreOffice } from "./charts-helpers";

/**
 * The base case printed by LibreOffice and read back with poppler (`pdfinfo`, `pdftotext`, `pdftoppm`): run by
 * `npm run test:libreoffice`, not `npm test`. Moved verbatim from print.test.ts, which keeps the print setup's tests
 * that need no program.
 */

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

describe("print setup of the base case", () => {
  let plan: WorkbookPlan;
  beforeAll(() => {
    plan = buildWorkbookPlan(presetScenario("base"), bundledDataset());
  });

  it("prints from LibreOffice with no sheet split sideways, at most two pages per sheet, no ### and Risk readable", async () => {
    const bytes = new Uint8Array((await renderXlsx(plan, ExcelJS)) as ArrayBuffer);
    const pdf = convertWithLibreOffice(bytes, "base.xlsx", "pdf");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-pdf-"));
    try {
      const file = path.join(dir, "base.pdf");
      fs.writeFileSync(file, pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1]);
      const sheetOfPage: string[] = [];
      const hashes: string[] = [];
      for (let p = 1; p <= pages; p++) {
        const text = run("pdftotext", ["-layout", "-f", String(p), "-l", String(p), file, "-"]);
        const header =
          text.split("\n").find((line) => line.includes("Built from scenario: Base: the announced plan")) ?? "";
        const name = header.trim().split(/\s+/).pop() ?? "";
        sheetOfPage.push(name);
        // A number wider than its column prints as "###" (columns are fitted to their numbers in column-fit.ts).
        for (const line of text.split("\n")) if (line.includes("###")) hashes.push(`${name} p.${p}: ${line.trim()}`);
        // A page of a timeline sheet shows the whole timeline: the first and the last model year.
        const key = plan.sheets.find((s) => s.name === name)?.key;
        if (key === "capex" || key === "cloud" || key === "payback") {
          expect([name, p, text.includes("2025"), text.includes("2034")]).toEqual([name, p, true, true]);
        }
      }
      const counts = new Map(plan.sheets.map((s) => [s.name, sheetOfPage.filter((n) => n === s.name).length]));
      // The Benchmarks sheet lists every figure of the dataset (320 in the shipped one) below its history blocks, so
      // it may take more pages as the dataset grows; still one page wide.
      const benchmarks = plan.sheets.find((s) => s.key === "benchmarks")?.name;
      const allowed = (name: string) => (name === benchmarks ? 4 : 2);
      for (const [name, count] of counts) {
        expect([name, count >= 1 && count <= allowed(name)]).toEqual([name, true]);
      }
      expect(hashes).toEqual([]);
      // The Risk sheet's results print as large as the Capex sheet's rows (with the trials in the print area, one
      // page wide, they were about a fifth of that): the height of "median" against that of "Model" (year number).
      const riskPage = sheetOfPage.indexOf(plan.sheets.find((s) => s.key === "risk")?.name ?? "") + 1;
      const capexPage = sheetOfPage.indexOf(plan.sheets.find((s) => s.key === "capex")?.name ?? "") + 1;
      expect(wordHeight(file, riskPage, "median") / wordHeight(file, capexPage, "Model")).toBeGreaterThan(0.8);
      expect(counts.get("Dashboard")).toBe(1);
      expect(pages).toBe([...counts.values()].reduce((a, b) => a + b, 0));
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, "workbook-base.pdf"), pdf);
      fs.writeFileSync(
        path.join(ARTIFACTS, "workbook-base-pages.txt"),
        `${pages} pages\n${[...counts].map(([n, c]) => `${n}: ${c}`).join("\n")}\n`,
      );
      // The Dashboard as LibreOffice draws it, for a reviewer to look at.
      const dashboardPage = String(sheetOfPage.indexOf("Dashboard") + 1);
      run("pdftoppm", [
        "-png",
        "-r",
        "110",
        "-singlefile",
        "-f",
        dashboardPage,
        "-l",
        dashboardPage,
        file,
        path.join(ARTIFACTS, "dashboard-libreoffice"),
      ]);
      expect(fs.statSync(path.join(ARTIFACTS, "dashboard-libreoffice.png")).size).toBeGreaterThan(20_000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

/** The height, in points, of the first occurrence of a word on a page of the PDF. */
function wordHeight(file: string, page: number, word: string): number {
  const boxes = run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), file, "-"]);
  const match = new RegExp(`yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}<`).exec(boxes);
  if (!match) throw new Error(`no "${word}" on page ${page}`);
  return Number(match[2]) - Number(match[1]);
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}
