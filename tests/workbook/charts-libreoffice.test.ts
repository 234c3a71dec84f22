import ExcelJS from "exceljs";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { allCharts, charts, convertWithLibreOffice, elements, readPackage, texts } from "./charts-helpers";

/**
 * The native charts after LibreOffice converts the workbook: run by `npm run test:libreoffice`, not `npm test`. The
 * test is moved verbatim from charts-xlsx.test.ts ("native charts in the .xlsx"), which keeps every other chart test.
 */

describe("native charts in the .xlsx", () => {
  it("survives LibreOffice: converted to .xlsx and to .ods, every chart and its ranges are still there", async () => {
    const base = buildWorkbookPlan(presetScenario("base"), bundledDataset());
    const written = new Uint8Array((await renderXlsx(base, ExcelJS)) as ArrayBuffer);
    const roundTrip = await readPackage(convertWithLibreOffice(written, "base.xlsx", "xlsx"));
    const after = await charts(roundTrip);
    const expected = allCharts(base);
    expect(after).toHaveLength(expected.length);
    const plain = (reference: string) => reference.replace(/'|&apos;|\$/g, "");
    const seriesAfter = after.flatMap((xml) => texts(xml, "c:f")).map(plain);
    for (const { chart } of expected) {
      for (const s of chart.series) expect(seriesAfter).toContain(plain(s.values));
    }
    const ods = await readPackage(convertWithLibreOffice(written, "base.xlsx", "ods"));
    const content = await ods.text("content.xml");
    expect(elements(content, "draw:object")).toHaveLength(expected.length);
  }, 240_000);
});
