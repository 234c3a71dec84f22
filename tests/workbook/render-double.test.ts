import { ExcelDouble, OfficeErrorDouble } from "../helpers/excel-double";

// The renderer's tests are only as good as the double's fidelity to Office's batching; these pin that down.
describe("Excel double", () => {
  // These reads break the office-addins rules on purpose: the point is that the double catches such code.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  it("throws on reading a property before load and sync, like Office", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
      sheet.load("name");
      expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(sheet.name).toBe("Sheet1");
      expect(() => sheet.position).toThrow(/PropertyNotLoaded/);
    });
  });

  it("resolves isNullObject only after a sync", async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    expect(excel.syncs).toBe(1);
  });

  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("applies writes only at sync and keeps earlier writes of a failed batch", async () => {
    const excel = new ExcelDouble();
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    expect(excel.cell("Sheet1", "A1")).toBeUndefined();
    excel.failAfter(2);
    sheet.getRange("A2").values = [[2]];
    sheet.getRange("A3").values = [[3]];
    await expect(context.sync()).rejects.toBeInstanceOf(OfficeErrorDouble);
    expect(excel.cell("Sheet1", "A1")?.value).toBe(1);
    expect(excel.cell("Sheet1", "A3")).toBeUndefined();
  });

  it("reads typed entries as Excel does, and rejects arrays of the wrong shape", async () => {
    const excel = new ExcelDouble();
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:F1").formulas = [["=1+1", "'=1+1", "+A1", "12.5", "TRUE", "plain"]];
    sheet.getRange("G1").numberFormat = [["@"]];
    sheet.getRange("G1").values = [["=A1"]];
    await context.sync();
    const row = ["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map((a) => excel.cell("Sheet1", a));
    expect(row.map((c) => c?.formula ?? null)).toEqual(["=1+1", null, "=+A1", null, null, null, null]);
    expect(row.map((c) => c?.value)).toEqual([null, "=1+1", null, 12.5, true, "plain", "=A1"]);
    sheet.getRange("A1:B1").values = [[1]];
    await expect(context.sync()).rejects.toThrow(/doesn't match/);
  });

  it("rewrites references on sheet rename and breaks them on delete", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1", "Data"] });
    const context = excel.context();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [["=Data!A1*2", "='Data'!B2"]];
    context.workbook.names.add("Rate", "=Data!$A$1");
    context.workbook.worksheets.getItem("Data").name = "My Data";
    await context.sync();
    expect(excel.cell("Sheet1", "A1")?.formula).toBe("='My Data'!A1*2");
    expect(excel.cell("Sheet1", "B1")?.formula).toBe("='My Data'!B2");
    expect(excel.model.names[0].formula).toBe("='My Data'!$A$1");
    context.workbook.worksheets.getItem("My Data").delete();
    await context.sync();
    expect(excel.cell("Sheet1", "A1")?.formula).toBe("=#REF!A1*2");
  });

  it("keeps table and name namespaces unique and rejects clashing sheet names", async () => {
    const excel = new ExcelDouble();
    const context = excel.context();
    const table = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
    table.name = "Data";
    await context.sync();
    context.workbook.names.add("data", "=Sheet1!$A$1");
    await expect(context.sync()).rejects.toThrow(/already used/);
    context.workbook.worksheets.add("SHEET1");
    await expect(context.sync()).rejects.toThrow(/already named/);
  });

  it("adds, deletes and resizes table rows in place", async () => {
    const excel = new ExcelDouble();
    const context = excel.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [
      ["k", "v"],
      ["a", 1],
    ];
    sheet.getRange("A5").values = [["below"]];
    const table = sheet.tables.add("A1:B2", true);
    table.rows.add(null, [
      ["b", 2],
      ["c", 3],
    ]);
    await context.sync();
    expect(excel.model.tables[0].box).toEqual({ r0: 0, c0: 0, r1: 3, c1: 1 });
    expect(excel.cell("Sheet1", "A7")?.value).toBe("below");
    table.rows.getItemAt(0).delete();
    const body = table.getDataBodyRange().load("values");
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    expect(header.values).toEqual([["k", "v"]]);
    expect(body.values).toEqual([
      ["b", 2],
      ["c", 3],
    ]);
    table.resize("A1:B2");
    const rows = table.rows.load("items/values");
    await context.sync();
    expect(rows.items.map((r) => r.values[0])).toEqual([["b", 2]]);
    table.resize("B1:B3");
    await expect(context.sync()).rejects.toThrow(/top-left/);
  });
});
