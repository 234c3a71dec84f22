import { toUsd } from "../../core/model";
import type { BenchmarkDataset, Figure } from "../../benchmarks/schema";
import { benchmarkTableRows, calendarPeriod } from "../../benchmarks/table";
import type { NamePlan, PlanValue } from "../plan-types";
import { CAPEX_ROWS } from "./capex";
import { FMT, TAB } from "./formats";
import { cell, COL, columnLetter, periodColumn, ROW } from "./grid";
import { formula, SheetBuilder } from "./sheet-builder";
import type { PlanContext, SheetModule } from "./sheet-module";

/**
 * The Benchmarks sheet: the dataset's figures as an Excel table, and comparison blocks that read that table through
 * defined names (one per table column). A refresh rewrites the table in place and points the names at its new rows,
 * so every comparison recalculates from the refreshed figures without a rebuild. Without a dataset the sheet says so.
 */

export const BENCHMARK_TABLE_NAME = "BenchmarkFigures";
export const CAPEX_METRIC = "capex";
export const CAPEX_GUIDANCE_METRIC = "capex-guidance";
const GROWTH_METRIC = "revenue-growth";
const SHARE_METRICS = ["market-share-worldwide", "market-share-china"] as const;

/** Quarters shown side by side in the growth and market-share blocks: the latest two years. */
const QUARTERS_SHOWN = 8;

/** The defined names over the table's columns that the comparison formulas use; a refresh re-points them. */
export const BENCHMARK_COLUMN_NAMES = {
  provider: { name: "Benchmark_Provider", header: "Provider" },
  metric: { name: "Benchmark_Metric", header: "Metric" },
  calendarPeriod: { name: "Benchmark_CalendarPeriod", header: "Calendar period" },
  value: { name: "Benchmark_Value", header: "Value" },
} as const;

const P = BENCHMARK_COLUMN_NAMES.provider.name;
const M = BENCHMARK_COLUMN_NAMES.metric.name;
const C = BENCHMARK_COLUMN_NAMES.calendarPeriod.name;
const V = BENCHMARK_COLUMN_NAMES.value.name;

/** Rows of the fixed part of the sheet; the quarter blocks and the table follow the capex block. */
export const BENCHMARK_ROWS = {
  datasetNote: ROW.firstContent,
  metricKeys: ROW.firstContent + 1,
  capexHeading: ROW.firstContent + 3,
  yearText: ROW.firstContent + 4,
  planCapex: ROW.firstContent + 5,
  firstCompetitorCapex: ROW.firstContent + 6,
} as const;

/** The sentence above the comparisons that names the dataset; the in-place refresh rewrites it with the same words. */
export function datasetNoteText(dataset: Pick<BenchmarkDataset, "title" | "asOf" | "version">): string {
  return `${dataset.title}, as of ${dataset.asOf} (version ${dataset.version}). Refresh from the task pane.`;
}

/** Mean of the table's values for one provider, metric and calendar period, or "" when there are none. */
function lookupFormula(provider: string, metric: string, period: string): string {
  const criteria = `${P},${provider},${M},${metric},${C},${period}`;
  return `IF(COUNTIFS(${criteria})=0,"",SUMIFS(${V},${criteria})/COUNTIFS(${criteria}))`;
}

/** The same look-up done on the dataset, for the cached values. */
function lookupValue(figures: readonly Figure[], provider: string, metric: string, period: string): PlanValue {
  const found = figures.filter((f) => f.provider === provider && f.metric === metric && calendarPeriod(f) === period);
  return found.length === 0 ? "" : found.reduce((sum, f) => sum + f.value, 0) / found.length;
}

interface Comparison {
  readonly dataset: BenchmarkDataset;
  readonly providerName: ReadonlyMap<string, string>;
  readonly metricName: ReadonlyMap<string, string>;
}

/** Providers other than the modelled company that report capex in USD, in dataset order. */
export function capexCompetitors(dataset: BenchmarkDataset): string[] {
  return dataset.providers
    .map((p) => p.id)
    .filter(
      (id) =>
        !id.startsWith("alibaba") &&
        dataset.figures.some(
          (f) =>
            f.provider === id &&
            f.currency === "USD" &&
            (f.metric === CAPEX_METRIC || f.metric === CAPEX_GUIDANCE_METRIC) &&
            calendarPeriod(f) !== "",
        ),
    );
}

