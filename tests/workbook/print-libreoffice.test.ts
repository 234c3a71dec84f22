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

  it("prints from LibreOffice with no sheet split sideways and at most two pages per sheet", async () => {
    const bytes = new Uint8Array((await renderXlsx(plan, ExcelJS)) as ArrayBuffer);
    const pdf = convertWithLibreOffice(bytes, "base.xlsx", "pdf");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-pdf-"));
    try {
      const file = path.join(dir, "base.pdf");
      fs.writeFileSync(file, pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1]);
      const sheetOfPage: string[] = [];
      for (let p = 1; p <= pages; p++) {
        const text = run("pdftotext", ["-layout", "-f", String(p), "-l", String(p), file, "-"]);
        const header = text.split("\n").find((line) => line.includes("Scenario: Base: the announced plan")) ?? "";
        const name = header.trim().split(/\s+/).pop() ?? "";
        sheetOfPage.push(name);
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
      // The Risk sheet's trials table (one row per trial, 1,000 by default) is the issue's "risk draws aside".
      const risk = plan.sheets.find((s) => s.key === "risk")?.name;
      // The Tornado sheet prints its inputs' 7 lists and the ranking's 8 (a row per input each) beside its chart; its
      // 14 cases year by year are left out of the print area.
      const tornadoName = plan.sheets.find((s) => s.key === "tornado")?.name;
      const allowed = (name: string) => (name === benchmarks ? 4 : name === tornadoName ? 3 : 2);
      for (const [name, count] of counts) {
        expect([name, count >= 1 && (name === risk || count <= allowed(name))]).toEqual([name, true]);
      }
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

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}
