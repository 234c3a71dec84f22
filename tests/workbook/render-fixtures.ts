import { columnName } from "../../src/workbook/cell-text";
import { sheetRef } from "../../src/workbook/sheet-ref";
import type { FormulaCell, PlanCell, SheetKey, WorkbookPlan } from "../../src/workbook/plan-types";
import type { SheetNameOverrides } from "../../src/workbook/render-office";

/** Text a downloaded dataset could carry to turn a cell into a formula or a link. */
export const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "+1+2",
  "-2+3",
  "@SUM(1,2)",
  "\t=1+1",
  "\r=1+1",
  "\uFF1D1+1",
  "'quoted",
  "=cmd|' /C calc'!A0",
];

const f = (formula: string, value: number | string | boolean | null): FormulaCell => ({ formula, value });

/**
 * A small plan with every feature the renderers handle: inputs and links across sheets, a table with hostile text,
 * both kinds of conditional format, freeze panes, widths, number formats, names and a chart. Its timeline has
 * `horizon` columns, so the number of cells grows with it while the number of syncs must not.
 */
export function samplePlan(overrides: SheetNameOverrides = {}, horizon = 5): WorkbookPlan {
  const names = { inputs: "Inputs", capex: "Capex", checks: "Checks", ...overrides } as Record<SheetKey, string>;
  const ref = sheetRef;
  const capexTotal = 380;
  const growth = 0.1;
  const years = Array.from({ length: horizon }, (_, k) => 2025 + k);
  const last = columnName(2 + horizon - 1); // timeline from column C
  const capexRow: PlanCell[] = years.map((_, k) =>
    f(
      `${ref("inputs", "$C$3")}/${horizon}*(1+${ref("inputs", "$C$4")})^${k}`,
      (capexTotal / horizon) * (1 + growth) ** k,
    ),
  );
  const total = (capexRow as FormulaCell[]).reduce((s, c) => s + (c.value as number), 0);
  return {
    title: "Sample",
    sheets: [
      {
        key: "inputs",
        name: names.inputs,
        tabColor: "#0000FF",
        columnWidths: [
          { column: 1, width: 30 },
          { column: 3, width: 12 },
        ],
        freeze: { rows: 2, columns: 1 },
        blocks: [
          {
            anchor: "A1",
            cells: [
              ["Inputs", null, null],
              ["Item", "Unit", "Value"],
              ["Capex total", "RMB bn", capexTotal],
              ["Growth", "%", growth],
              ["Source note", null, HOSTILE[0]],
            ],
          },
        ],
        formats: [
          { range: "A1", style: "title" },
          { range: "A2:C2", style: "heading" },
          { range: "C3:C4", style: "input" },
          { range: "C3", numberFormat: "#,##0.0" },
          { range: "C4", numberFormat: "0.0%" },
          { range: "B3:B4", style: "unit" },
        ],
        tables: [
          {
            name: "Sources",
            anchor: "A8",
            headers: ["Provider", "Note", "Value"],
            rows: [
              ["AWS", HOSTILE[1], 1.5],
              ["Azure", HOSTILE[2], 2],
              ...HOSTILE.slice(3).map((text, i) => [`P${i}`, text, i] as const),
            ],
            style: "TableStyleLight9",
            numberFormats: { Value: "0.00" },
          },
        ],
        conditionalFormats: [],
        charts: [],
      },
      {
        key: "capex",
        name: names.capex,
        columnWidths: [{ column: 1, width: 24 }],
        freeze: { rows: 1, columns: 2 },
        blocks: [
          { anchor: "A1", cells: [["Year", null, ...years]] },
          { anchor: "A2", cells: [["Capex", f(`SUM(C2:${last}2)`, total), ...capexRow]] },
          { anchor: "A3", cells: [["Growth link", f(ref("inputs", "$C$4"), growth), ...HOSTILE.slice(0, 1)]] },
        ],
        formats: [
          { range: `C1:${last}1`, style: "timeline", numberFormat: "0" },
          { range: `B2:${last}2`, style: "calculation", numberFormat: "#,##0.0" },
          { range: "B3", style: "link" },
          { range: "B2", style: "output" },
        ],
        tables: [],
        conditionalFormats: [
          { kind: "threeColorScale", range: `C2:${last}2`, colors: ["#F8696B", "#FFEB84", "#63BE7B"] },
        ],
        charts: [
          {
            kind: "column",
            title: "Capex by year",
            position: "B6:J20",
            categories: ref("capex", `C1:${last}1`),
            series: [{ name: "Capex", values: ref("capex", `C2:${last}2`) }],
            valueAxisFormat: "#,##0",
          },
        ],
      },
      {
        key: "checks",
        name: names.checks,
        columnWidths: [],
        blocks: [
          {
            anchor: "A1",
            cells: [
              ["Check", "Result"],
              [
                "Capex adds up",
                f(`IF(ABS(${ref("capex", "B2")}-SUM(${ref("capex", `C2:${last}2`)}))<1E-9,"ok","never")`, "ok"),
              ],
            ],
          },
        ],
        formats: [{ range: "B2", style: "check" }],
        tables: [],
        conditionalFormats: [{ kind: "textEquals", range: "B2", text: "never", fill: "#FFC7CE", fontColor: "#9C0006" }],
        charts: [],
      },
    ],
    names: [
      { name: "Capex_Total", sheet: "inputs", range: "$C$3", comment: "Total capex budget" },
      { name: "Growth_Rate", sheet: "inputs", range: "$C$4", comment: "Growth rate" },
    ],
  };
}