/** The latest quarters (oldest first) that have the metric, and the providers that report it in them. */
function quarterAxis(dataset: BenchmarkDataset, metric: string): { quarters: string[]; providers: string[] } {
  const inQuarters = dataset.figures.filter((f) => f.metric === metric && /^Q/.test(calendarPeriod(f)));
  const quarterEnds = new Map<string, string>();
  for (const f of inQuarters) {
    const q = calendarPeriod(f);
    const end = `${q.slice(3)}-${q.slice(1, 2)}`;
    quarterEnds.set(q, end);
  }
  const quarters = [...quarterEnds.entries()]
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .slice(-QUARTERS_SHOWN)
    .map(([q]) => q);
  const providers = dataset.providers
    .map((p) => p.id)
    .filter((id) => inQuarters.some((f) => f.provider === id && quarters.includes(calendarPeriod(f))));
  return { quarters, providers };
}

/**
 * Where the capex comparison rows are, for the Dashboard's chart: the plan's row and one row per competitor, on the
 * shared timeline.
 */
export function capexComparisonRows(dataset: BenchmarkDataset): { name: string; row: number }[] {
  const names = new Map(dataset.providers.map((p) => [p.id, p.name]));
  return [
    { name: "Alibaba plan", row: BENCHMARK_ROWS.planCapex },
    ...capexCompetitors(dataset).map((id, i) => ({
      name: names.get(id) ?? id,
      row: BENCHMARK_ROWS.firstCompetitorCapex + i,
    })),
  ];
}

function writeCapexBlock(b: SheetBuilder, ctx: PlanContext, cmp: Comparison): number {
  const { result, scenario } = ctx;
  const figures = cmp.dataset.figures;
  const R = BENCHMARK_ROWS;
  b.heading(
    R.capexHeading,
    "Capex by year, USD bn: the plan beside competitors (actual where reported, else guidance)",
  );
  b.timelineRow(R.yearText, {
    label: "Calendar period looked up",
    unit: "text",
    formula: (p) => `TEXT(${p.col}$${ROW.year},"0")`,
    values: result.years.map(String),
    style: "calculation",
  });
  b.timelineRow(R.planCapex, {
    label: "Alibaba plan",
    unit: "USD bn",
    formula: (p) => ctx.ref("capex", `${p.col}${CAPEX_ROWS.capexUsd}`),
    values: result.capex.map((c) => toUsd(c, scenario.fx)),
    style: "link",
    numberFormat: FMT.usdBn,
  });
  const actualKey = cell(COL.constant, R.metricKeys, true);
  const guidanceKey = cell(COL.total, R.metricKeys, true);
  capexCompetitors(cmp.dataset).forEach((id, i) => {
    const row = R.firstCompetitorCapex + i;
    const providerCell = `$${columnLetter(COL.label)}${row}`;
    b.timelineRow(row, {
      label: cmp.providerName.get(id) ?? id,
      unit: "USD bn",
      formula: (p) => {
        const period = `${p.col}$${R.yearText}`;
        const actual = lookupFormula(providerCell, actualKey, period);
        const guided = lookupFormula(providerCell, guidanceKey, period);
        return `IF(${actual}="",${guided},${actual})`;
      },
      values: result.years.map((year) => {
        const actual = lookupValue(figures, id, CAPEX_METRIC, String(year));
        return actual === "" ? lookupValue(figures, id, CAPEX_GUIDANCE_METRIC, String(year)) : actual;
      }),
      numberFormat: FMT.usdBn,
    });
  });
  const last = R.firstCompetitorCapex + capexCompetitors(cmp.dataset).length - 1;
  b.set(R.capexHeading, COL.note, "Fiscal years count in the calendar year they end; see the table's Period.");
  b.format(cell(COL.note, R.capexHeading), "note");
  return last;
}

/** A block of one metric by provider (rows) and calendar quarter (columns from the timeline's first column). */
function writeQuarterBlock(
  b: SheetBuilder,
  cmp: Comparison,
  metric: string,
  title: string,
  top: number,
  keyColumn: number,
): number {
  const { quarters, providers } = quarterAxis(cmp.dataset, metric);
  b.heading(top, title);
  if (quarters.length === 0) {
    b.set(top + 1, COL.label, "No quarterly figures for this metric in the dataset.").format(
      cell(COL.label, top + 1),
      "note",
    );
    return top + 1;
  }
  const header = top + 1;
  b.set(header, COL.label, "Provider").set(header, COL.unit, "unit");
  quarters.forEach((q, i) => b.set(header, periodColumn(i), q));
  b.format(`${cell(COL.label, header)}:${cell(periodColumn(quarters.length - 1), header)}`, "tableHeader");
  const metricKey = cell(keyColumn, BENCHMARK_ROWS.metricKeys, true);
  providers.forEach((id, r) => {
    const row = header + 1 + r;
    b.set(row, COL.label, cmp.providerName.get(id) ?? id).set(row, COL.unit, "%");
    b.format(cell(COL.label, row), "label").format(cell(COL.unit, row), "unit");
    quarters.forEach((q, i) => {
      const col = columnLetter(periodColumn(i));
      b.set(
        row,
        periodColumn(i),
        formula(
          lookupFormula(`$${columnLetter(COL.label)}${row}`, metricKey, `${col}$${header}`),
          lookupValue(cmp.dataset.figures, id, metric, q),
        ),
      );
    });
    b.format(`${cell(periodColumn(0), row)}:${cell(periodColumn(quarters.length - 1), row)}`, "calculation", FMT.rate);
  });
  return header + providers.length;
}

