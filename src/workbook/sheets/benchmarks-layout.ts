import type { BenchmarkDataset } from "../../benchmarks/schema";
import { calendarPeriod } from "../../benchmarks/table";
import { cell, COL, periodColumn, ROW } from "./grid";

/**
 * Where everything sits on the Benchmarks sheet, worked out from the dataset alone, so that the sheet, its defined
 * names, the in-place refresh and the Dashboard's chart agree without building the sheet. Three parts, top to bottom:
 * the capex comparison on the model's annual timeline; the dataset's history on a quarterly timeline of its own; the
 * same metrics by calendar year on an annual timeline of their own; then the figures table.
 */

export const CAPEX_METRIC = "capex";
export const CAPEX_GUIDANCE_METRIC = "capex-guidance";
export const GROWTH_METRIC = "revenue-growth";

/** Every metric a formula on the sheet looks up, in the order of the metric-name cells in row `metricKeys`. */
export const LOOKED_UP_METRICS = [
  CAPEX_METRIC,
  CAPEX_GUIDANCE_METRIC,
  "cloud-revenue",
  GROWTH_METRIC,
  "operating-income",
  "market-share-worldwide",
  "market-share-china",
] as const;

type LookedUpMetric = (typeof LOOKED_UP_METRICS)[number];

/** The column of the cell that holds a metric's name (the look-up key), in row `metricKeys`. */
export function metricKeyColumn(metric: LookedUpMetric): number {
  return COL.constant + LOOKED_UP_METRICS.indexOf(metric);
}

/** Rows of the fixed part of the sheet; the history blocks and the table follow the capex block. */
export const BENCHMARK_ROWS = {
  datasetNote: ROW.firstContent - 3,
  metricKeys: ROW.firstContent - 2,
  capexHeading: ROW.firstContent,
  yearText: ROW.firstContent + 1,
  planCapex: ROW.firstContent + 2,
  firstCompetitorCapex: ROW.firstContent + 3,
} as const;

interface BlockSpec {
  readonly metric: LookedUpMetric;
  readonly title: string;
  readonly rate: boolean;
}

const QUARTERLY_BLOCKS: readonly BlockSpec[] = [
  { metric: "cloud-revenue", title: "Cloud revenue by calendar quarter, each in its reporting currency", rate: false },
  { metric: GROWTH_METRIC, title: "Cloud revenue growth, year on year, by calendar quarter", rate: true },
  { metric: "operating-income", title: "Cloud operating income by calendar quarter", rate: false },
  { metric: CAPEX_METRIC, title: "Capex by calendar quarter", rate: false },
  { metric: "market-share-worldwide", title: "Market share worldwide (Synergy), by calendar quarter", rate: true },
  {
    metric: "market-share-china",
    title: "Market share in mainland China (Canalys/Omdia), by calendar quarter",
    rate: true,
  },
];

const ANNUAL_BLOCKS: readonly BlockSpec[] = [
  { metric: "cloud-revenue", title: "Cloud revenue by calendar year (fiscal years in the year they end)", rate: false },
  { metric: "operating-income", title: "Cloud operating income by calendar year", rate: false },
  { metric: CAPEX_METRIC, title: "Capex by calendar year (reported)", rate: false },
];

export interface HistoryBlock extends BlockSpec {
  readonly heading: number;
  /** The row of period labels: the block's own timeline. */
  readonly header: number;
  readonly periods: readonly string[];
  readonly providers: readonly { readonly id: string; readonly row: number }[];
}

export interface BenchmarksLayout {
  readonly competitors: readonly string[];
  readonly blocks: readonly HistoryBlock[];
  /** The header row of the figures table. */
  readonly tableTop: number;
}

const isQuarter = (period: string) => period.startsWith("Q");

/** "Q3 2024" → "2024-3" and "2024" → "2024", so that periods sort in time. */
function periodOrder(period: string): string {
  return isQuarter(period) ? `${period.slice(3)}-${period.slice(1, 2)}` : period;
}

/** Every calendar period of the kind (quarter or year) that any of the metrics has, oldest first: the full history. */
function axis(dataset: BenchmarkDataset, metrics: readonly string[], quarters: boolean): string[] {
  const periods = new Set<string>();
  for (const figure of dataset.figures) {
    const period = calendarPeriod(figure);
    if (period !== "" && isQuarter(period) === quarters && metrics.includes(figure.metric)) periods.add(period);
  }
  return [...periods].sort((a, b) => (periodOrder(a) < periodOrder(b) ? -1 : periodOrder(a) > periodOrder(b) ? 1 : 0));
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

function placeBlocks(
  dataset: BenchmarkDataset,
  specs: readonly BlockSpec[],
  quarters: boolean,
  top: number,
): { blocks: HistoryBlock[]; next: number } {
  const periods = axis(
    dataset,
    specs.map((spec) => spec.metric),
    quarters,
  );
  const blocks: HistoryBlock[] = [];
  let row = top;
  for (const spec of specs) {
    const providers = dataset.providers
      .map((p) => p.id)
      .filter((id) =>
        dataset.figures.some((f) => {
          const period = calendarPeriod(f);
          return f.provider === id && f.metric === spec.metric && period !== "" && isQuarter(period) === quarters;
        }),
      );
    if (providers.length === 0) continue;
    const header = row + 1;
    blocks.push({
      ...spec,
      heading: row,
      header,
      periods,
      providers: providers.map((id, i) => ({ id, row: header + 1 + i })),
    });
    row = header + providers.length + 2;
  }
  return { blocks, next: row };
}

export function benchmarksLayout(dataset: BenchmarkDataset): BenchmarksLayout {
  const competitors = capexCompetitors(dataset);
  const afterCapex = BENCHMARK_ROWS.firstCompetitorCapex + competitors.length + 1;
  const quarterly = placeBlocks(dataset, QUARTERLY_BLOCKS, true, afterCapex);
  const annual = placeBlocks(dataset, ANNUAL_BLOCKS, false, quarterly.next);
  return { competitors, blocks: [...quarterly.blocks, ...annual.blocks], tableTop: annual.next + 1 };
}

/** The figure table's position: its header row, for names and for the in-place refresh. */
export function benchmarkTableTop(dataset: BenchmarkDataset): number {
  return benchmarksLayout(dataset).tableTop;
}

/** A block's cells over its periods on row `row`, e.g. "$F$30:$S$30". */
export function blockRange(block: HistoryBlock, row: number): string {
  return `${cell(periodColumn(0), row, true)}:${cell(periodColumn(block.periods.length - 1), row, true)}`;
}

/** The quarterly growth block, for the Dashboard's line chart; none when the dataset has no quarterly growth. */
export function quarterlyGrowthBlock(dataset: BenchmarkDataset): HistoryBlock | undefined {
  return benchmarksLayout(dataset).blocks.find(
    (block) => block.metric === GROWTH_METRIC && isQuarter(block.periods[0]),
  );
}
