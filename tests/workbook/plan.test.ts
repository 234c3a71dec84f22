import * as fc from "fast-check";
import type { CellValue } from "hyperformula";
import { computeCase, type CaseResult, type PaybackOutcome } from "../../src/core/model";
import { PRESET_IDS, presetScenario, toCaseInputs, type Scenario } from "../../src/scenario";
import {
  buildWorkbookPlan,
  DEFAULT_SHEET_NAMES,
  NOT_WITHIN_HORIZON,
  NOTHING_TO_PAY_BACK,
  SHEET_ORDER,
} from "../../src/workbook/plan";
import { type SheetKey } from "../../src/workbook/plan-types";
import { CAPEX_ROWS } from "../../src/workbook/sheets/capex";
import { CLOUD_ROWS } from "../../src/workbook/sheets/cloud";
import { inputCell, inputRow, scenarioWeightsRow, type InputId } from "../../src/workbook/sheets/inputs";
import { scenarioCell } from "../../src/workbook/sheets/inputs-scenarios";
import { scenarioSet } from "../../src/workbook/scenario-set";
import { cell, COL, columnLetter, periodColumn, ROW } from "../../src/workbook/sheets/grid";
import type { SheetModule } from "../../src/workbook/sheets/sheet-module";
import { PAYBACK_ROWS } from "../../src/workbook/sheets/payback";
import {
  cellsAgree,
  evaluatePlan,
  expectCachedValuesMatch,
  formulaCells,
  parseAddress,
  type EvaluatedPlan,
  hyperFormulaName,
} from "../helpers/evaluate-plan";
import { inconsistentRows, toR1C1 } from "../helpers/formula-shape";
import { RISK_ROWS } from "../../src/workbook/sheets/risk-layout";
import { SUMMARY_ROWS } from "../../src/workbook/sheets/scenarios-layout";
import { scenarioArbitrary } from "../scenario/arbitrary";
import { planSheetNames, resolveSheetRefs, sheetRef } from "../../src/workbook/sheet-ref";

const CALC_SHEETS: readonly SheetKey[] = ["capex", "cloud", "payback", "earnings"];

function row(ev: EvaluatedPlan, sheet: SheetKey, r: number, horizon: number): CellValue[] {
  return Array.from({ length: horizon }, (_, k) => ev.value(sheet, cell(periodColumn(k), r)));
}

function expectRow(actual: CellValue[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, k) => {
    if (!cellsAgree(v, expected[k])) throw new Error(`period ${k}: ${String(v)} is not ${expected[k]}`);
  });
}

function paybackValue(outcome: PaybackOutcome): number | string {
  if (outcome.kind === "year") return outcome.year;
  return outcome.kind === "notWithinHorizon" ? NOT_WITHIN_HORIZON : NOTHING_TO_PAY_BACK;
}

function expectModelMatches(ev: EvaluatedPlan, result: CaseResult): void {
  const h = result.years.length;
  expectRow(row(ev, "inputs", ROW.year, h), result.years);
  expectRow(row(ev, "capex", CAPEX_ROWS.capex, h), result.capex);
  expectRow(row(ev, "cloud", CLOUD_ROWS.revenueWith, h), result.revenueWithInvestment);
  expectRow(row(ev, "cloud", CLOUD_ROWS.revenueWithout, h), result.revenueWithout);
  expectRow(row(ev, "cloud", CLOUD_ROWS.incremental, h), result.incrementalRevenue);
  expectRow(row(ev, "payback", PAYBACK_ROWS.cashFlow, h), result.cashFlow);
  expectRow(row(ev, "payback", PAYBACK_ROWS.cumulative, h), result.cumulativeCashFlow);
  expectRow(row(ev, "payback", PAYBACK_ROWS.discounted, h), result.discountedCashFlow);
  expectRow(row(ev, "payback", PAYBACK_ROWS.cumulativeDiscounted, h), result.cumulativeDiscountedCashFlow);
  const simple = ev.value("payback", cell(COL.constant, PAYBACK_ROWS.simplePayback));
  const discounted = ev.value("payback", cell(COL.constant, PAYBACK_ROWS.discountedPayback));
  expect(cellsAgree(simple, paybackValue(result.simplePayback))).toBe(true);
  expect(cellsAgree(discounted, paybackValue(result.discountedPayback))).toBe(true);
  expect(ev.value("checks", "C2")).toBe(true);
}

function checkPlan(scenario: Scenario): void {
  const plan = buildWorkbookPlan(scenario);
  const ev = evaluatePlan(plan);
  expectCachedValuesMatch(plan, ev);
  expectModelMatches(ev, computeCase(toCaseInputs(scenario)));
}

