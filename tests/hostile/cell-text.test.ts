import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import {
  cellText,
  guardedPrint,
  MAX_CELL_TEXT_LENGTH,
  NOT_A_NUMBER_ERROR,
  officeConstant,
} from "../../src/workbook/cell-text";
import type { WorkbookPlan } from "../../src/workbook/plan-types";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { readPackage } from "../workbook/charts-helpers";

/** Issue 16, items 2 and 6: the one boundary every text and number passes on its way into a cell or a file. */

describe("cellText", () => {
  test.each([
    ["U+FFFE and U+FFFF", "a\uFFFEb\uFFFFc", "abc"],
    ["C0 controls other than tab, line feed and carriage return", "a\u0000b\u0008c\u000bd\u001fe", "abcde"],
    ["tab, line feed and carriage return stay", "a\tb\nc\rd", "a\tb\nc\rd"],
    ["a lone high surrogate", "a\ud800b", "ab"],
    ["a lone low surrogate", "a\udc00b", "ab"],
    ["emoji and right-to-left text stay", "😀 שלום مرحبا \u202e", "😀 שלום مرحبا \u202e"],
  ])("%s", (_, text, expected) => {
    expect(cellText(text)).toBe(expected);
  });

  test("text longer than Excel's 32,767 characters is cut, with a mark", () => {
    const cut = cellText("x".repeat(40_001));
    expect(cut).toHaveLength(MAX_CELL_TEXT_LENGTH);
    expect(cut.endsWith("…")).toBe(true);
    expect(cellText("x".repeat(MAX_CELL_TEXT_LENGTH))).toHaveLength(MAX_CELL_TEXT_LENGTH);
  });

  test("cutting never splits a surrogate pair", () => {
    const cut = cellText("😀".repeat(20_000));
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT_LENGTH);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
  });
});

describe("officeConstant", () => {
  test("guards text and keeps formula-looking text as text", () => {
    expect(officeConstant("=1+1\uFFFE")).toBe("'=1+1");
    expect((officeConstant("y".repeat(100_000)) as string).length).toBe(MAX_CELL_TEXT_LENGTH);
  });

  test.each([NaN, Infinity, -Infinity])("writes %p as #NUM!, never as a number", (value) => {
    expect(officeConstant(value)).toBe(NOT_A_NUMBER_ERROR);
  });
});

test("guardedPrint cleans every header and footer part", () => {
  const print = guardedPrint({
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
    header: { left: "Built from scenario: a\uFFFE", center: "\u0001", right: "&A" },
    footer: { left: "Page &P", center: "", right: "\ud800" },
  });
  expect(print.header).toEqual({ left: "Built from scenario: a", center: "", right: "&A" });
  expect(print.footer).toEqual({ left: "Page &P", center: "", right: "" });
});

describe("the .xlsx boundary", () => {
  const plan = (cells: (string | number)[][], title = "T"): WorkbookPlan => ({
    title,
    names: [],
    sheets: [
      {
        key: "cover",
        name: "Cover",
        blocks: [{ anchor: "A1", cells }],
        tables: [],
        formats: [],
        conditionalFormats: [],
        columnWidths: [],
        names: [],
        charts: [],
      } as unknown as WorkbookPlan["sheets"][number],
    ],
  });

  test("every part is well-formed and text reads back as written, cut to a cell", async () => {
    const texts = ["a\uFFFEb", "_x0041_", "x".repeat(40_001), '=HYPERLINK("http://x")'];
    const bytes = await renderXlsx(plan([texts], "title \uFFFF"), ExcelJS);
    const parts = await readPackage(new Uint8Array(bytes as ArrayBuffer));
    for (const name of parts.names.filter((n) => n.endsWith(".xml"))) {
      expect([name, XMLValidator.validate(await parts.text(name))]).toEqual([name, true]);
      expect([name, /[\uFFFE\uFFFF]/.test(await parts.text(name))]).toEqual([name, false]);
    }
    const shared = await parts.text("xl/sharedStrings.xml");
    // OOXML reads "_xHHHH_" as an escaped character: the literal text is stored with its "_" escaped.
    expect(shared).toContain("_x005F_x0041_");
    const sheet = await parts.text("xl/worksheets/sheet1.xml");
    expect(sheet).not.toContain("<f>");
  });

  test("a number that is not finite is Excel's #NUM! error", async () => {
    const bytes = await renderXlsx(plan([[NaN, Infinity, 1]]), ExcelJS);
    const sheet = await (await readPackage(new Uint8Array(bytes as ArrayBuffer))).text("xl/worksheets/sheet1.xml");
    expect(sheet).not.toMatch(/NaN|Infinity/);
    expect(sheet.match(/t="e"><v>#NUM!<\/v>/g)).toHaveLength(2);
  });
});
