import { toUsd } from "../../core/model";
import type { BenchmarkDataset } from "../../benchmarks/schema";
import { BENCHMARK_KEY_SEPARATOR, benchmarkKey, benchmarkTableRows } from "../../benchmarks/table";
import { isPlanError, NOT_AVAILABLE, type NamePlan, type PlanError } from "../plan-types";
import {
  BENCHMARK_ROWS,
  benchmarksLayout,
  benchmarkTableTop,
  CAPEX_GUIDANCE_METRIC,
  CAPEX_METRIC,
  LOOKED_UP_METRICS,
  metricKeyColumn,
  type HistoryBlock,
} from "./benchmarks-layout";
import { CAPEX_ROWS } from "./capex";
import { FMT, TAB } from "./formats";
import { cell, COL, columnLetter, periodColumn, ROW } from "./grid";
import { numberTextFormula } from "./number-text";
import { formula, SheetBuilder } from "./sheet-builder";
import type { PlanContext, SheetModule } from "./sheet-module";

export {
  BENCHMARK_ROWS,
  benchmarkTableTop,
  CAPEX_GUIDANCE_METRIC,
  CAPEX_METRIC,
  capexCompetitors,
} from "./benchmarks-layout";

/**
 * The Benchmarks sheet: the dataset's figures as an Excel table, and comparison blocks whose every value is an
 * INDEX/MATCH of its row in that table, by key (provider, metric, calendar period), through defined names over the
 * table's columns. A refresh rewrites the table in place and points the names at its new rows, so every comparison
 * recalculates from the refreshed figures without a rebuild, and each value can be traced to its row (source,
 * filing, flags). Quarterly blocks have a quarterly timeline of their own, annual blocks an annual one; only the
 * capex comparison with the plan uses the model's years. Without a dataset the sheet says so.
 */

export const BENCHMARK_TABLE_NAME = "BenchmarkFigures";

/** The defined names over the table's columns that the comparison formulas use; a refresh re-points them. */
export const BENCHMARK_COLUMN_NAMES = {
  provider: { name: "Benchmark_Provider", header: "Provider" },
  metric: { name: "Benchmark_Metric", header: "Metric" },
  calendarPeriod: { name: "Benchmark_CalendarPeriod", header: "Calendar period" },
  value: { name: "Benchmark_Value", header: "Value" },
  key: { name: "Benchmark_Key", header: "Key" },
} as const;

const V = BENCHMARK_COLUMN_NAMES.value.name;
const K = BENCHMARK_COLUMN_NAMES.key.name;

/** The sentence above the comparisons that names the dataset; the in-place refresh rewrites it with the same words. */
export function datasetNoteText(dataset: Pick<BenchmarkDataset, "title" | "asOf" | "version">): string {
  return `${dataset.title}, as of ${dataset.asOf} (version ${dataset.version}). Refresh from the task pane.`;
}

/**
 * The table's value for a provider cell, a metric cell and a period cell, or #N/A when the table has no such row: a
 * missing quarter is a gap in Excel's charts that read these rows (with "" a line chart drew it as 0, a 0% quarter).
 * LibreOffice 7.4 still draws it at 0: its OOXML import sets a line chart whose values include a non-number and no
 * empty cell to "use zero", to match Excel for text (oox chartspaceconverter.cxx, lcl_useWorkaroundForNoGapInOOXML),
 * and reads #N/A as such a value; the growth chart's .ods says treat-empty-cells="use-zero", the others "leave-gap".
 */
function lookupFormula(provider: string, metric: string, period: string): string {
  const key = [provider, metric, period].join(`&"${BENCHMARK_KEY_SEPARATOR}"&`);
  return `IFERROR(INDEX(${V},MATCH(${key},${K},0)),NA())`;
}

interface Comparison {
  readonly dataset: BenchmarkDataset;
  readonly providerName: ReadonlyMap<string, string>;
  readonly metricName: ReadonlyMap<string, string>;
  /** The value MATCH finds for each key: the first table row that has it, as in Excel. */
  readonly byKey: ReadonlyMap<string, number>;
}

function comparisonOf(dataset: BenchmarkDataset): Comparison {
  const table = benchmarkTableRows(dataset);
  const keyColumn = table.headers.indexOf(BENCHMARK_COLUMN_NAMES.key.header);
  const valueColumn = table.headers.indexOf(BENCHMARK_COLUMN_NAMES.value.header);
  const byKey = new Map<string, number>();
  for (const row of table.rows) {
    const key = row[keyColumn];
    const value = row[valueColumn];
    if (typeof key === "string" && key !== "" && typeof value === "number" && !byKey.has(key)) byKey.set(key, value);
  }
  return {
    dataset,
    providerName: new Map(dataset.providers.map((p) => [p.id, p.name])),
    metricName: new Map(dataset.metrics.map((m) => [m.id, m.name])),
    byKey,
  };
}

