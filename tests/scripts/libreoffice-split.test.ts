import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * `npm test` must pass on a fresh machine (no LibreOffice, no poppler): the tests that run them are
 * `npm run test:libreoffice`'s, which fails in one line naming the apt package where they are missing.
 */

const ROOT = path.resolve(__dirname, "../..");

interface JestConfig {
  testMatch: string[];
  testPathIgnorePatterns?: string[];
  globalSetup?: string;
}

const defaultConfig = require(path.join(ROOT, "jest.config.js")) as JestConfig;
const libreOfficeConfig = require(path.join(ROOT, "jest.libreoffice.config.js")) as JestConfig;
const tools = require(path.join(ROOT, "tests/setup/libreoffice-tools.js")) as {
  TOOLS: readonly { command: string; aptPackage: string }[];
  missingToolsLine(probe?: (command: string) => boolean): string | null;
};

const summaryTotal = require(path.join(ROOT, "tests/setup/summary-total.js")) as {
  totalOf(dir: string): { lines: string[]; failed: number };
};

function testFiles(dir = path.join(ROOT, "tests")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testFiles(full);
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Whether a config's ignore patterns leave `file` in (testMatch is "**\/*.test.ts" or "**\/*-libreoffice.test.ts"). */
function runs(config: JestConfig, file: string): boolean {
  const suffix = config.testMatch[0].replace("**/*", "");
  const ignored = (config.testPathIgnorePatterns ?? []).some((pattern) => new RegExp(pattern).test(file));
  return file.endsWith(suffix) && !ignored;
}

/** Test files (and the helpers they import from tests/) that start LibreOffice or poppler. */
function usesLibreOffice(file: string): boolean {
  const source = fs.readFileSync(file, "utf8");
  const programs = /["'](soffice|pdfinfo|pdftotext|pdftoppm)["']|convertWithLibreOffice|recalculateInLibreOffice/;
  return programs.test(source);
}

describe("npm test and npm run test:libreoffice", () => {
  // This file names the programs too, to look for them.
  const files = testFiles().filter((file) => file !== __filename);

  it("splits the tests: every test that starts LibreOffice or poppler is the second run's, and only those", () => {
    const libre = files.filter(usesLibreOffice).map((f) => path.relative(ROOT, f));
    expect(libre.sort()).toEqual([
      "tests/workbook/charts-libreoffice.test.ts",
      "tests/workbook/print-libreoffice.test.ts",
    ]);
    for (const file of files) {
      const relative = path.relative(ROOT, file);
      const expected = libre.includes(relative);
      expect([relative, runs(defaultConfig, file), runs(libreOfficeConfig, file)]).toEqual([
        relative,
        !expected,
        expected,
      ]);
    }
  });

  it("is wired into package.json, and CI runs both and prints both summaries", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.test).toBe("jest");
    expect(pkg.scripts["test:libreoffice"]).toBe("jest --config jest.libreoffice.config.js");
    const ci = fs.readFileSync(path.join(ROOT, ".ci/run"), "utf8");
    expect(ci.indexOf("npm run test:libreoffice")).toBeGreaterThan(ci.indexOf("npm test"));
    expect(ci.indexOf("node tests/setup/summary-total.js")).toBeGreaterThan(ci.indexOf("npm run test:libreoffice"));
  });

  it("ends CI with both runs' lines and their total in the form CI reads", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-summary-"));
    try {
      fs.writeFileSync(path.join(dir, "summary.txt"), "tests: 1200 passed, 1 failed, 2 skipped\n");
      fs.writeFileSync(path.join(dir, "summary-libreoffice.txt"), "libreoffice tests: 2 passed, 0 failed\n");
      expect(summaryTotal.totalOf(dir)).toEqual({
        lines: [
          "tests: 1200 passed, 1 failed, 2 skipped",
          "libreoffice tests: 2 passed, 0 failed",
          "tests: 1202 passed, 1 failed, 2 skipped",
        ],
        failed: 1,
      });
      fs.writeFileSync(path.join(dir, "summary-libreoffice.txt"), "libreoffice tests: not run: needs soffice\n");
      expect(summaryTotal.totalOf(dir).lines.at(-1)).toBe("tests: 1200 passed, 2 failed, 2 skipped");
      fs.rmSync(path.join(dir, "summary.txt"));
      expect(summaryTotal.totalOf(dir).lines[0]).toBe("summary.txt: missing (the run did not finish)");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the apt package of each missing program in one line", () => {
    expect(tools.missingToolsLine(() => true)).toBeNull();
    expect(tools.missingToolsLine((command) => command !== "soffice")).toBe(
      "npm run test:libreoffice needs soffice: sudo apt-get install libreoffice-calc-nogui",
    );
    expect(tools.missingToolsLine(() => false)).toBe(
      "npm run test:libreoffice needs soffice, pdfinfo, pdftotext, pdftoppm: " +
        "sudo apt-get install libreoffice-calc-nogui poppler-utils",
    );
  });

  it("fails (never skips) before any test on a machine without them, with that line and its summary", () => {
    const artifacts = fs.mkdtempSync(path.join(os.tmpdir(), "capex-lo-setup-"));
    const emptyPath = fs.mkdtempSync(path.join(os.tmpdir(), "capex-no-programs-"));
    try {
      const child = spawnSync(
        process.execPath,
        ["-e", `require(${JSON.stringify(path.join(ROOT, "tests/setup/libreoffice-setup.js"))})()`],
        { encoding: "utf8", env: { PATH: emptyPath, CAPEX_TEST_ARTIFACTS: artifacts }, timeout: 60_000 },
      );
      expect(child.status).toBe(1);
      const lines = child.stderr.trim().split("\n");
      expect(lines).toEqual([
        "npm run test:libreoffice needs soffice, pdfinfo, pdftotext, pdftoppm: " +
          "sudo apt-get install libreoffice-calc-nogui poppler-utils",
      ]);
      expect(fs.readFileSync(path.join(artifacts, "summary-libreoffice.txt"), "utf8")).toBe(
        `libreoffice tests: not run: ${lines[0]}\n`,
      );
    } finally {
      fs.rmSync(artifacts, { recursive: true, force: true });
      fs.rmSync(emptyPath, { recursive: true, force: true });
    }
  });
});