/** The figure table's position: its header row, for names and for the in-place refresh. */
export function benchmarkTableTop(dataset: BenchmarkDataset): number {
  let row = BENCHMARK_ROWS.firstCompetitorCapex + capexCompetitors(dataset).length + 1;
  for (const metric of [GROWTH_METRIC, ...SHARE_METRICS]) {
    const { quarters, providers } = quarterAxis(dataset, metric);
    row += (quarters.length === 0 ? 2 : 2 + providers.length) + 1;
  }
  return row + 1;
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
    const cmp: Comparison = {
      dataset,
      providerName: new Map(dataset.providers.map((p) => [p.id, p.name])),
      metricName: new Map(dataset.metrics.map((m) => [m.id, m.name])),
    };
    const metricName = (id: string): string => cmp.metricName.get(id) ?? id;
    b.timelineHeader();
    b.set(BENCHMARK_ROWS.datasetNote, COL.label, datasetNoteText(dataset));
    b.format(cell(COL.label, BENCHMARK_ROWS.datasetNote), "note");
    // The metric names the look-ups match, kept in cells so that no formula embeds a constant.
    const keys = [CAPEX_METRIC, CAPEX_GUIDANCE_METRIC, GROWTH_METRIC, ...SHARE_METRICS];
    b.set(BENCHMARK_ROWS.metricKeys, COL.label, "Metrics looked up in the table").set(
      BENCHMARK_ROWS.metricKeys,
      COL.unit,
      "text",
    );
    keys.forEach((id, i) => b.set(BENCHMARK_ROWS.metricKeys, COL.constant + i, metricName(id)));
    b.format(
      `${cell(COL.constant, BENCHMARK_ROWS.metricKeys)}:${cell(COL.constant + keys.length - 1, BENCHMARK_ROWS.metricKeys)}`,
      "label",
    );

    let row = writeCapexBlock(b, ctx, cmp) + 2;
    row =
      writeQuarterBlock(
        b,
        cmp,
        GROWTH_METRIC,
        "Cloud revenue growth, year on year, by calendar quarter",
        row,
        COL.constant + 2,
      ) + 2;
    row =
      writeQuarterBlock(
        b,
        cmp,
        SHARE_METRICS[0],
        "Market share worldwide (Synergy), by calendar quarter",
        row,
        COL.constant + 3,
      ) + 2;
    row =
      writeQuarterBlock(
        b,
        cmp,
        SHARE_METRICS[1],
        "Market share in mainland China (Canalys/Omdia), by calendar quarter",
        row,
        COL.constant + 4,
      ) + 2;

    const tableTop = benchmarkTableTop(dataset);
    // names() finds the table without building the sheet; both must agree on where it starts.
    if (tableTop !== row + 1) throw new Error(`Benchmarks layout drift: table at ${tableTop}, blocks end at ${row}`);
    b.heading(tableTop - 1, "All figures in the dataset, with their sources");
    const table = benchmarkTableRows(dataset);
    b.table({
      name: BENCHMARK_TABLE_NAME,
      anchor: cell(COL.label, tableTop),
      headers: table.headers,
      rows: table.rows,
      style: "TableStyleLight9",
      numberFormats: { Value: "#,##0.000" },
    });
    return b.build({
      tabColor: TAB.output,
      columnWidths: [
        { column: COL.label, width: 34 },
        { column: COL.unit, width: 18 },
        { column: COL.constant, width: 14 },
        { column: COL.total, width: 14 },
        { column: COL.note, width: 14 },
        ...Array.from({ length: Math.max(ctx.horizon, QUARTERS_SHOWN, 8) }, (_, k) => ({
          column: periodColumn(k),
          width: 14,
        })),
      ],
      freeze: { rows: ROW.period, columns: COL.unit },
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
