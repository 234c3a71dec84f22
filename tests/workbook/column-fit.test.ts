import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { formattedNumber, neededWidths, textWidth, withFittedWidths } from "../../src/workbook/column-fit";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { SheetPlan } from "../../src/workbook/plan-types";

const sheet = (overrides: Partial<SheetPlan>): SheetPlan => ({
  key: "capex",
  name: "Capex",
  columnWidths: [],
  blocks: [],
  formats: [],
  tables: [],
  conditionalFormats: [],
  charts: [],
  ...overrides,
});

describe("formattedNumber", () => {
  it.each([
    [126.666, '#,##0.00 "RMB bn"', "126.67 RMB bn"],
    [-1234.5, '#,##0.00 "RMB bn"', "-1,234.50 RMB bn"],
    [0.1234, "0.0%", "12.3%"],
    [1.5e-7, "0.0E+00", "1.5E-07"],
    [3.88e12, '0.00E+00 "RMB bn"', "3.88E+12 RMB bn"],
    [2031.456, "0.00", "2031.46"],
    [8, '0.0 "Jahre"', "8.0 Jahre"],
    [-0.5, "0;(0)", "(1)"],
  ])("shows %p in %p as %p", (value, format, text) => {
    expect(formattedNumber(value, format)).toBe(text);
  });

  it("leaves General and text formats alone (a spreadsheet narrows them rather than print ###)", () => {
    expect(formattedNumber(5, "General")).toBeUndefined();
    expect(formattedNumber(5, "@")).toBeUndefined();
  });
});

describe("column widths fitted to the numbers", () => {
  const rmb = '#,##0.00 "RMB bn"';
  const block = { anchor: "F10", cells: [[{ formula: "1", value: 126.67 }, 8.76]] };

  it("widens a column whose number would print as ###, and only widens", () => {
    const fitted = withFittedWidths(
      sheet({
        columnWidths: [
          { column: 6, width: 12 },
          { column: 7, width: 30 },
        ],
        blocks: [block],
        formats: [{ range: "F10:G10", numberFormat: rmb }],
      }),
    );
    // LibreOffice showed 126.67 RMB bn as ### at width 12 and in full at 13.
    expect(fitted.columnWidths[0].width).toBeGreaterThanOrEqual(13);
    expect(fitted.columnWidths[1]).toEqual({ column: 7, width: 30 });
  });

  it("gives bold numbers more room (bold 126.67 RMB bn needed 14 in LibreOffice)", () => {
    const plain = neededWidths(sheet({ blocks: [block], formats: [{ range: "F10", numberFormat: rmb }] })).get(6);
    const bold = neededWidths(
      sheet({ blocks: [block], formats: [{ range: "F10", numberFormat: rmb, style: "output" }] }),
    ).get(6);
    expect(bold).toBeGreaterThanOrEqual(14);
    expect(bold).toBeGreaterThan(plain ?? Infinity);
    expect(textWidth("84.44 RMB bn")).toBeLessThan(textWidth("126.67 RMB bn"));
  });

  it("fits every number the base workbook caches, in English and in German", () => {
    for (const language of ["en", "de"] as const) {
      const plan = buildWorkbookPlan(presetScenario("base", language), bundledDataset(), { language });
      for (const s of plan.sheets) {
        const widths = new Map(s.columnWidths.map((w) => [w.column, w.width]));
        for (const [column, width] of neededWidths(s)) {
          expect([s.name, column, (widths.get(column) ?? 0) >= width]).toEqual([s.name, column, true]);
        }
      }
    }
  });
});
