import { writeHeadlines } from "./headlines";
import { TAB } from "./formats";
import { cell, COL, ROW } from "./grid";
import { SheetBuilder } from "./sheet-builder";
import type { SheetModule } from "./sheet-module";
import type { SheetKey } from "../plan-types";

/** The Cover sheet: what the workbook is for, how to use it, where its figures come from, and the headline results. */

const SHEET_PURPOSES: readonly [SheetKey, string][] = [
  ["inputs", "every assumption, with its unit and source (the only sheet to edit)"],
  ["capex", "how the capex total is paced over the capex years"],
  ["cloud", "cloud revenue with and without the investment"],
  ["payback", "incremental cash flow, simple and discounted payback, NPV and IRR"],
  ["earnings", "depreciation by asset class, EBITA and its margin against the baseline"],
  ["sensitivity", "growth needed for the target payback, and a grid of outcomes"],
  ["benchmarks", "competitors' published capex and cloud figures"],
  ["checks", "self-checks; the master check is shown in row 2 of every sheet"],
  ["dashboard", "charts of capex, revenue and cumulative cash flow"],
];

const SOURCES = [
  "Plan: 'at least RMB 380 bn over the next three years', announced 24 Feb 2025 (Xinhua, Shanghai Daily, Reuters/AFP).",
  "Base revenue: Alibaba Cloud Intelligence revenue, calendar 2024 quarters (results Feb 2024 to Feb 2025; " +
    "Dow Jones, SCMP, Alibaba filing, Business Wire).",
  "Growth: external-customer revenue growth of 11% in the Dec-2024 quarter (results of 20 Feb 2025).",
  "Exchange rate: 7.17 CNY per USD, implied by Xinhua's 'about USD 53 bn' (24 Feb 2025).",
  "Useful lives and infrastructure share: Alibaba's accounting policies and property and equipment note; baseline " +
    "EBITA margin: Cloud Intelligence Group's adjusted EBITA margin (sources beside each input).",
  "Method: payback tables (simple and discounted, interpolated within the year); FAST Standard layout.",
];

export function coverSheet(presentKeys: readonly SheetKey[]): SheetModule {
  return {
    key: "cover",
    build(ctx) {
      const b = new SheetBuilder(ctx, "cover");
      b.title("Alibaba cloud capex: the investment case").masterCheckLink();
      let row = ROW.firstContent - 3;
      const text = (value: string, style: "note" | "label" = "note"): void => {
        b.set(row, COL.label, value).format(cell(COL.label, row), style);
        row++;
      };
      const section = (heading: string): void => {
        row++;
        b.heading(row++, heading);
      };
      section("Purpose");
      text(
        "Models Alibaba's cloud and AI infrastructure plan: when does the capex pay back through faster cloud growth?",
      );
      text("Every figure is a live formula of the inputs; the custom CAPEX.* functions are not needed to read it.");

      section("How to use");
      text(`1. Change assumptions only on the '${ctx.sheetName("inputs")}' sheet (blue on yellow cells).`);
      text(
        "2. Read the results below, on the payback sheet and on the dashboard; row 2 of every sheet shows the checks.",
      );
      text("3. To change the horizon or load another scenario, use the add-in's task pane and rebuild.");
      text(
        `The charts on the '${ctx.sheetName("dashboard")}' sheet and the calculation sheets are the workbook's own: ` +
          "they read its cells and follow the inputs, with or without the add-in.",
      );

      section("Headline results");
      row = writeHeadlines(b, ctx, row);

      section("Sources and as-of dates");
      for (const source of SOURCES) text(source);
      text(
        ctx.dataset
          ? `Benchmarks: dataset ${ctx.dataset.version} as of ${ctx.dataset.asOf} ('${ctx.dataset.title}'), the version this workbook was built with.`
          : "Benchmarks: no dataset was included when this workbook was built.",
      );

      section("Sheets");
      for (const [key, purpose] of SHEET_PURPOSES) {
        if (presentKeys.includes(key)) text(`${ctx.sheetName(key)}: ${purpose}.`);
      }

      return b.build({
        tabColor: TAB.cover,
        columnWidths: [
          { column: COL.label, width: 60 },
          { column: COL.unit, width: 12 },
          { column: COL.constant, width: 20 },
        ],
      });
    },
  };
}
