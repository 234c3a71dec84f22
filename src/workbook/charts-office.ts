import { parseRect } from "./cell-text";
import type { ChartPlan, SheetKey } from "./plan-types";
import { splitSheetRef } from "./sheet-ref";

/**
 * Draws one `ChartPlan` with Office.js (the .xlsx writer draws the same plan in xlsx-charts/). Series after the first
 * are added one by one so that each keeps its own range, name and the shared categories.
 */

export function addChart(ws: Excel.Worksheet, chart: ChartPlan, worksheet: (key: SheetKey) => Excel.Worksheet): void {
  if (chart.series.length === 0) return;
  const rangeOf = (reference: string) => {
    const { key, range } = splitSheetRef(reference);
    return worksheet(key).getRange(range);
  };
  const firstValues = splitSheetRef(chart.series[0].values).range;
  const byRows = parseRect(firstValues).rows === 1;
  const created = ws.charts.add(
    OFFICE_CHART_TYPES[chart.kind],
    rangeOf(chart.series[0].values),
    byRows ? "Rows" : "Columns",
  );
  created.title.text = chart.title;
  created.axes.valueAxis.numberFormat = chart.valueAxisFormat;
  const [start, end] = chart.position.split(":");
  created.setPosition(start, end);
  const categories = rangeOf(chart.categories);
  chart.series.forEach((series, i) => {
    const target = i === 0 ? created.series.getItemAt(0) : created.series.add(series.name);
    if (i > 0) target.setValues(rangeOf(series.values));
    target.name = series.name;
    target.setXAxisValues(categories);
    // As in the .xlsx writer: markers without a line over the chart, except over horizontal bars.
    if (series.marker && chart.kind !== "bar") {
      target.chartType = "LineMarkers";
      target.format.line.lineStyle = "None";
    }
  });
}

const OFFICE_CHART_TYPES: Readonly<
  Record<ChartPlan["kind"], "ColumnClustered" | "BarClustered" | "Line" | "ColumnStacked">
> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
  stackedColumn: "ColumnStacked",
};
