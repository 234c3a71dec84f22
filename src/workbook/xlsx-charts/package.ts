import { planSheetNames, resolveSheetRefs } from "../sheet-ref";
import type JSZipType from "jszip";
import type { SheetPlan, WorkbookPlan } from "../plan-types";
import { chartXml } from "./chart-xml";
import { drawingRelsXml, drawingXml, type AnchoredChart } from "./drawing-xml";
import { CONTENT_TYPE, NS, REL_TYPE, XML_DECLARATION } from "./xml";

/**
 * Adds the plan's charts to the .xlsx package ExcelJS wrote (ExcelJS cannot write charts): per sheet with charts, a
 * drawing part with one anchor per chart, a chart part per chart, the relationships between them, the sheet's
 * `<drawing r:id>` and the content types. Sheets are found by name through workbook.xml and its relationships, not by
 * guessing ExcelJS's file names. A plan without charts returns the bytes unchanged.
 *
 * JSZip (which ExcelJS uses too) is imported on demand, into the same lazy chunk as ExcelJS in the task pane.
 */

type Bytes = Buffer | ArrayBuffer | Uint8Array;

export async function addXlsxCharts<T extends Bytes>(plan: WorkbookPlan, bytes: T): Promise<T | Buffer | ArrayBuffer> {
  // Chart ranges in the plan name sheets by key; the file names them by their display names.
  const nameOf = planSheetNames(plan);
  const resolve = (reference: string) => resolveSheetRefs(reference, nameOf);
  const sheets = plan.sheets
    .filter((s) => s.charts.some((c) => c.series.length > 0))
    .map((s) => ({
      ...s,
      charts: s.charts.map((c) => ({
        ...c,
        categories: resolve(c.categories),
        series: c.series.map((series) => ({ ...series, values: resolve(series.values) })),
      })),
    }));
  if (sheets.length === 0) return bytes;
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "jszip")) as unknown as {
    default?: typeof JSZipType;
  } & typeof JSZipType;
  const JSZip = typeof loaded.loadAsync === "function" ? loaded : loaded.default;
  if (!JSZip) throw new Error("JSZip did not load.");
  const zip = await JSZip.loadAsync(bytes);
  const paths = await worksheetPaths(zip);
  const numbering = { drawing: nextFree(zip, "xl/drawings/drawing"), chart: nextFree(zip, "xl/charts/chart") };
  const overrides: string[] = [];
  for (const sheet of sheets) {
    const path = paths.get(sheet.name);
    if (path === undefined) throw new Error(`The .xlsx has no worksheet named "${sheet.name}"`);
    overrides.push(...(await addSheetCharts(zip, sheet, path, numbering)));
  }
  await updateContentTypes(zip, overrides);
  const type = JSZip.support.nodebuffer ? "nodebuffer" : "arraybuffer";
  return zip.generateAsync({ type, compression: "DEFLATE" });
}

/** Sheet name → path of its part inside the package ("xl/worksheets/sheet3.xml"). */
async function worksheetPaths(zip: JSZipType): Promise<Map<string, string>> {
  const workbook = await readPart(zip, "xl/workbook.xml");
  const rels = relationships(await readPart(zip, "xl/_rels/workbook.xml.rels"));
  const paths = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attributes = attributesOf(match[1]);
    const target = rels.get(attributes.get("r:id") ?? "");
    const name = attributes.get("name");
    if (target === undefined || name === undefined) continue;
    paths.set(unescapeXml(name), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return paths;
}

async function addSheetCharts(
  zip: JSZipType,
  sheet: SheetPlan,
  sheetPath: string,
  numbering: { drawing: number; chart: number },
): Promise<string[]> {
  const drawingNumber = numbering.drawing++;
  const anchored: AnchoredChart[] = [];
  const overrides = [
    `<Override PartName="/xl/drawings/drawing${drawingNumber}.xml" ContentType="${CONTENT_TYPE.drawing}"/>`,
  ];
  for (const chart of sheet.charts.filter((c) => c.series.length > 0)) {
    const chartNumber = numbering.chart++;
    zip.file(`xl/charts/chart${chartNumber}.xml`, chartXml(chart));
    overrides.push(`<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="${CONTENT_TYPE.chart}"/>`);
    anchored.push({ chart, relationshipId: `rId${anchored.length + 1}`, target: `../charts/chart${chartNumber}.xml` });
  }
  zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingXml(anchored));
  zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, drawingRelsXml(anchored));

  const slash = sheetPath.lastIndexOf("/");
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const existing = zip.file(relsPath)
    ? await readPart(zip, relsPath)
    : `${XML_DECLARATION}<Relationships xmlns="${NS.packageRelationships}"></Relationships>`;
  const used = new Set(relationships(existing).keys());
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const drawingId = `rId${n}`;
  const relationship = `<Relationship Id="${drawingId}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${drawingNumber}.xml"/>`;
  zip.file(relsPath, existing.replace("</Relationships>", `${relationship}</Relationships>`));
  zip.file(sheetPath, insertDrawing(await readPart(zip, sheetPath), drawingId));
  return overrides;
}

/** Elements that CT_Worksheet puts after `<drawing>`: the drawing goes before the first of them present. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export function insertDrawing(worksheet: string, relationshipId: string): string {
  if (/<drawing\b/.test(worksheet)) throw new Error("The worksheet already has a drawing");
  const element = `<drawing r:id="${relationshipId}"/>`;
  const positions = AFTER_DRAWING.map((tag) => worksheet.search(new RegExp(`<${tag}\\b`))).filter((i) => i >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : worksheet.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("Not a worksheet part");
  const withNamespace = /xmlns:r="/.test(worksheet)
    ? worksheet
    : worksheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.relationships}"`);
  const shift = withNamespace.length - worksheet.length;
  return withNamespace.slice(0, at + shift) + element + withNamespace.slice(at + shift);
}

async function updateContentTypes(zip: JSZipType, overrides: readonly string[]): Promise<void> {
  const path = "[Content_Types].xml";
  const types = await readPart(zip, path);
  zip.file(path, types.replace("</Types>", `${overrides.join("")}</Types>`));
}

async function readPart(zip: JSZipType, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The .xlsx has no part ${path}`);
  return file.async("string");
}

function nextFree(zip: JSZipType, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

/** Relationship id → target, from a .rels part. */
export function relationships(rels: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attributes = attributesOf(match[1]);
    const id = attributes.get("Id");
    const target = attributes.get("Target");
    if (id !== undefined && target !== undefined) map.set(id, unescapeXml(target));
  }
  return map;
}

function attributesOf(text: string): Map<string, string> {
  return new Map(Array.from(text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g), (m) => [m[1], m[2]]));
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity === "lt") return "<";
    if (entity === "gt") return ">";
    if (entity === "quot") return '"';
    if (entity === "apos") return "'";
    if (entity === "amp") return "&";
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
