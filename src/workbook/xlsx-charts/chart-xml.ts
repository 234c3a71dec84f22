import { splitSheetRange, parseRect, columnName, quoteSheetName } from "../cell-text";
import type { ChartPlan, ChartSeriesPlan } from "../plan-types";
import { escapeXml, NS, XML_DECLARATION } from "./xml";

/**
 * One `ChartPlan` as a DrawingML chart part (xl/charts/chartN.xml). The series point at the workbook's own ranges
 * (absolute references; categories as text references, which suit years and labels alike), so the chart follows the inputs when Excel or LibreOffice recalculates. No cached values
 * are written: both applications read the cells when they open the file.
 *
 * Element order follows the schema (CT_BarSer, CT_LineSer, CT_BarChart, CT_LineChart, CT_PlotArea): Excel refuses a
 * chart whose children are out of order.
 */

/** Series colours: Office's default palette, so a file looks like the charts Excel draws itself. */
export const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

/** "'Capex'!E10:N10" → "'Capex'!$E$10:$N$10": the absolute reference a chart series holds. */
export function absoluteReference(reference: string): string {
  const { sheet, range } = splitSheetRange(reference);
  const rect = parseRect(range);
  const corner = (row: number, column: number) => `$${columnName(column)}$${row + 1}`;
  const start = corner(rect.top, rect.left);
  const end = corner(rect.top + rect.rows - 1, rect.left + rect.columns - 1);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

export function chartXml(chart: ChartPlan): string {
  if (chart.series.length === 0) throw new Error(`Chart "${chart.title}" has no series`);
  // Markers over horizontal bars would need a second pair of axes; there they are drawn as bars like the rest.
  const markersApart = chart.kind !== "bar";
  const main = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => !(markersApart && s.marker));
  const markers = chart.series.map((s, i) => ({ s, i })).filter(({ s }) => markersApart && s.marker);
  const plots = [
    main.length > 0 ? mainPlotXml(chart, main) : "",
    markers.length > 0 ? lineChartXml(chart.categories, markers, true) : "",
  ].join("");
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    titleXml(chart.title) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plots}${axesXml(chart.kind === "bar", chart.valueAxisFormat)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

interface IndexedSeries {
  readonly s: ChartSeriesPlan;
  readonly i: number;
}

function mainPlotXml(chart: ChartPlan, series: readonly IndexedSeries[]): string {
  if (chart.kind === "line") return lineChartXml(chart.categories, series, false);
  const stacked = chart.kind === "stackedColumn";
  return (
    "<c:barChart>" +
    `<c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/>` +
    `<c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
    '<c:varyColors val="0"/>' +
    series.map(({ s, i }) => barSeriesXml(chart.categories, s, i)).join("") +
    `<c:gapWidth val="${stacked ? 60 : 150}"/>` +
    (stacked ? '<c:overlap val="100"/>' : "") +
    axisIdsXml() +
    "</c:barChart>"
  );
}

function lineChartXml(categories: string, series: readonly IndexedSeries[], markersOnly: boolean): string {
  return (
    "<c:lineChart>" +
    '<c:grouping val="standard"/><c:varyColors val="0"/>' +
    series.map(({ s, i }) => lineSeriesXml(categories, s, i, markersOnly)).join("") +
    '<c:marker val="1"/>' +
    axisIdsXml() +
    "</c:lineChart>"
  );
}

function seriesHeadXml(series: ChartSeriesPlan, index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
}

function referencesXml(categories: string, series: ChartSeriesPlan): string {
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(series.values))}</c:f></c:numRef></c:val>`
  );
}

const colorOf = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length];

function barSeriesXml(categories: string, series: ChartSeriesPlan, index: number): string {
  return (
    "<c:ser>" +
    seriesHeadXml(series, index) +
    `<c:spPr><a:solidFill><a:srgbClr val="${colorOf(index)}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    referencesXml(categories, series) +
    "</c:ser>"
  );
}

function lineSeriesXml(categories: string, series: ChartSeriesPlan, index: number, markersOnly: boolean): string {
  const color = colorOf(index);
  const line = markersOnly
    ? "<a:ln><a:noFill/></a:ln>"
    : `<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln>`;
  const marker = markersOnly
    ? `<c:marker><c:symbol val="diamond"/><c:size val="9"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  return (
    "<c:ser>" +
    seriesHeadXml(series, index) +
    `<c:spPr>${line}</c:spPr>` +
    marker +
    referencesXml(categories, series) +
    '<c:smooth val="0"/>' +
    "</c:ser>"
  );
}

const axisIdsXml = () => `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;

/** Category labels sit at the low end of the value axis, so that negative bars never hide them. */
function axesXml(horizontal: boolean, valueFormat: string): string {
  const scaling = '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>';
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/>${scaling}<c:axPos val="${horizontal ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="low"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/>${scaling}<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:crossBetween val="between"/></c:valAx>'
  );
}

function titleXml(title: string): string {
  return (
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>" +
    '<a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r>` +
    '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}
