import * as cellText from "../../src/workbook/cell-text";
import type { FormulaCell } from "../../src/workbook/plan-types";
import * as formats from "../../src/workbook/sheets/formats";
import * as grid from "../../src/workbook/sheets/grid";
import { COL } from "../../src/workbook/sheets/grid";
import * as layout from "../../src/workbook/sheets/layout";
import * as builder from "../../src/workbook/sheets/sheet-builder";
import { SheetBuilder, type TimelineRowSpec } from "../../src/workbook/sheets/sheet-builder";
import * as contract from "../../src/workbook/sheets/sheet-module";
import type { PlanContext } from "../../src/workbook/sheets/sheet-module";

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

  it("refuses a timeline row with more or fewer values than the horizon", () => {
    expect(() => totalCell({ ...row, values: [1, 2] })).toThrow(/row 5 \(Flow\) has 2 values, not 3/);
  });
});

describe("the layout's rooms", () => {
  it("layout.ts gathers the grid, formats, the contract and the builder, and defines nothing of its own", () => {
    const rooms: Record<string, unknown> = { ...cellText, ...formats, ...grid, ...builder, ...contract };
    for (const [name, value] of Object.entries(layout)) expect(value).toBe(rooms[name]);
  });

  it("one quoteSheetName: Excel's rule, always quoted, apostrophes doubled", () => {
    expect(layout.quoteSheetName).toBe(cellText.quoteSheetName);
    expect(cellText.quoteSheetName("Bob's sheet")).toBe("'Bob''s sheet'");
    expect(cellText.MAX_SHEET_NAME).toBe(31);
  });

  it("addresses: column letters past Z, absolute cells, full-width timeline ranges", () => {
    expect(grid.columnLetter(27)).toBe("AA");
    expect(grid.cell(COL.constant, 9, true)).toBe("$C$9");
    expect(grid.timelineRange(9, 10)).toBe("$F$9:$O$9");
    expect(grid.MASTER_CHECK_CELL).toBe("$C$2");
  });
});
