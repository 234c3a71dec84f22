import { COL, SheetBuilder, type PlanContext, type TimelineRowSpec } from "../../src/workbook/sheets/layout";
import type { FormulaCell } from "../../src/workbook/plan-types";

// The builder reads only the horizon and the sheet's name from the context.
const context = { horizon: 3, sheetName: () => "Test" } as unknown as PlanContext;

function totalCell(spec: TimelineRowSpec): FormulaCell {
  const plan = new SheetBuilder(context, "capex").timelineRow(5, spec).build({ columnWidths: [] });
  const [block] = plan.blocks;
  // The block starts in column A of row 5; the total sits in column D.
  return block.cells[0][COL.total - 1] as FormulaCell;
}

describe("SheetBuilder.timelineRow totals", () => {
  const row: TimelineRowSpec = { label: "Flow", unit: "RMB bn", formula: (p) => `${p.col}4`, values: [1.5, -2, 4] };

  it("sums the timeline in column D, cached as the sum of the row's values", () => {
    expect(totalCell({ ...row, total: true })).toEqual({ formula: "SUM(F5:H5)", value: 1.5 - 2 + 4 });
  });

  it("writes no total unless asked", () => {
    expect(totalCell(row)).toBeNull();
  });

  it("refuses a total over a row whose values are not all numbers", () => {
    expect(() => totalCell({ ...row, values: [1, "n/a", 3], total: true })).toThrow(
      /row 5 \(Flow\) has a total but a value that is not a number/,
    );
  });
});