describe("the plan evaluates to the finance core's figures", () => {
  test.each(PRESET_IDS)("preset %s", (id) => checkPlan(presetScenario(id)));

  test.each(["even", "front", "back", "scurve"] as const)("base with the %s profile", (profile) =>
    checkPlan({ ...presetScenario("base"), profile }),
  );

  test("custom weights, horizon 1, horizon 50", () => {
    checkPlan({ ...presetScenario("base"), profile: "custom", customWeights: [5, 3, 0] });
    checkPlan({ ...presetScenario("base"), horizon: 1, capexYears: 1 });
    checkPlan({ ...presetScenario("bull"), horizon: 50, capexYears: 7, profile: "scurve" });
  });

  test("generated scenarios", () => {
    fc.assert(fc.property(scenarioArbitrary, checkPlan), { numRuns: 60 });
  });
});

describe("payback outcomes", () => {
  const payback = (s: Scenario) => {
    const ev = evaluatePlan(buildWorkbookPlan(s));
    return [PAYBACK_ROWS.simplePayback, PAYBACK_ROWS.discountedPayback].map((r) =>
      ev.value("payback", cell(COL.constant, r)),
    );
  };

  test("a year, with the interpolation of CAPEX.PAYBACKYEAR", () => {
    const s = presetScenario("bull");
    const r = computeCase(toCaseInputs(s));
    // Recompute the definition by hand: first negative, first later non-negative p, (p − 1) + (−C(p−1) / d(p)).
    const j = r.cumulativeCashFlow.findIndex((c) => c < 0);
    const p = r.cumulativeCashFlow.findIndex((c, k) => k > j && c >= 0);
    const expected = s.firstYear + (p - 1) + -r.cumulativeCashFlow[p - 1] / r.cashFlow[p];
    expect(payback(s)[0]).toBeCloseTo(expected, 9);
  });

  test("not within horizon", () => {
    expect(payback(presetScenario("base"))).toEqual([NOT_WITHIN_HORIZON, NOT_WITHIN_HORIZON]);
  });

  test("nothing to pay back when the cumulative flow never goes negative", () => {
    expect(payback({ ...presetScenario("bull"), capexTotal: 0 })).toEqual([NOTHING_TO_PAY_BACK, NOTHING_TO_PAY_BACK]);
  });

  test("a one-year horizon is never paid back, as the core says", () => {
    const s = { ...presetScenario("bull"), capexTotal: 0, horizon: 1, capexYears: 1 };
    expect(computeCase(toCaseInputs(s)).simplePayback.kind).toBe("notWithinHorizon");
    expect(payback(s)).toEqual([NOT_WITHIN_HORIZON, NOT_WITHIN_HORIZON]);
  });
});

describe("liveness: changing an input in the workbook changes the outputs as the core says", () => {
  const base = presetScenario("bull");
  // Inputs are typed into the active scenario's column on Inputs; column C follows it.
  const ACTIVE = scenarioSet(base).active;
  const typed = (id: InputId): string => scenarioCell(inputRow(id), ACTIVE);
  test.each<[string, Partial<Scenario>]>([
    ["capex total", { capexTotal: 600 }],
    ["profile", { profile: "front" }],
    ["capex years", { capexYears: 5 }],
    ["growth", { growth: 0.2 }],
    ["terminal growth", { terminalGrowth: 0.01 }],
    ["baseline growth", { baselineGrowth: 0.08 }],
    ["margin", { margin: 0.25 }],
    ["discount rate", { discountRate: 0.15 }],
    ["first year", { firstYear: 2030 }],
    ["base revenue", { baseRevenue: 200 }],
    ["S-curve", { profile: "scurve" }],
  ])("%s", (_, change) => {
    const ev = evaluatePlan(buildWorkbookPlan(base));
    // The scenario's field names are the Inputs sheet's input ids.
    for (const [field, value] of Object.entries(change)) {
      ev.set("inputs", typed(field as InputId), value as number | string);
    }
    const changed = computeCase(toCaseInputs({ ...base, ...change }));
    expect(changed).not.toEqual(computeCase(toCaseInputs(base)));
    expectModelMatches(ev, changed);
  });

  test("custom weights typed on Inputs drive the capex row", () => {
    const ev = evaluatePlan(buildWorkbookPlan(base));
    ev.set("inputs", typed("profile"), "custom");
    [2, 1, 1].forEach((w, k) => ev.set("inputs", cell(periodColumn(k), scenarioWeightsRow(ACTIVE)), w));
    expectModelMatches(ev, computeCase(toCaseInputs({ ...base, profile: "custom", customWeights: [2, 1, 1] })));
  });

  test("checks catch inputs the model cannot take", () => {
    const ev = evaluatePlan(buildWorkbookPlan(base));
    ev.set("inputs", typed("profile"), "zigzag");
    expect(ev.value("checks", "C2")).toBe(false);
    ev.set("inputs", typed("profile"), "even");
    expect(ev.value("checks", "C2")).toBe(true);
    ev.set("inputs", typed("capexYears"), base.horizon + 1);
    expect(ev.value("checks", "C2")).toBe(false);
    ev.set("inputs", typed("capexYears"), 3);
    ev.set("inputs", typed("horizon"), base.horizon + 2);
    expect(ev.value("checks", "C2")).toBe(false);
    for (const sheet of SHEET_ORDER.filter((k) => k !== "checks" && k !== "sensitivity")) {
      expect(ev.value(sheet, "C2")).toBe(false);
    }
  });
});

