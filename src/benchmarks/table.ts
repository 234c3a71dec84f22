import { type BenchmarkDataset } from "./schema";
import { comparePeriods } from "./lookup";

/**
 * The Benchmarks table as the workbook shows it. The workbook plan and the in-place refresh both take their headers
 * and rows from here, so a refreshed table has exactly the shape of a freshly built one.
 */

export const BENCHMARK_TABLE_HEADERS = [
  "Provider",
  "Metric",
  "Period",
  "Value",
  "Unit",
  "Currency",
  "Source URL",
  "Publisher",
  "Published",
  "Derived",
  "Uncertain",
  "Note",
] as const;

export type BenchmarkTableCell = string | number | boolean;

export interface BenchmarkTable {
  headers: readonly string[];
  /** One row per figure, grouped by provider then metric in dataset order, oldest period first. */
  rows: BenchmarkTableCell[][];
}

export function benchmarkTableRows(dataset: BenchmarkDataset): BenchmarkTable {
  const providerOrder = new Map(dataset.providers.map((provider, index) => [provider.id, index]));
  const metricOrder = new Map(dataset.metrics.map((metric, index) => [metric.id, index]));
  const providerName = new Map(dataset.providers.map((provider) => [provider.id, provider.name]));
  const metricName = new Map(dataset.metrics.map((metric) => [metric.id, metric.name]));
  const figures = [...dataset.figures].sort(
    (a, b) =>
      (providerOrder.get(a.provider) ?? 0) - (providerOrder.get(b.provider) ?? 0) ||
      (metricOrder.get(a.metric) ?? 0) - (metricOrder.get(b.metric) ?? 0) ||
      comparePeriods(a, b),
  );
  // Empty strings rather than nulls: Excel writes null as "leave the cell unchanged", which would keep stale text.
  const rows = figures.map((figure) => [
    providerName.get(figure.provider) ?? figure.provider,
    metricName.get(figure.metric) ?? figure.metric,
    figure.period,
    figure.value,
    figure.unit,
    figure.currency ?? "",
    figure.sourceUrl,
    figure.publisher,
    figure.published ?? "",
    figure.derived,
    figure.uncertain,
    figure.note ?? "",
  ]);
  return { headers: BENCHMARK_TABLE_HEADERS, rows };
}
