import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// The finance core is plain TypeScript on numbers: the workbook, the pane and the functions build on it, never the
// other way round, and it needs no package.
const CORE = join(__dirname, "..", "..", "src", "core");

function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/g)) found.push(m[1]);
  for (const m of source.matchAll(/\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]);
  for (const m of source.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) found.push(m[1]);
  return found;
}

describe("src/core imports nothing outside src/core", () => {
  const files = readdirSync(CORE).filter((f) => f.endsWith(".ts"));

  it("has files to check", () => {
    expect(files).toEqual(expect.arrayContaining(["model.ts", "requiredGrowthTrace.ts"]));
  });

  it.each(files)("%s", (file) => {
    const outside = specifiers(readFileSync(join(CORE, file), "utf8")).filter(
      (s) => !/^\.\/[^/]+$/.test(s) || s.includes(".."),
    );
    expect(outside).toEqual([]);
  });

  it("the check catches a package, a parent folder and a dynamic import", () => {
    const source = 'import x from "exceljs";\nexport { y } from "../workbook/plan";\nconst z = import("./ok");';
    expect(specifiers(source)).toEqual(["exceljs", "../workbook/plan", "./ok"]);
  });
});
