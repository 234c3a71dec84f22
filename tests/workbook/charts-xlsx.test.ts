import ExcelJS from "exceljs";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { bundledDataset } from "../../src/benchmarks/bundled";
import { presetScenario } from "../../src/scenario";
import { parseRect, splitSheetRange } from "../../src/workbook/cell-text";
import { buildWorkbookPlan } from "../../src/workbook/plan";
import type { ChartPlan, WorkbookPlan } from "../../src/workbook/plan-types";
import { renderXlsx } from "../../src/workbook/render-xlsx";
import { absoluteReference, chartXml } from "../../src/workbook/xlsx-charts";
import { insertDrawing } from "../../src/workbook/xlsx-charts/package";
import { allCharts, charts, elements, readPackage, texts, type PackageParts } from "./charts-helpers";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The base plan with one extra chart of each kind on the Benchmarks sheet, whose table part follows the drawing. */
function planWithEveryKind(): WorkbookPlan {
  const plan = buildWorkbookPlan(presetScenario("base"), bundledDataset());
  const dashboard = plan.sheets.find((s) => s.key === "dashboard");
  if (!dashboard) throw new Error("no dashboard");
  const [first] = dashboard.charts;
  const kinds: ChartPlan["kind"][] = ["bar", "stackedColumn", "line", "column"];
  const extra: ChartPlan[] = kinds.map((kind, i) => ({
    ...first,
    kind,
    title: `Every kind: ${kind} <&> "quoted"`,
    position: `R${2 + i * 20}:Z${18 + i * 20}`,
    series: first.series.map((s, j) => ({ ...s, marker: j === 1 })),
  }));
  return {
    ...plan,
    sheets: plan.sheets.map((s) => (s.key === "benchmarks" ? { ...s, charts: [...s.charts, ...extra] } : s)),
  };
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
function resolveTarget(relsPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  if (relsPath === "_rels/.rels") return target;
  const owner = relsPath.replace(/_rels\/([^/]+)\.rels$/, "$1");
  const parts = owner.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

describe("native charts in the .xlsx", () => {
  let plan: WorkbookPlan;
  let pkg: PackageParts;
  let bytes: Buffer | ArrayBuffer;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    plan = planWithEveryKind();
    bytes = await renderXlsx(plan, ExcelJS);
    pkg = await readPackage(bytes);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as ArrayBuffer);
  });

  it("has a chart part for every chart of the plan, and the base plan has charts on the Dashboard", async () => {
    const base = buildWorkbookPlan(presetScenario("base"), bundledDataset());
    expect(base.sheets.find((s) => s.key === "dashboard")?.charts.length).toBeGreaterThanOrEqual(3);
    expect(await charts(pkg)).toHaveLength(allCharts(plan).length);
  });

  it("writes only well-formed XML parts", async () => {
    const xmlParts = pkg.names.filter((n) => /\.(xml|rels)$/.test(n));
    expect(xmlParts.length).toBeGreaterThan(10);
    for (const name of xmlParts) expect([name, XMLValidator.validate(await pkg.text(name))]).toEqual([name, true]);
  });

  it("resolves every relationship to a part of the package", async () => {
    const missing: string[] = [];
    for (const relsPath of pkg.names.filter((n) => n.endsWith(".rels"))) {
      for (const rel of elements(await pkg.text(relsPath), "Relationship")) {
        if (rel.get("TargetMode") === "External") continue;
        const target = resolveTarget(relsPath, rel.get("Target") ?? "");
        if (!pkg.names.includes(target)) missing.push(`${relsPath} -> ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("declares a content type for every part, the chart and drawing types for those parts", async () => {
    const types = await pkg.text("[Content_Types].xml");
    const defaults = new Map(elements(types, "Default").map((d) => [d.get("Extension"), d.get("ContentType")]));
    const overrides = new Map(elements(types, "Override").map((o) => [o.get("PartName"), o.get("ContentType")]));
    for (const name of pkg.names.filter((n) => n !== "[Content_Types].xml")) {
      const type = overrides.get(`/${name}`) ?? defaults.get(name.split(".").pop());
      expect([name, type === undefined]).toEqual([name, false]);
      if (/^xl\/charts\//.test(name)) expect(type).toBe(CHART_TYPE);
      if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) expect(type).toBe(DRAWING_TYPE);
    }
    for (const part of overrides.keys()) expect(pkg.names).toContain(part?.slice(1));
  });

  it("hangs each sheet's drawing on that sheet, before its table parts, with the plan's charts at their positions", async () => {
    const sheetsWithCharts = plan.sheets.filter((s) => s.charts.length > 0);
    expect(sheetsWithCharts.map((s) => s.key).sort()).toEqual([
      "benchmarks",
      "dashboard",
      "earnings",
      "risk",
      "scenarios",
      "tornado",
    ]);
    const workbookXml = await pkg.text("xl/workbook.xml");
    const workbookRels = elements(await pkg.text("xl/_rels/workbook.xml.rels"), "Relationship");
    for (const sheet of plan.sheets) {
      const entry = elements(workbookXml, "sheet").find((s) => s.get("name") === sheet.name);
      const target = workbookRels.find((r) => r.get("Id") === entry?.get("r:id"))?.get("Target");
      const sheetPath = `xl/${target}`;
      const xml = await pkg.text(sheetPath);
      const drawing = elements(xml, "drawing");
      expect([sheet.name, drawing.length]).toEqual([sheet.name, sheet.charts.length > 0 ? 1 : 0]);
      if (sheet.charts.length === 0) continue;
      if (xml.includes("<tableParts")) expect(xml.indexOf("<drawing")).toBeLessThan(xml.indexOf("<tableParts"));
      const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
      const rel = elements(await pkg.text(relsPath), "Relationship").find(
        (r) => r.get("Id") === drawing[0].get("r:id"),
      );
      const drawingPath = resolveTarget(relsPath, rel?.get("Target") ?? "");
      const drawingXml = await pkg.text(drawingPath);
      const froms = Array.from(drawingXml.matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>/g));
      const expected = sheet.charts.map((c) => parseRect(c.position)).map((r) => [String(r.left), String(r.top)]);
      expect(froms.map((m) => [m[1], m[2]])).toEqual(expected);
      expect(elements(drawingXml, "xdr:cNvPr").map((e) => e.get("descr"))).toHaveLength(sheet.charts.length);
    }
  });

  it("points every series and category at the plan's own ranges, which exist and are filled", async () => {
    const parsed = await charts(pkg);
    const refs = parsed.flatMap((xml) => texts(xml, "c:f"));
    const planRefs = allCharts(plan).flatMap(({ chart }) =>
      chart.series.flatMap((s) => [absoluteReference(chart.categories), absoluteReference(s.values)]),
    );
    expect([...refs].sort()).toEqual([...planRefs].map((r) => r.replace(/'/g, "&apos;")).sort());
    for (const ref of new Set(planRefs)) {
      const { sheet, range } = splitSheetRange(ref);
      const ws = workbook.getWorksheet(sheet);
      expect([ref, ws === undefined]).toEqual([ref, false]);
      const rect = parseRect(range);
      for (let i = 0; i < rect.rows; i++) {
        for (let j = 0; j < rect.columns; j++) {
          const value = ws?.getCell(rect.top + i + 1, rect.left + j + 1).value;
          // A quarterly timeline's labels ("Q1 2024") are text, and fill their cells as numbers do.
          const filled =
            typeof value === "number" ||
            (typeof value === "string" && value !== "") ||
            (value !== null && typeof value === "object" && "formula" in value);
          expect([ref, i, j, filled]).toEqual([ref, i, j, true]);
        }
      }
    }
  });

  it("draws each kind as its DrawingML plot, marker series as a line chart without a line", async () => {
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: true });
    const byTitle = new Map(
      (await charts(pkg)).map((xml) => [texts(xml, "a:t")[0], xml] as const).map(([t, x]) => [t, x]),
    );
    const of = (kind: string) => byTitle.get(`Every kind: ${kind} &lt;&amp;&gt; &quot;quoted&quot;`) ?? "";
    expect(of("bar")).toContain('<c:barDir val="bar"/>');
    expect(of("bar")).not.toContain("<c:lineChart>"); // markers over horizontal bars are bars
    expect(of("stackedColumn")).toContain('<c:grouping val="stacked"/>');
    expect(of("stackedColumn")).toContain('<c:overlap val="100"/>');
    expect(of("column")).toContain('<c:grouping val="clustered"/>');
    for (const kind of ["column", "stackedColumn", "line"]) {
      const lines = parser.parse(of(kind))["c:chartSpace"]["c:chart"]["c:plotArea"]["c:lineChart"];
      const markerPlot = Array.isArray(lines) ? lines[lines.length - 1] : lines;
      const ser = Array.isArray(markerPlot["c:ser"]) ? markerPlot["c:ser"] : [markerPlot["c:ser"]];
      expect(
        ser.some((s: { "c:spPr": { "a:ln": Record<string, unknown> } }) => "a:noFill" in s["c:spPr"]["a:ln"]),
      ).toBe(true);
    }
    const title = parser.parse(of("line"))["c:chartSpace"]["c:chart"]["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"];
    expect(title).toBe(`Every kind: line <&> "quoted"`);
  });

  it("writes a missing quarter inside the growth chart's range as #N/A, a gap, not as text the chart draws as 0%", async () => {
    const growth = allCharts(plan).find(({ chart }) => chart.title.startsWith("Cloud revenue growth by quarter"));
    expect(growth).toBeDefined();
    const missing: string[] = [];
    for (const series of growth?.chart.series ?? []) {
      const { sheet, range } = splitSheetRange(series.values);
      const rect = parseRect(range);
      for (let j = 0; j < rect.columns; j++) {
        const cell = workbook.getWorksheet(sheet)?.getCell(rect.top + 1, rect.left + j + 1);
        const value = cell?.value as ExcelJS.CellFormulaValue;
        expect(typeof value.formula).toBe("string");
        const result = value.result as ExcelJS.CellErrorValue | number | undefined;
        if (typeof result === "object") missing.push(`${series.name} ${cell?.address ?? ""} ${result.error}`);
        else expect([series.name, typeof result]).toEqual([series.name, "number"]);
      }
    }
    // The dataset's growth starts in Q1 2023, so every provider's Q4 2022 column, among others, has no figure.
    expect(missing.length).toBeGreaterThanOrEqual(growth?.chart.series.length ?? 1);
    expect(missing.every((m) => m.endsWith("#N/A"))).toBe(true);
    const xml = (await charts(pkg)).find((x) => x.includes("Cloud revenue growth by quarter")) ?? "";
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
  });

  it("labels each value axis in its chart's declared number format: shares in percent, amounts in whole numbers", async () => {
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: true });
    const axisFormats = new Map(
      (await charts(pkg)).map((xml) => {
        const chart = parser.parse(xml)["c:chartSpace"]["c:chart"];
        const title: unknown = chart["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"];
        return [String(title), chart["c:plotArea"]["c:valAx"]["c:numFmt"]["@_formatCode"] as string] as const;
      }),
    );
    const declared = allCharts(plan).map(({ chart }) => [chart.title, chart.valueAxisFormat]);
    expect(declared.map(([title]) => [title, axisFormats.get(title)])).toEqual(declared);
    // The two charts of shares: with "#,##0" their axes read -1, 0, 1.
    expect(axisFormats.get("EBITA margin with the investment against the baseline")).toBe("0%");
    expect(axisFormats.get("Cloud revenue growth by quarter, year on year, by provider")).toBe("0%");
    expect(axisFormats.get("NPV of each scenario")).toBe("#,##0");
  });
});

describe("chart XML", () => {
  const chart: ChartPlan = {
    kind: "column",
    title: "T",
    position: "A1:C10",
    categories: "'Inputs'!F4:O4",
    series: [{ name: "S", values: "'It''s'!F10:O10" }],
    valueAxisFormat: "#,##0",
  };

  it("writes references absolute, keeping quoted sheet names", () => {
    expect(absoluteReference("'Capex'!E10:N10")).toBe("'Capex'!$E$10:$N$10");
    expect(absoluteReference("'It''s here'!B4")).toBe("'It''s here'!$B$4");
    expect(absoluteReference("Inputs!$F$4:$O$4")).toBe("'Inputs'!$F$4:$O$4");
    expect(() => absoluteReference("F4:O4")).toThrow(/sheet-qualified/);
  });

  it("refuses a chart without series", () => {
    expect(() => chartXml({ ...chart, series: [] })).toThrow(/no series/);
  });

  it("stays well-formed and keeps any title and series name as text", () => {
    const parser = new XMLParser({
      processEntities: true,
      htmlEntities: true,
      parseTagValue: false,
      trimValues: false,
    });
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1 }), fc.string({ minLength: 1 }), (title, name) => {
        const xml = chartXml({ ...chart, title, series: [{ name, values: chart.series[0].values }] });
        expect(XMLValidator.validate(xml)).toBe(true);
        const parsed = parser.parse(xml)["c:chartSpace"]["c:chart"];
        const kept = Array.from(title).filter((ch) => /[\t\n\r\u0020-\uFFFD\u{10000}-\u{10FFFF}]/u.test(ch));
        expect(String(parsed["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"])).toBe(kept.join(""));
      }),
      { numRuns: 200 },
    );
  });

  it("puts the drawing before the elements the schema orders after it, and refuses a second drawing", () => {
    const sheet = '<worksheet xmlns="x"><sheetData/><pageSetup/><legacyDrawing r:id="rId1"/><tableParts/></worksheet>';
    const out = insertDrawing(sheet, "rId9");
    expect(out).toContain('<pageSetup/><drawing r:id="rId9"/><legacyDrawing');
    expect(out).toContain("xmlns:r=");
    expect(insertDrawing("<worksheet><sheetData/></worksheet>", "rId1")).toMatch(
      /<drawing r:id="rId1"\/><\/worksheet>$/,
    );
    expect(() => insertDrawing(out, "rId10")).toThrow(/already/);
    expect(() => insertDrawing("<nothing/>", "rId1")).toThrow(/worksheet/);
  });
});
