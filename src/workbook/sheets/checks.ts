import { inputRef, lastPeriodLetter } from "./inputs";
import { TAB } from "./formats";
import { cell, COL, MASTER_CHECK_CELL, ROW } from "./grid";
import { formula, SheetBuilder } from "./sheet-builder";
import type { CheckSpec, PlanContext, SheetModule } from "./sheet-module";
import type { SheetKey } from "../plan-types";

/**
 * The Checks sheet: one row per check contributed by the other modules, plus the timeline alignment check, and the
 * master check (all of them) in C2, which every other sheet links to.
 */

export const FIRST_CHECK_ROW = ROW.firstContent + 1;

/** The timeline of every calculation sheet must match the master timeline on Inputs, column for column. */
export function timelineCheck(ctx: PlanContext, timelineSheets: readonly SheetKey[]): CheckSpec {
  const last = lastPeriodLetter(ctx.horizon);
  const yearRange = (key: SheetKey) => ctx.ref(key, `${cell(COL.firstPeriod, ROW.year, true)}:$${last}$${ROW.year}`);
  const first = (key: SheetKey) => ctx.ref(key, cell(COL.firstPeriod, ROW.year, true));
  const final = (key: SheetKey) => ctx.ref(key, `$${last}$${ROW.year}`);
  const horizon = inputRef(ctx, "horizon");
  const parts = [`COUNT(${yearRange("inputs")})=${horizon}`];
  for (const key of timelineSheets) {
    parts.push(
      `COUNT(${yearRange(key)})=${horizon}`,
      `${first(key)}=${first("inputs")}`,
      `${final(key)}=${final("inputs")}`,
    );
  }
  return {
    label: "Timelines are aligned",
    formula: `AND(${parts.join(",")})`,
    value: ctx.scenario.horizon === ctx.horizon,
    note:
      "Every calculation sheet has the Inputs timeline in the same columns, and it is as long as the horizon " +
      "(a changed horizon needs a rebuild from the task pane).",
  };
}

export function capexYearsCheck(ctx: PlanContext): CheckSpec {
  const years = inputRef(ctx, "capexYears");
  return {
    label: "Capex years fit in the horizon",
    formula: `AND(${years}>=1,${years}<=${inputRef(ctx, "horizon")})`,
    value: ctx.scenario.capexYears >= 1 && ctx.scenario.capexYears <= ctx.scenario.horizon,
    note: "The plan must be spent within the model's years.",
  };
}

export function checksSheet(specs: readonly CheckSpec[]): SheetModule {
  return {
    key: "checks",
    build(ctx) {
      const b = new SheetBuilder(ctx, "checks");
      b.title("Checks").masterCheckLink();
      const lastRow = FIRST_CHECK_ROW + specs.length - 1;
      const range = `${cell(COL.constant, FIRST_CHECK_ROW)}:${cell(COL.constant, lastRow)}`;
      b.set(
        ROW.masterCheck,
        COL.constant,
        formula(
          `AND(${range})`,
          specs.every((s) => s.value),
        ),
      );
      b.format(MASTER_CHECK_CELL, "check");
      b.set(ROW.masterCheck, COL.note, "The master check: TRUE when every check below is TRUE.");
      b.format(cell(COL.note, ROW.masterCheck), "note");
      ["Check", "Result", "Passes when"].forEach((text, i) =>
        b.set(ROW.firstContent, [COL.label, COL.constant, COL.note][i], text),
      );
      b.format(`${cell(COL.label, ROW.firstContent)}:${cell(COL.note, ROW.firstContent)}`, "tableHeader");
      specs.forEach((spec, i) => {
        const row = FIRST_CHECK_ROW + i;
        // An error upstream (say #DIV/0! from an unknown profile) must fail its check, not hide the master check.
        const guarded = `IFERROR(${spec.formula},FALSE())`;
        b.valueRow(row, spec.label, "TRUE/FALSE", formula(guarded, spec.value), "check", undefined, spec.note);
      });
      return b.build({
        tabColor: TAB.checks,
        columnWidths: [
          { column: COL.label, width: 44 },
          { column: COL.unit, width: 12 },
          { column: COL.constant, width: 12 },
          { column: COL.total, width: 4 },
          { column: COL.note, width: 90 },
        ],
        freeze: { rows: ROW.activeScenario, columns: 0 },
      });
    },
    names() {
      return [
        { name: "MasterCheck", sheet: "checks", range: MASTER_CHECK_CELL, comment: "TRUE when every check passes" },
      ];
    },
  };
}
