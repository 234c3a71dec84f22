import { ModelInputError } from "../core/errors";
import { safeText } from "../core/safe-text";
import {
  normaliseName,
  type BenchmarkDataset,
  type Figure,
  type Metric,
  type PeriodKind,
  type Provider,
} from "./schema";

/**
 * Finding figures by what people type: ids or display names (and provider aliases), whatever the case and spacing.
 * Every miss is a ModelInputError of kind "na" whose message lists what is known, so that Excel's #N/A explains
 * itself on hover.
 */

function listProviders(dataset: BenchmarkDataset): string {
  return dataset.providers.map((provider) => `${provider.id} (${provider.name})`).join(", ");
}

function listMetrics(metrics: readonly Metric[]): string {
  return metrics.map((metric) => `${metric.id} (${metric.name})`).join(", ");
}

export function findProvider(dataset: BenchmarkDataset, query: string): Provider {
  const wanted = normaliseName(query);
  const match = dataset.providers.find((provider) =>
    [provider.id, provider.name, ...(provider.aliases ?? [])].some((name) => normaliseName(name) === wanted),
  );
  if (match === undefined) {
    throw new ModelInputError(
      "na",
      `provider "${safeText(query.trim())}" is not known; use one of ${listProviders(dataset)}.`,
    );
  }
  return match;
}

export function findMetric(dataset: BenchmarkDataset, query: string): Metric {
  const wanted = normaliseName(query);
  const match = dataset.metrics.find((metric) =>
    [metric.id, metric.name].some((name) => normaliseName(name) === wanted),
  );
  if (match === undefined) {
    throw new ModelInputError(
      "na",
      `metric "${safeText(query.trim())}" is not known; use one of ${listMetrics(dataset.metrics)}.`,
    );
  }
  return match;
}

// At the same period end a full year is preferred to its last quarter: annual figures are the usual benchmark basis.
const PERIOD_MONTHS: Record<PeriodKind, number> = {
  quarter: 3,
  fiscalQuarter: 3,
  fiscalHalf: 6,
  year: 12,
  fiscalYear: 12,
  trailing12Months: 12,
  multiYear: 36,
};

/** Oldest first; at equal period ends the shorter period comes first, so the last element is the "latest" one. */
export function comparePeriods(a: Figure, b: Figure): number {
  if (a.periodEnd !== b.periodEnd) return a.periodEnd < b.periodEnd ? -1 : 1;
  return PERIOD_MONTHS[a.periodKind] - PERIOD_MONTHS[b.periodKind] || a.period.localeCompare(b.period);
}

/** The figures of one provider and metric, oldest period first. */
export function figuresFor(dataset: BenchmarkDataset, providerId: string, metricId: string): Figure[] {
  return dataset.figures
    .filter((figure) => figure.provider === providerId && figure.metric === metricId)
    .sort(comparePeriods);
}

export interface FigureQuery {
  provider: string;
  metric: string;
  /** A period label such as "2024", "Q4 2024" or "FY2025"; omitted or blank means the latest period. */
  period?: string;
}

/** One figure, found by provider and metric ids or names and an optional period label. */
export function lookupFigure(dataset: BenchmarkDataset, query: FigureQuery): Figure {
  const provider = findProvider(dataset, query.provider);
  const metric = findMetric(dataset, query.metric);
  const candidates = figuresFor(dataset, provider.id, metric.id);
  if (candidates.length === 0) {
    const available = dataset.metrics.filter((m) =>
      dataset.figures.some((f) => f.provider === provider.id && f.metric === m.id),
    );
    throw new ModelInputError(
      "na",
      `the dataset has no ${metric.name} figure for ${provider.name}; metrics with figures for ${provider.name}: ${listMetrics(available) || "none"}.`,
    );
  }
  const period = query.period === undefined ? "" : normaliseName(query.period);
  if (period === "") return candidates[candidates.length - 1];
  const match = candidates.find((figure) => normaliseName(figure.period) === period);
  if (match === undefined) {
    throw new ModelInputError(
      "na",
      `period "${safeText(query.period?.trim() ?? "")}" has no ${metric.name} figure for ${provider.name}; known periods: ${candidates.map((figure) => figure.period).join(", ")}.`,
    );
  }
  return match;
}
