import { type BenchmarkDataset, type Figure } from "./schema";
import { comparePeriods } from "./lookup";

/**
 * The Benchmarks table as the workbook shows it. The workbook plan and the in-place refresh both take their headers
 * and rows from here, so a refreshed table has exactly the shape of a freshly built one.
 */

export const BENCHMARK_TABLE_HEADERS = [
  "Provider",
  "Metric",
  "Period",
  "Calendar period",
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

/**
 * The calendar year ("2025") or calendar quarter ("Q4 2025") in which a year- or quarter-long period ends, so that
 * fiscal and calendar figures line up in the workbook's comparisons (Microsoft's FY2025 ends in June 2025 and counts
 * as 2025). Other periods (halves, trailing twelve months, multi-year plans) have none.
 */
export function calendarPeriod(figure: Pick<Figure, "periodKind" | "periodEnd">): string {
  const year = figure.periodEnd.slice(0, 4);
  const month = Number(figure.periodEnd.slice(5, 7));
  switch (figure.periodKind) {
    case "year":
    case "fiscalYear":
      return year;
    case "quarter":
    case "fiscalQuarter":
      return `Q${Math.ceil(month / 3)} ${year}`;
    default:
      return "";
  }
}

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
    calendarPeriod(figure),
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