describe("FAST conventions", () => {
  const scenarios: Scenario[] = [presetScenario("base"), { ...presetScenario("bear"), horizon: 50, profile: "scurve" }];

  test.each(scenarios.map((s) => [s.horizon, s] as const))("timeline rows are consistent (horizon %i)", (_, s) => {
    const plan = buildWorkbookPlan(s);
    const cells = formulaCells(plan);
    // The Risk sheet's trials table is a table of trials, one row each, not a timeline row: its three blocks of
    // years hold revenue, cumulative flow and payback state side by side (its per-year constants above are timeline
    // rows and are checked).
    // Likewise the Scenarios sheet's comparison: its columns are scenarios, each cell linking its own scenario's block.
    const comparison = (f: { sheet: string; row: number }) =>
      f.sheet === "scenarios" && f.row >= SUMMARY_ROWS.simplePayback && f.row <= SUMMARY_ROWS.trough;
    const timelineCells = cells.filter((f) => !(f.sheet === "risk" && f.row >= RISK_ROWS.firstTrial) && !comparison(f));
    const inconsistent = inconsistentRows(timelineCells, COL.firstPeriod);
    expect(inconsistent).toEqual([]);
    for (const sheet of CALC_SHEETS) {
      const rows = new Set(cells.filter((f) => f.sheet === sheet && f.col >= COL.firstPeriod).map((f) => f.row));
      expect(rows.size).toBeGreaterThan(2);
    }
  });

  test("the R1C1 shape tells a copied row from a broken one", () => {
    expect(toR1C1("F9+$C$3", 9, 6)).toBe(toR1C1("G9+$C$3", 9, 7));
    expect(toR1C1("F9+$C$3", 9, 6)).not.toBe(toR1C1("F9+$C$3", 9, 7));
    expect(toR1C1('SUMIF(A1,"F9",B2)', 5, 5)).toContain('"F9"');
  });

  test("no formula holds a number other than 0 or 1, nor an input's value", () => {
    const s = presetScenario("bull");
    const plan = buildWorkbookPlan(s);
    const inputValues = new Set(
      [s.capexTotal, s.growth, s.terminalGrowth, s.margin, s.discountRate, s.fx, s.firstYear, s.baseRevenue].map(
        String,
      ),
    );
    const offenders: string[] = [];
    for (const f of formulaCells(plan)) {
      const bare = f.cell.formula
        .replace(/"(?:[^"]|"")*"/g, '""')
        .replace(/'(?:[^']|'')*'!/g, "")
        .replace(/\$?[A-Z]{1,3}\$?\d+/g, "REF");
      for (const n of bare.match(/(?<![A-Za-z0-9_.])\d+(?:\.\d+)?(?:E[+-]?\d+)?/g) ?? []) {
        if (n !== "0" && n !== "1") offenders.push(`${f.sheet}!${cell(f.col, f.row)}: ${f.cell.formula}`);
        if (inputValues.has(n)) offenders.push(`input value ${n} in ${f.sheet}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("inputs live only on Inputs; the calculation sheets hold no typed numbers", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    for (const sheet of plan.sheets) {
      const inputStyles = sheet.formats.filter((f) => f.style === "input");
      if (sheet.key === "inputs") expect(inputStyles.length).toBeGreaterThan(10);
      else expect(inputStyles).toEqual([]);
      if (!CALC_SHEETS.includes(sheet.key)) continue;
      const numbers = sheet.blocks
        .flatMap((b) => b.cells.flat())
        .filter((c) => typeof c === "number" || typeof c === "boolean");
      expect(numbers).toEqual([]);
    }
  });

  test("every timeline row has a unit, and calculation sheets are frozen below the timeline", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    const units = new Map(plan.sheets.map((s) => [s.key, new Map<number, unknown>()]));
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        const at = parseAddress(block.anchor);
        block.cells.forEach((cells, r) => {
          const unitIndex = COL.unit - at.col;
          if (unitIndex >= 0) units.get(sheet.key)!.set(at.row + r, cells[unitIndex]);
        });
      }
    }
    for (const f of formulaCells(plan).filter((f) => f.col >= COL.firstPeriod)) {
      expect([f.sheet, f.row, units.get(f.sheet)!.get(f.row)]).toEqual([f.sheet, f.row, expect.stringMatching(/\S/)]);
    }
    for (const key of CALC_SHEETS) {
      expect(plan.sheets.find((s) => s.key === key)!.freeze).toEqual({ rows: ROW.period, columns: COL.note });
    }
  });

  test("blocks are rectangles", () => {
    const plan = buildWorkbookPlan({ ...presetScenario("base"), horizon: 27 });
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        const widths = new Set(block.cells.map((r) => r.length));
        expect(widths.size).toBe(1);
      }
    }
  });

  test("every sheet shows the master check in row 2, linked from Checks", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    for (const sheet of plan.sheets.filter((s) => s.key !== "checks")) {
      const master = formulaCells(plan).find((f) => f.sheet === sheet.key && f.row === ROW.masterCheck);
      expect(master?.cell.formula).toBe(`'Checks'!$C$2`);
    }
  });
});

describe("names", () => {
  test("every name points inside its sheet's written area and reads the cell it names", () => {
    const plan = buildWorkbookPlan(presetScenario("bull"));
    const ev = evaluatePlan(plan);
    const names = new Set<string>();
    for (const name of plan.names) {
      expect(names.has(name.name.toLowerCase())).toBe(false);
      names.add(name.name.toLowerCase());
      expect(name.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(name.name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      const sheet = plan.sheets.find((s) => s.key === name.sheet)!;
      const written = new Set<string>();
      for (const block of sheet.blocks) {
        const at = parseAddress(block.anchor);
        block.cells.forEach((cells, r) =>
          cells.forEach((c, i) => c !== null && written.add(cell(at.col + i, at.row + r))),
        );
      }
      const [from, to = from] = name.range.split(":").map((a) => parseAddress(a));
      expect(name.range).toMatch(/^\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
      for (let r = from.row; r <= to.row; r++) {
        for (let c = from.col; c <= to.col; c++)
          expect([name.name, written.has(cell(c, r))]).toEqual([name.name, true]);
      }
      if (from.row === to.row && from.col === to.col) {
        expect(ev.hf.calculateFormula(`=${hyperFormulaName(name.name)}`, ev.sheetId("inputs"))).toEqual(
          ev.value(name.sheet, cell(from.col, from.row)),
        );
      }
    }
    for (const key of [
      "CapexTotal",
      "GrowthFirstYear",
      "DiscountRate",
      "SimplePaybackYear",
      "DiscountedPaybackYear",
      "MasterCheck",
      "CapexByYear",
    ]) {
      expect(names.has(key.toLowerCase())).toBe(true);
    }
  });
});

describe("sheet names", () => {
  const custom: Record<SheetKey, string> = {
    cover: "Read me",
    inputs: "Annahmen (2)",
    capex: "O'Brien's capex",
    cloud: "Cloud model",
    payback: "Pay-back",
    risk: "Risk (2)",
    tornado: "Tornado's",
    sensitivity: "Sens",
    benchmarks: "Peers",
    checks: "Model checks",
    dashboard: "Charts & KPIs",
    earnings: "EBITA & margin",
    scenarios: "Side-by-side (it's)",
  };

  test("custom names are used in every reference, quoted, and the plan still evaluates", () => {
    const s = presetScenario("bull");
    const plan = buildWorkbookPlan(s, undefined, { sheetNames: custom });
    expect(plan.sheets.map((sh) => sh.name)).toEqual(plan.sheets.map((sh) => custom[sh.key]));
    const allowed = new Set(Object.values(custom).map((n) => `'${n.replace(/'/g, "''")}'`));
    const refs: string[] = [];
    for (const f of formulaCells(plan)) refs.push(...(f.cell.formula.match(/'(?:[^']|'')*'(?=!)/g) ?? []));
    for (const sheet of plan.sheets) {
      for (const chart of sheet.charts) {
        for (const range of [chart.categories, ...chart.series.map((x) => x.values)]) {
          refs.push(resolveSheetRefs(range, planSheetNames(plan)).split("!")[0]);
        }
      }
    }
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => !allowed.has(r))).toEqual([]);
    for (const f of formulaCells(plan)) {
      for (const name of Object.values(DEFAULT_SHEET_NAMES)) expect(f.cell.formula).not.toContain(`${name}'!`);
    }
    const ev = evaluatePlan(plan);
    expectCachedValuesMatch(plan, ev);
    expectModelMatches(ev, computeCase(toCaseInputs(s)));
  });

  test.each(["Bad:name", "", "x".repeat(32), "'quoted'"])("refuses the sheet name %j", (name) => {
    expect(() => buildWorkbookPlan(presetScenario("base"), undefined, { sheetNames: { inputs: name } })).toThrow(
      /not allowed/,
    );
  });

  test("refuses two sheets with one name", () => {
    expect(() => buildWorkbookPlan(presetScenario("base"), undefined, { sheetNames: { inputs: "capex" } })).toThrow(
      /both/,
    );
  });
});

