import * as fc from "fast-check";
import type { CellValue } from "hyperformula";
import { computeEarnings, type EarningsResult } from "../../src/core/earnings";
import { computeCase } from "../../src/core/model";
import { PRESET_IDS, presetScenario, toCaseInputs, type Scenario } from "../../src/scenario";
import { buildWorkbookPlan, NOT_WITHIN_HORIZON } from "../../src/workbook/plan";
import { EARNINGS_ROWS, NO_REVENUE } from "../../src/workbook/sheets/earnings-figures";
import { cell, COL, periodColumn } from "../../src/workbook/sheets/grid";
import { inputCell, type InputId } from "../../src/workbook/sheets/inputs";
import { PAYBACK_ROWS } from "../../src/workbook/sheets/payback";
import { cellsAgree, evaluatePlan, expectCachedValuesMatch, type EvaluatedPlan } from "../helpers/evaluate-plan";
import { scenarioArbitrary } from "../scenario/arbitrary";

/** The Earnings sheet and NPV, evaluated by HyperFormula, against the finance core (model.md, "Earnings and returns"). */

const R = EARNINGS_ROWS;

function row(ev: EvaluatedPlan, r: number, horizon: number): CellValue[] {
  return Array.from({ length: horizon }, (_, k) => ev.value("earnings", cell(periodColumn(k), r)));
}

function expectRow(actual: CellValue[], expected: readonly (number | string)[], what: string): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, k) => {
    if (!cellsAgree(v, expected[k])) throw new Error(`${what}, period ${k}: ${String(v)} is not ${expected[k]}`);
  });
}

const result = (ev: EvaluatedPlan, r: number) => ev.value("earnings", cell(COL.constant, r));

/** The core's earnings view of a scenario, computed apart from the plan. */
function coreEarnings(s: Scenario): EarningsResult {
  const inputs = toCaseInputs(s);
  return computeEarnings(inputs, computeCase(inputs));
}

function expectEarningsMatch(ev: EvaluatedPlan, e: EarningsResult): void {
  const h = e.years.length;
  expectRow(row(ev, R.infra.charge, h), e.infraDepreciation, "infrastructure depreciation");
  expectRow(row(ev, R.facility.charge, h), e.facilityDepreciation, "facility depreciation");
  expectRow(row(ev, R.depreciation, h), e.depreciation, "depreciation");
  expectRow(row(ev, R.incrementalEbita, h), e.incrementalEbita, "incremental EBITA");
  expectRow(row(ev, R.ebitaWithout, h), e.ebitaWithout, "EBITA without");
  expectRow(row(ev, R.ebita, h), e.ebita, "EBITA");
  expectRow(
    row(ev, R.margin, h),
    e.ebitaMargin.map((m) => (m === "noRevenue" ? NO_REVENUE : m)),
    "margin",
  );
  const trough = e.trough.kind === "year" ? e.trough : undefined;
  expect(cellsAgree(result(ev, R.trough), trough?.margin ?? NO_REVENUE)).toBe(true);
  expect(result(ev, R.troughYear)).toBe(trough?.year ?? NO_REVENUE);
  expect(result(ev, R.recoveryYear)).toBe(e.recovery.kind === "year" ? e.recovery.year : NOT_WITHIN_HORIZON);
  expect(cellsAgree(ev.value("payback", cell(COL.constant, PAYBACK_ROWS.returns.npv)), e.npv)).toBe(true);
  expect(ev.value("checks", "C2")).toBe(true);
}

function checkPlan(s: Scenario): void {
  const plan = buildWorkbookPlan(s);
  const ev = evaluatePlan(plan);
  expectCachedValuesMatch(plan, ev);
  expectEarningsMatch(ev, coreEarnings(s));
}

