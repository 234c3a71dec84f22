import type { NamePlan } from "../plan-types";
import { inputRef, inputRow } from "./inputs";
import { NO_REVENUE } from "./earnings-figures";
import { AXIS_FMT, FMT, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK, TAB } from "./formats";
import { cell, COL, columnLetter, periodColumn, standardWidths } from "./grid";
import { IRR_NO_RATE_FOUND, IRR_NO_SIGN_CHANGE } from "./payback-irr";
import { PAYBACK_ROWS } from "./payback";
import { writeScenarioBlock } from "./scenarios-case";
import { CHART_TOP, scenarioContext, SUMMARY_ROWS as S } from "./scenarios-layout";
import { blockResultCell, blockResultValues, type BlockResult } from "./scenarios-results";
import { formula, SheetBuilder } from "./sheet-builder";
import type { CheckSpec, PlanContext, SheetModule } from "./sheet-module";

/**
 * The Scenarios sheet (model.md, "Scenarios side by side"): every scenario on Inputs compared at once, live. Each
 * scenario column has its own block below the table that computes its case from its own column on Inputs, so the
 * table shows all of them whichever is active; the active one's block computes what the Payback sheet computes (a check
 * compares their NPVs). Formula cells, measured: 6,133 per scenario at 10 years (3,695 the IRR search, 2,180 the
 * required-growth search, 258 the case and results), 6,809 at 50.
 */

const SUMMARY: readonly (readonly [BlockResult, string, string, string, string])[] = [
  ["simplePayback", "Payback year, simple", "year", FMT.paybackYear, "ScenariosPaybackSimple"],
  ["discountedPayback", "Payback year, discounted", "year", FMT.paybackYear, "ScenariosPaybackDiscounted"],
  ["requiredGrowth", "Required constant growth", "% a year", "0.0%", "ScenariosRequiredGrowth"],
  ["npv", "NPV at the discount rate", "RMB bn", FMT.rmbBn, "ScenariosNPV"],
  ["irr", "IRR", "% a year", "0.0%", "ScenariosIRR"],
  ["trough", "EBITA margin at the trough", "%", FMT.rate, "ScenariosMarginTrough"],
];

const summaryRange = (row: number, count: number, absolute = true) =>
  `${cell(periodColumn(0), row, absolute)}:${cell(periodColumn(count - 1), row, absolute)}`;

function writeSummary(b: SheetBuilder, ctx: PlanContext): void {
  const count = ctx.scenarios.length;
  const h = ctx.horizon;
  b.heading(S.heading, "Scenarios side by side: each column computes its scenario from its own column on Inputs");
  b.set(S.name, COL.label, "Scenario").set(S.name, COL.unit, "text");
  b.set(S.number, COL.label, "Scenario column number").set(S.number, COL.unit, "count");
  b.set(S.active, COL.label, "Active (1) on Inputs").set(S.active, COL.unit, "flag");
  for (const row of [S.name, S.number, S.active]) b.format(cell(COL.label, row), "label");
  for (let j = 0; j < count; j++) {
    const col = periodColumn(j);
    const letter = columnLetter(col);
    // The same column on Inputs holds the scenario: its name is one shape along the row.
    const name = ctx.ref("inputs", `${letter}$${inputRow("scenarioName")}`);
    b.set(S.name, col, formula(name, ctx.scenarios[j].name));
    // A counter, as the timeline's model-year row, so that the flag below has one shape along its row.
    b.set(S.number, col, formula(`${columnLetter(col - 1)}${S.number}+1`, j + 1));
    const active = `IF(${inputRef(ctx, "activeScenarioIndex")}=${letter}$${S.number},1,0)`;
    b.set(S.active, col, formula(active, j === ctx.activeScenario ? 1 : 0));
  }
  b.format(summaryRange(S.name, count, false), "tableHeader");
  b.format(summaryRange(S.number, count, false), "calculation", FMT.count);
  b.format(summaryRange(S.active, count, false), "calculation", FMT.flag);
  const values = ctx.scenarios.map((_, j) => blockResultValues(scenarioContext(ctx, j)));
  for (const [key, label, unit, numberFormat] of SUMMARY) {
    const row = S[key];
    b.set(row, COL.label, label).set(row, COL.unit, unit);
    b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    for (let j = 0; j < count; j++) {
      b.set(row, periodColumn(j), formula(blockResultCell(j, h, key), values[j][key]));
    }
    b.format(summaryRange(row, count, false), "output", numberFormat);
  }
  const texts = [NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK, IRR_NO_SIGN_CHANGE, IRR_NO_RATE_FOUND, NO_REVENUE];
  for (const text of texts) {
    b.conditional({
      kind: "textEquals",
      range: `${cell(periodColumn(0), S.simplePayback)}:${cell(periodColumn(count - 1), S.trough)}`,
      text,
      fill: "#FCE4D6",
      fontColor: "#9C0006",
    });
  }
  b.chart({
    kind: "column",
    title: "NPV of each scenario",
    valueAxisFormat: AXIS_FMT.amount,
    position: `A${CHART_TOP}:${columnLetter(Math.max(periodColumn(count - 1), 10))}${CHART_TOP + 16}`,
    categories: ctx.ref("scenarios", summaryRange(S.name, count)),
    series: [{ name: "NPV at the discount rate", values: ctx.ref("scenarios", summaryRange(S.npv, count)) }],
  });
}

export const scenariosSheet: SheetModule = {
  key: "scenarios",
  hasTimeline: true,
  build(ctx) {
    const b = new SheetBuilder(ctx, "scenarios");
    b.title("Scenarios side by side").masterCheckLink().timelineHeader();
    writeSummary(b, ctx);
    ctx.scenarios.forEach((_, j) => writeScenarioBlock(b, ctx, j));
    const widths = standardWidths(Math.max(ctx.horizon, 51), 2, 60).map((w) =>
      w.column >= COL.firstPeriod && w.column < periodColumn(ctx.scenarios.length) ? { ...w, width: 16 } : w,
    );
    return b.build({
      tabColor: TAB.output,
      columnWidths: widths,
      freeze: { rows: 5, columns: COL.note },
      printThroughRow: CHART_TOP + 16,
    });
  },
  names(ctx) {
    return SUMMARY.map(([key, label, unit, , name]): NamePlan => ({
      name,
      sheet: "scenarios",
      range: summaryRange(S[key], ctx.scenarios.length),
      comment: `${label} of each scenario (${unit})`,
    }));
  },
  checks(ctx): CheckSpec[] {
    const active = `INDEX(${ctx.ref("scenarios", summaryRange(S.npv, ctx.scenarios.length))},1,${inputRef(ctx, "activeScenarioIndex")})`;
    const payback = ctx.ref("payback", cell(COL.constant, PAYBACK_ROWS.returns.npv, true));
    return [
      {
        label: "The active scenario's NPV on the Scenarios sheet equals the Payback sheet's",
        formula: `IFERROR(ABS(${active}-${payback})<=${inputRef(ctx, "checkTolerance")}*MAX(1,ABS(${payback})),FALSE())`,
        // The active column's block is computed from the plan's own core run, so the core says they agree.
        value: true,
        note:
          "Two ways to the same figure: the Scenarios sheet's block for the active column reads that column on Inputs, " +
          "the Payback sheet reads column C. FALSE when a value was typed over column C: type it into the scenario's column.",
      },
    ];
  },
};
