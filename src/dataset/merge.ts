import { figureKey, type BenchmarkDataset, type Figure, type Provider } from "../benchmarks/schema";
import { comparePeriods } from "../benchmarks/lookup";
import { periodSlot } from "./periods";
import type { ProviderEntry } from "./providers";

/**
 * The dataset = the curated figures (what no filing carries) + the figures from filings. A filing's figure replaces a
 * curated one for the same provider, metric and period. "Same period" is the same duration class (quarter or year)
 * ending in the same month, so a curated "Q4 2024" and a filing's "Q3 FY2025" for a quarter ending in December 2024
 * are the same figure; other periods (halves, trailing twelve months) match by label.
 */

export interface Replacement {
  curated: Figure;
  filing: Figure;
}

export interface MergeResult {
  dataset: BenchmarkDataset;
  replacements: Replacement[];
}

/** The identity of a figure's period across labels: provider, metric and slot (or label where there is no slot). */
export function periodIdentity(figure: Figure): string {
  const slot = periodSlot(figure.periodKind, figure.periodEnd);
  return slot === undefined ? `label ${figureKey(figure)}` : `${figure.provider}|${figure.metric}|${slot}`;
}

function providersOf(curated: BenchmarkDataset, entries: readonly ProviderEntry[]): Provider[] {
  const providers = [...curated.providers];
  for (const entry of entries) {
    if (providers.some((provider) => provider.id === entry.id)) continue;
    providers.push({
      id: entry.id,
      name: entry.name,
      ...(entry.aliases === undefined ? {} : { aliases: entry.aliases }),
    });
  }
  return providers;
}

/** The date of the newest figure: when it was published (a filing's filing date). */
export function newestFigureDate(figures: readonly Figure[], fallback: string): string {
  return figures
    .reduce((newest, figure) => {
      const date = figure.filed ?? figure.published;
      return date !== null && date > newest ? date : newest;
    }, "0000-00-00")
    .replace(/^0000-00-00$/, fallback);
}

export function mergeFigures(
  curated: BenchmarkDataset,
  entries: readonly ProviderEntry[],
  fromFilings: readonly Figure[],
): MergeResult {
  const byIdentity = new Map(fromFilings.map((figure) => [periodIdentity(figure), figure]));
  const byLabel = new Map(fromFilings.map((figure) => [figureKey(figure), figure]));
  const replacements: Replacement[] = [];
  const kept = curated.figures.filter((figure) => {
    const filing = byIdentity.get(periodIdentity(figure)) ?? byLabel.get(figureKey(figure));
    if (filing !== undefined) replacements.push({ curated: figure, filing });
    return filing === undefined;
  });
  const providers = providersOf(curated, entries);
  const providerOrder = new Map(providers.map((provider, index) => [provider.id, index]));
  const metricOrder = new Map(curated.metrics.map((metric, index) => [metric.id, index]));
  const figures = [...kept, ...fromFilings].sort(
    (a, b) =>
      (providerOrder.get(a.provider) ?? 0) - (providerOrder.get(b.provider) ?? 0) ||
      (metricOrder.get(a.metric) ?? 0) - (metricOrder.get(b.metric) ?? 0) ||
      comparePeriods(a, b),
  );
  const asOf = newestFigureDate(figures, curated.asOf);
  return {
    dataset: { ...curated, version: datasetVersion(asOf, figures), asOf, providers, figures },
    replacements,
  };
}

/**
 * The dataset's version: its as-of date, then a fingerprint of its figures ("2026.05.20.k2x9f1"). The date alone was
 * not enough: newly sourced curated figures older than the newest one change the content but not the date, and the
 * workbook, which records the version it was built with, must tell the two apart. FNV-1a (32 bits) over the figures'
 * JSON: the same figures always give the same version, so a rebuild from the same sources is byte for byte the same.
 */
export function datasetVersion(asOf: string, figures: readonly Figure[]): string {
  const text = JSON.stringify(figures);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${asOf.replace(/-/g, ".")}.${hash.toString(36)}`;
}