describe("the Earnings sheet evaluates to the core's earnings view", () => {
  test.each(PRESET_IDS)("preset %s", (id) => checkPlan(presetScenario(id)));

  test("generated scenarios", () => {
    fc.assert(fc.property(scenarioArbitrary, checkPlan), { numRuns: 40 });
  });

  test("depreciation by hand: RMB 300 bn in the first year, the half-year convention", () => {
    // Infrastructure: 25% of 300 over 3 years, 25 a year, half in the first and the last; facilities: 75% over 2
    // years, 112.5 a year, half in the first and the last.
    const s: Scenario = {
      ...presetScenario("base"),
      capexTotal: 300,
      capexYears: 1,
      horizon: 6,
      infraShare: 0.25,
      infraLife: 3,
      facilityLife: 2,
    };
    const ev = evaluatePlan(buildWorkbookPlan(s));
    expectRow(row(ev, R.infra.charge, 6), [12.5, 25, 25, 12.5, 0, 0], "infrastructure");
    expectRow(row(ev, R.facility.charge, 6), [56.25, 112.5, 56.25, 0, 0, 0], "facilities");
    expect(ev.value("earnings", cell(COL.total, R.depreciation))).toBeCloseTo(300, 9);
  });

  test("without revenue every margin, the trough and its year say so, and there is no recovery", () => {
    const s: Scenario = { ...presetScenario("base"), baseRevenue: 0 };
    const ev = evaluatePlan(buildWorkbookPlan(s));
    expect(new Set(row(ev, R.margin, s.horizon))).toEqual(new Set([NO_REVENUE]));
    expect([result(ev, R.trough), result(ev, R.troughYear), result(ev, R.recoveryYear)]).toEqual([
      NO_REVENUE,
      NO_REVENUE,
      NOT_WITHIN_HORIZON,
    ]);
    expect(result(ev, R.sentence)).toMatch(/^EBITA margin: no revenue within the horizon; NPV RMB -\d+\.\d bn at/);
  });

  test("the trough is the first of equal lowest margins, and the recovery the first later year back at the base", () => {
    // No capex, no cash margin and a baseline margin of 0: every margin is exactly 0, so the trough is the first year
    // and the margin is back at the baseline the year after.
    const s: Scenario = { ...presetScenario("base"), capexTotal: 0, margin: 0, baselineEbitaMargin: 0 };
    const ev = evaluatePlan(buildWorkbookPlan(s));
    expect(result(ev, R.troughYear)).toBe(s.firstYear);
    expect(result(ev, R.recoveryYear)).toBe(s.firstYear + 1);
  });

  test("the sentence names the trough, its year, the baseline, the recovery, NPV and the rate", () => {
    const ev = evaluatePlan(buildWorkbookPlan(presetScenario("bull")));
    const e = coreEarnings(presetScenario("bull"));
    expect(e.trough.kind).toBe("year");
    const text = String(result(ev, R.sentence));
    expect(text).toMatch(
      /^EBITA margin falls to -?\d+\.\d% in \d{4} from 9\.0%, back to 9\.0% by \d{4}; NPV RMB -?\d+\.\d bn at 8\.0%\.$/,
    );
    if (e.trough.kind === "year") expect(text).toContain(`in ${e.trough.year} from`);
    for (const sheet of ["cover", "dashboard"] as const) {
      const cells = buildWorkbookPlan(presetScenario("bull"))
        .sheets.find((x) => x.key === sheet)!
        .blocks.flatMap((b) => b.cells.flat());
      expect(cells).toContain("Earnings in words");
    }
  });
});

describe("liveness: the earnings inputs on Inputs drive the sheet", () => {
  const base = presetScenario("bull");
  test.each<[string, Partial<Scenario>]>([
    ["infrastructure share", { infraShare: 0.9 }],
    ["infrastructure life", { infraLife: 6 }],
    ["facility life", { facilityLife: 4 }],
    ["baseline margin", { baselineEbitaMargin: -0.05 }],
  ])("%s", (_, change) => {
    const ev = evaluatePlan(buildWorkbookPlan(base));
    for (const [field, value] of Object.entries(change)) ev.set("inputs", inputCell(field as InputId), value as number);
    const changed = coreEarnings({ ...base, ...change });
    expect(changed).not.toEqual(coreEarnings(base));
    expectEarningsMatch(ev, changed);
  });
});

describe("names", () => {
  test("the spec's names read the sheet's cells", () => {
    const plan = buildWorkbookPlan(presetScenario("base"));
    const ev = evaluatePlan(plan);
    const at = (name: string) => ev.hf.calculateFormula(`=${name}`, ev.sheetId("inputs"));
    expect(at("EbitaMarginTrough")).toBe(result(ev, R.trough));
    expect(at("EbitaMarginTroughYear")).toBe(result(ev, R.troughYear));
    expect(at("EbitaMarginRecoveryYear")).toBe(result(ev, R.recoveryYear));
    expect(at("ReturnsNPV")).toBe(ev.value("payback", cell(COL.constant, PAYBACK_ROWS.returns.npv)));
    const names = new Map(plan.names.map((n) => [n.name, n]));
    expect(names.get("DepreciationByYear")?.range).toBe(`$F$${R.depreciation}:$O$${R.depreciation}`);
    expect(names.get("EbitaMarginByYear")?.range).toBe(`$F$${R.margin}:$O$${R.margin}`);
    for (const key of ["InfraShare", "InfraLife", "FacilityLife", "BaselineEbitaMargin"]) {
      expect(names.get(key)?.sheet).toBe("inputs");
    }
  });
});
