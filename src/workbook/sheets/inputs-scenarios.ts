import { ACTIVE_SCENARIO_SELECTOR_ROW, cell, COL, periodColumn, ROW } from "./grid";
import { formula, type SheetBuilder } from "./sheet-builder";
import type { PlanContext } from "./sheet-module";

/**
 * The Inputs sheet's scenario columns and the selector above them (model.md, "Scenarios side by side"). The scenarios
 * stand in the columns the timeline takes on calculation rows (F on), one column each; the selector `ActiveScenario`
 * is a name picked from a list of their names, and `ActiveScenarioIndex` is its column number, which column C's
 * INDEX formulas read.
 */

export const HEADER_ROW = ROW.firstContent;
export const ACTIVE_HEADING_ROW = HEADER_ROW + 1;
export const ACTIVE_SCENARIO_ROW = ACTIVE_SCENARIO_SELECTOR_ROW;
export const ACTIVE_INDEX_ROW = HEADER_ROW + 3;

/** The cell of scenario column `index` (0-based) on input row `row`. */
export function scenarioCell(row: number, index: number, absolute = true): string {
  return cell(periodColumn(index), row, absolute);
}

/** Row `row` across all `count` scenario columns, "$F$12:$I$12". */
export function scenarioRange(row: number, count: number, absolute = true): string {
  return `${scenarioCell(row, 0, absolute)}:${scenarioCell(row, count - 1, absolute)}`;
}

/** The selector, its column number, and the scenario columns' header (each column's name, linked). */
export function writeScenarioColumns(b: SheetBuilder, ctx: PlanContext, nameRow: number): void {
  const count = ctx.scenarios.length;
  const names = scenarioRange(nameRow, count);
  b.heading(ACTIVE_HEADING_ROW, "Active scenario: every sheet computes the scenario picked here");
  b.valueRow(
    ACTIVE_SCENARIO_ROW,
    "Active scenario",
    "text",
    ctx.scenario.name,
    "input",
    undefined,
    "Pick a name from the list: column C then takes that scenario's column, and every sheet follows.",
  );
  b.validation({
    range: cell(COL.constant, ACTIVE_SCENARIO_ROW),
    list: names,
    prompt: "Pick the scenario the workbook computes.",
    error: "Pick one of the scenario names from the list (the names in the scenario columns).",
  });
  b.valueRow(
    ACTIVE_INDEX_ROW,
    "Active scenario's column",
    "count",
    formula(`MATCH(${cell(COL.constant, ACTIVE_SCENARIO_ROW, true)},${names},0)`, ctx.activeScenario + 1),
    "calculation",
    "0",
    "1 is the first scenario column (F); an error here means the name above is not in the list.",
  );
  for (let j = 0; j < count; j++) {
    b.set(HEADER_ROW, periodColumn(j), formula(scenarioCell(nameRow, j, false), ctx.scenarios[j].name));
  }
  b.format(`${scenarioCell(HEADER_ROW, 0, false)}:${scenarioCell(HEADER_ROW, count - 1, false)}`, "tableHeader");
}