describe("sheets", () => {
  test("the default sheets, in order, with the dashboard's three charts on the calculation sheets", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    expect(plan.sheets.map((s) => s.key)).toEqual(SHEET_ORDER);
    const dashboard = plan.sheets.find((s) => s.key === "dashboard")!;
    expect(dashboard.charts.map((c) => c.kind)).toEqual(["column", "line", "column"]);
    const lastCol = columnLetter(periodColumn(9));
    expect(dashboard.charts[0].series[0].values).toBe(
      sheetRef("capex", `$F$${CAPEX_ROWS.capex}:$${lastCol}$${CAPEX_ROWS.capex}`),
    );
    expect(dashboard.charts[1].series.map((x) => x.values)).toEqual([
      sheetRef("cloud", `$F$${CLOUD_ROWS.revenueWith}:$${lastCol}$${CLOUD_ROWS.revenueWith}`),
      sheetRef("cloud", `$F$${CLOUD_ROWS.revenueWithout}:$${lastCol}$${CLOUD_ROWS.revenueWithout}`),
    ]);
    expect(dashboard.charts[2].series[2].values).toContain(`$${PAYBACK_ROWS.simple.marker}`);
  });

  test("the payback marker stands in the payback year only", () => {
    const s = presetScenario("bull");
    const ev = evaluatePlan(buildWorkbookPlan(s));
    const r = computeCase(toCaseInputs(s));
    const marker = row(ev, "payback", PAYBACK_ROWS.simple.marker, s.horizon);
    // Without a payback year every marker is 0 and the check below holds whatever the row shows.
    expect(r.simplePayback.kind).toBe("year");
    const year = r.simplePayback.kind === "year" ? Math.ceil(r.simplePayback.year) : NaN;
    marker.forEach((m, k) => expect((m as number) > 0).toBe(r.years[k] === year));
  });

  test("without a dataset Benchmarks has no table; the cover says so and notes the charts", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    const bench = plan.sheets.find((s) => s.key === "benchmarks")!;
    expect(bench.tables).toEqual([]);
    const coverText = plan.sheets
      .find((s) => s.key === "cover")!
      .blocks.flatMap((b) => b.cells.flat())
      .join(" ");
    expect(coverText).toMatch(/no dataset/);
    expect(coverText).toMatch(/charts on the .* are the workbook's own/);
    expect(coverText).toMatch(/24 Feb 2025/);
  });

  test("another sheet module joins without changes elsewhere: its place, its checks, the master check", () => {
    const extra: SheetModule = {
      key: "sensitivity",
      build: (ctx) => ({
        key: "sensitivity",
        name: ctx.sheetName("sensitivity"),
        columnWidths: [],
        blocks: [{ anchor: "A1", cells: [["extra"]] }],
        formats: [],
        tables: [],
        conditionalFormats: [],
        charts: [],
      }),
      checks: (ctx) => [
        { label: "extra", formula: `${ctx.ref("inputs", inputCell("margin"))}<1`, value: true, note: "test" },
      ],
    };
    const plan = buildWorkbookPlan(presetScenario("base"), undefined, { extraSheets: [extra] });
    expect(plan.sheets.map((s) => s.key)).toEqual(SHEET_ORDER);
    const ev = evaluatePlan(plan);
    expect(ev.value("checks", "C2")).toBe(true);
    ev.set("inputs", inputCell("margin"), 1);
    expect(ev.value("checks", "C2")).toBe(false);
  });

  test("an invalid scenario is refused with its messages", () => {
    expect(() => buildWorkbookPlan({ ...presetScenario("base"), capexTotal: -5 })).toThrow(/Capex total must be/);
  });
});
