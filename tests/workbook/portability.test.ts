import { bundledDataset } from "../../src/benchmarks/bundled";
import { PACING_PROFILES } from "../../src/core/pacing";
import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { formulaCells } from "../helpers/evaluate-plan";

/**
 * Functions that Excel 2016 and LibreOffice Calc both compute, as the template may use them. Anything newer (LET,
 * LAMBDA, XLOOKUP, FILTER, SEQUENCE, …), volatile references (OFFSET, INDIRECT) or the add-in's own CAPEX functions
 * would make the workbook depend on a recent Excel or on the add-in. TEXT is not among them: its format code is read
 * in the app's locale (number-text.ts uses FIXED and SUBSTITUTE instead).
 */
const PORTABLE = new Set(
  "ABS AND AVERAGE COUNT COUNTIF COUNTIFS EXP FALSE FIXED IF IFERROR INDEX INT ISERROR ISNUMBER MATCH MAX MEDIAN MIN NA NOT OR PERCENTILE ROUND ROUNDUP ROWS SERIESSUM SIGN SQRT SUBSTITUTE SUM SUMIF SUMIFS TRUE".split(
    " ",
  ),
);

function functionsUsed(formula: string): string[] {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...outsideStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1].toUpperCase());
}

describe("the template uses only functions Excel 2016 and LibreOffice both compute", () => {
  it.each(PACING_PROFILES.filter((p) => p !== "custom"))("with the %s profile and the benchmark dataset", (profile) => {
    const plan = buildWorkbookPlan({ ...presetScenario("base"), profile }, bundledDataset());
    const used = new Set(formulaCells(plan).flatMap((f) => functionsUsed(f.cell.formula)));
    expect([...used].filter((name) => !PORTABLE.has(name))).toEqual([]);
    expect(used.size).toBeGreaterThan(5);
  });

  it("would notice a newer function or the add-in's own", () => {
    expect(functionsUsed('LET(x,1,CAPEX.PACING(x,2))+XLOOKUP(A1,B:B,C:C)&"SUM(1)"')).toEqual([
      "LET",
      "CAPEX.PACING",
      "XLOOKUP",
    ]);
  });
});