/** The same look-up done on the dataset, for the cached values. */
function lookupValue(cmp: Comparison, provider: string, metric: string, period: string): number | PlanError {
  const key = benchmarkKey(cmp.providerName.get(provider) ?? provider, cmp.metricName.get(metric) ?? metric, period);
  return cmp.byKey.get(key) ?? NOT_AVAILABLE;
}

/**
 * Where the capex comparison rows are, for the Dashboard's chart: the plan's row and one row per competitor, on the
 * model's timeline.
 */
export function capexComparisonRows(dataset: BenchmarkDataset): { name: string; row: number }[] {
  const names = new Map(dataset.providers.map((p) => [p.id, p.name]));
  return [
    { name: "Alibaba plan", row: BENCHMARK_ROWS.planCapex },
    ...benchmarksLayout(dataset).competitors.map((id, i) => ({
      name: names.get(id) ?? id,
      row: BENCHMARK_ROWS.firstCompetitorCapex + i,
    })),
  ];
}

function writeCapexBlock(b: SheetBuilder, ctx: PlanContext, cmp: Comparison, competitors: readonly string[]): void {
  const { result, scenario } = ctx;
  const R = BENCHMARK_ROWS;
  b.heading(
    R.capexHeading,
    "Capex by year, USD bn: the plan beside competitors (actual where reported, else guidance), on the model's years",
  );
  // The block's own annual timeline: the model's years, as the text the table's calendar periods use.
  b.timelineRow(R.yearText, {
    label: "Year",
    unit: "year",
    formula: (p) => numberTextFormula(ctx.ref("inputs", `${p.col}$${ROW.year}`), 0, ctx.language),
    values: result.years.map(String),
    style: "timeline",
  });
  b.timelineRow(R.planCapex, {
    label: "Alibaba plan",
    unit: "USD bn",
    formula: (p) => ctx.ref("capex", `${p.col}${CAPEX_ROWS.capexUsd}`),
    values: result.capex.map((c) => toUsd(c, scenario.fx)),
    style: "link",
    numberFormat: FMT.usdBn,
  });
  const actualKey = cell(metricKeyColumn(CAPEX_METRIC), R.metricKeys, true);
  const guidanceKey = cell(metricKeyColumn(CAPEX_GUIDANCE_METRIC), R.metricKeys, true);
  competitors.forEach((id, i) => {
    const row = R.firstCompetitorCapex + i;
    const providerCell = `$${columnLetter(COL.label)}${row}`;
    b.timelineRow(row, {
      label: cmp.providerName.get(id) ?? id,
      unit: "USD bn",
      formula: (p) => {
        const period = `${p.col}$${R.yearText}`;
        // Actual where reported, else guidance, else #N/A (a gap in the Dashboard's capex chart).
        const actual = lookupFormula(providerCell, actualKey, period);
        const guided = lookupFormula(providerCell, guidanceKey, period);
        return `IFERROR(${actual},${guided})`;
      },
      values: result.years.map((year) => {
        const actual = lookupValue(cmp, id, CAPEX_METRIC, String(year));
        return isPlanError(actual) ? lookupValue(cmp, id, CAPEX_GUIDANCE_METRIC, String(year)) : actual;
      }),
      numberFormat: FMT.usdBn,
    });
  });
  b.set(R.capexHeading, COL.note, "Fiscal years count in the calendar year they end; see the table's Period.");
  b.format(cell(COL.note, R.capexHeading), "note");
}

/** The unit of a provider's row: "%" for rates, else the currency and unit of its figures ("USD bn"). */
function rowUnit(cmp: Comparison, block: HistoryBlock, provider: string): string {
  if (block.rate) return "%";
  const figure = cmp.dataset.figures.find((f) => f.provider === provider && f.metric === block.metric);
  return figure === undefined ? "" : [figure.currency, figure.unit].filter((part) => part !== null).join(" ");
}

