import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/**
 * The layers import one way (ARCHITECTURE.md): core <- scenario <- workbook, benchmarks is data below the workbook,
 * and functions, taskpane and cli are adapters at the edge. Every import of every file under src/ is checked,
 * static, re-exported and dynamic alike.
 */

const SRC = path.join(__dirname, "..", "src");

type Layer = "core" | "scenario" | "benchmarks" | "dataset" | "workbook" | "functions" | "taskpane" | "cli";

/** What each layer may import besides itself. `assets` (bundled data) is open to every layer. */
const ALLOWED: Readonly<Record<Layer, readonly string[]>> = {
  core: [],
  scenario: ["core"],
  benchmarks: ["core"],
  // The Node-only dataset builder: figures from filings, in the benchmark schema.
  dataset: ["core", "benchmarks"],
  workbook: ["core", "scenario", "benchmarks"],
  functions: ["core", "benchmarks"],
  taskpane: ["core", "scenario", "benchmarks", "workbook"],
  cli: ["core", "scenario", "benchmarks", "dataset", "workbook"],
};
const LAYERS = Object.keys(ALLOWED) as Layer[];

/** Module specifiers a source file imports, including `export ... from` and `import("...")`. */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The top-level folder a specifier lands in ("core", "assets", ...), or "package" for a bare module name. */
function targetOf(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return "package";
  const resolved = path.relative(SRC, path.resolve(path.dirname(file), specifier));
  if (resolved.startsWith("..")) return resolved.split(path.sep)[1] ?? "outside";
  return resolved.split(path.sep)[0];
}

function layerOf(file: string): Layer {
  const top = path.relative(SRC, file).split(path.sep)[0];
  if (!(LAYERS as string[]).includes(top)) throw new Error(`${file} is in no known layer (${top}): add it to ALLOWED`);
  return top as Layer;
}

interface Violation {
  readonly file: string;
  readonly specifier: string;
}

function violations(): Violation[] {
  const found: Violation[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = layerOf(file);
    for (const specifier of importsOf(fs.readFileSync(file, "utf8"))) {
      const target = targetOf(file, specifier);
      const ok =
        target === layer ||
        ALLOWED[layer].includes(target) ||
        target === "assets" ||
        (target === "package" && layer !== "core");
      if (!ok) found.push({ file: path.relative(SRC, file), specifier });
    }
  }
  return found;
}

describe("layers", () => {
  it("every import goes one way: core imports nothing outside core, benchmarks neither workbook nor functions", () => {
    expect(violations()).toEqual([]);
  });

  it("knows every folder under src", () => {
    const folders = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...LAYERS].sort());
  });

  it("sees static, re-exported and dynamic imports, so that none slips past", () => {
    const source = [
      'import { a } from "../workbook/plan";',
      'import type { B } from "../functions/functions";',
      'export * from "../taskpane/seam";',
      'const lazy = () => import("../cli/workbook");',
      'import "../scenario/side-effect";',
    ].join("\n");
    expect(importsOf(source).sort()).toEqual(
      [
        "../workbook/plan",
        "../functions/functions",
        "../taskpane/seam",
        "../cli/workbook",
        "../scenario/side-effect",
      ].sort(),
    );
  });

  it("places a relative import in the folder it resolves to", () => {
    const file = path.join(SRC, "benchmarks", "table.ts");
    expect(targetOf(file, "../workbook/sheets/layout")).toBe("workbook");
    expect(targetOf(file, "./schema")).toBe("benchmarks");
    expect(targetOf(file, "../../assets/benchmarks.json")).toBe("assets");
    expect(targetOf(file, "zod/mini")).toBe("package");
    expect(targetOf(path.join(SRC, "workbook", "sheets", "capex.ts"), "../../core/pacing")).toBe("core");
  });
});
