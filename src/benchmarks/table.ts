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
  "Filing",
  "Published",
  "Derived",
  "Uncertain",
  "Note",
  "Key",
] as const;

/**
 * The look-up key of a figure on the Benchmarks sheet: provider name, metric name and calendar period, as the sheet's
 * row labels, metric cells and period headers spell them, so that INDEX/MATCH finds the figure's row in the table.
 * Empty for periods with no calendar period (they are not shown in the comparisons).
 */
export function benchmarkKey(providerName: string, metricName: string, period: string): string {
  return period === "" ? "" : [providerName, metricName, period].join(BENCHMARK_KEY_SEPARATOR);
}

export const BENCHMARK_KEY_SEPARATOR = "|";

/** The filing a figure was read from ("10-K 0001018724-23-000004"), or "" for a figure from another source. */
export function filingText(figure: Pick<Figure, "form" | "accessions">): string {
  if (figure.accessions === undefined || figure.accessions.length === 0) return "";
  return `${figure.form ?? "filing"} ${figure.accessions.join(", ")}`;
}

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
  const rows = figures.map((figure) => {
    const provider = providerName.get(figure.provider) ?? figure.provider;
    const metric = metricName.get(figure.metric) ?? figure.metric;
    const calendar = calendarPeriod(figure);
    return [
      provider,
      metric,
      figure.period,
      calendar,
      figure.value,
      figure.unit,
      figure.currency ?? "",
      figure.sourceUrl,
      figure.publisher,
      filingText(figure),
      figure.published ?? "",
      figure.derived,
      figure.uncertain,
      figure.note ?? "",
      benchmarkKey(provider, metric, calendar),
    ];
  });
  return { headers: BENCHMARK_TABLE_HEADERS, rows };
}