/** One metric by provider (rows) over the block's own timeline of calendar periods (header row). */
function writeHistoryBlock(b: SheetBuilder, cmp: Comparison, block: HistoryBlock): void {
  const last = periodColumn(block.periods.length - 1);
  b.heading(block.heading, block.title);
  b.set(block.header, COL.label, "Provider").set(block.header, COL.unit, "unit");
  block.periods.forEach((period, i) => b.set(block.header, periodColumn(i), period));
  b.format(`${cell(COL.label, block.header)}:${cell(last, block.header)}`, "tableHeader");
  const metricKey = cell(metricKeyColumn(block.metric), BENCHMARK_ROWS.metricKeys, true);
  for (const { id, row } of block.providers) {
    b.set(row, COL.label, cmp.providerName.get(id) ?? id).set(row, COL.unit, rowUnit(cmp, block, id));
    b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    block.periods.forEach((period, i) => {
      const col = columnLetter(periodColumn(i));
      const lookup = lookupFormula(`$${columnLetter(COL.label)}${row}`, metricKey, `${col}$${block.header}`);
      b.set(row, periodColumn(i), formula(lookup, lookupValue(cmp, id, block.metric, period)));
    });
    b.format(`${cell(periodColumn(0), row)}:${cell(last, row)}`, "calculation", block.rate ? FMT.rate : "#,##0.000");
  }
}

function writeMetricKeys(b: SheetBuilder, cmp: Comparison): void {
  const row = BENCHMARK_ROWS.metricKeys;
  // The metric names the look-ups match, kept in cells so that no formula embeds a constant.
  b.set(row, COL.label, "Metrics looked up in the table").set(row, COL.unit, "text");
  for (const metric of LOOKED_UP_METRICS) b.set(row, metricKeyColumn(metric), cmp.metricName.get(metric) ?? metric);
  const lastKey = metricKeyColumn(LOOKED_UP_METRICS[LOOKED_UP_METRICS.length - 1]);
  b.format(`${cell(COL.constant, row)}:${cell(lastKey, row)}`, "label");
}

export const benchmarksSheet: SheetModule = {
  key: "benchmarks",
  build(ctx) {
    const b = new SheetBuilder(ctx, "benchmarks");
    b.title("Benchmarks: competitors' published figures").masterCheckLink();
    const dataset = ctx.dataset;
    if (!dataset) {
      b.set(ROW.firstContent, COL.label, "No benchmark dataset was included when this workbook was built.");
      b.format(cell(COL.label, ROW.firstContent), "note");
      return b.build({ tabColor: TAB.output, columnWidths: [{ column: COL.label, width: 70 }] });
    }
    const cmp = comparisonOf(dataset);
    const layout = benchmarksLayout(dataset);
    b.set(BENCHMARK_ROWS.datasetNote, COL.label, datasetNoteText(dataset));
    b.format(cell(COL.label, BENCHMARK_ROWS.datasetNote), "note");
    writeMetricKeys(b, cmp);
    writeCapexBlock(b, ctx, cmp, layout.competitors);
    for (const block of layout.blocks) writeHistoryBlock(b, cmp, block);

    b.heading(
      layout.tableTop - 1,
      "All figures in the dataset, with their sources (each value above is looked up here)",
    );
    const table = benchmarkTableRows(dataset);
    b.table({
      name: BENCHMARK_TABLE_NAME,
      anchor: cell(COL.label, layout.tableTop),
      headers: table.headers,
      rows: table.rows,
      style: "TableStyleLight9",
      numberFormats: { Value: "#,##0.000" },
    });
    const periods = Math.max(ctx.horizon, ...layout.blocks.map((block) => block.periods.length));
    return b.build({
      tabColor: TAB.output,
      columnWidths: [
        { column: COL.label, width: 34 },
        { column: COL.unit, width: 18 },
        { column: COL.constant, width: 14 },
        { column: COL.total, width: 14 },
        { column: COL.note, width: 14 },
        ...Array.from({ length: periods }, (_, k) => ({ column: periodColumn(k), width: 14 })),
      ],
      // Only the labels stay in view: each block has its own timeline, so no header row is frozen above them all.
      freeze: { rows: ROW.masterCheck, columns: COL.unit },
    });
  },
  names(ctx) {
    const dataset = ctx.dataset;
    if (!dataset) return [];
    const table = benchmarkTableRows(dataset);
    const top = benchmarkTableTop(dataset);
    const first = top + 1;
    const last = top + Math.max(1, table.rows.length);
    return Object.values(BENCHMARK_COLUMN_NAMES).map(({ name, header }): NamePlan => {
      const column = columnLetter(COL.label + table.headers.indexOf(header));
      return {
        name,
        sheet: "benchmarks",
        range: `$${column}$${first}:$${column}$${last}`,
        comment: `The "${header}" column of the ${BENCHMARK_TABLE_NAME} table; a refresh points it at the new rows.`,
      };
    });
  },
};
