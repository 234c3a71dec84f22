import type { DatasetChanges, FigureChange, FigureRef, FigureValue } from "./refresh";
import type { BenchmarkDataset } from "./schema";

/**
 * What a refresh would do, grouped the way a reader checks it: by provider, then by metric, in the order the new
 * dataset lists them. Pure, so that both the pane (before it applies a download) and the dataset builder's Markdown
 * diff group in the same way.
 */

export interface ChangeGroup {
  readonly provider: string;
  readonly providerName: string;
  readonly metric: string;
  readonly metricName: string;
  readonly added: readonly FigureValue[];
  readonly changed: readonly FigureChange[];
  readonly removed: readonly FigureValue[];
}

export interface RefreshPreview {
  readonly from: { readonly version: string; readonly asOf: string };
  readonly to: { readonly version: string; readonly asOf: string };
  readonly counts: { readonly added: number; readonly changed: number; readonly removed: number };
  readonly groups: readonly ChangeGroup[];
}

/**
 * Groups items by provider and metric: providers and metrics in the order `order` lists them, unknown ones after in
 * the order they come. Used for the pane's change list and the builder's Markdown.
 */
export function groupByProviderAndMetric<T>(
  items: readonly T[],
  refOf: (item: T) => Pick<FigureRef, "provider" | "metric">,
  order: Pick<BenchmarkDataset, "providers" | "metrics">[] = [],
): Map<string, Map<string, T[]>> {
  const providerRank = rankOf(order.flatMap((dataset) => dataset.providers.map((provider) => provider.id)));
  const metricRank = rankOf(order.flatMap((dataset) => dataset.metrics.map((metric) => metric.id)));
  const byRank = (rank: Map<string, number>) => (a: string, b: string) =>
    (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER);
  const grouped = new Map<string, Map<string, T[]>>();
  for (const item of items) {
    const { provider, metric } = refOf(item);
    const metrics = grouped.get(provider) ?? new Map<string, T[]>();
    metrics.set(metric, [...(metrics.get(metric) ?? []), item]);
    grouped.set(provider, metrics);
  }
  const sorted = new Map<string, Map<string, T[]>>();
  for (const provider of [...grouped.keys()].sort(byRank(providerRank))) {
    const metrics = grouped.get(provider) as Map<string, T[]>;
    sorted.set(provider, new Map([...metrics.keys()].sort(byRank(metricRank)).map((m) => [m, metrics.get(m) as T[]])));
  }
  return sorted;
}

function rankOf(ids: readonly string[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const id of ids) if (!rank.has(id)) rank.set(id, rank.size);
  return rank;
}

type Tagged =
  | { kind: "added"; item: FigureValue }
  | { kind: "changed"; item: FigureChange }
  | { kind: "removed"; item: FigureValue };

/** The pane's preview of a download: the change list of `diffDatasets`, grouped, with names to show. */
export function previewChanges(
  current: BenchmarkDataset,
  next: BenchmarkDataset,
  changes: DatasetChanges,
): RefreshPreview {
  const tagged: Tagged[] = [
    ...changes.added.map((item): Tagged => ({ kind: "added", item })),
    ...changes.changed.map((item): Tagged => ({ kind: "changed", item })),
    ...changes.removed.map((item): Tagged => ({ kind: "removed", item })),
  ];
  const providerNames = new Map([...current.providers, ...next.providers].map((p) => [p.id, p.name]));
  const metricNames = new Map([...current.metrics, ...next.metrics].map((m) => [m.id, m.name]));
  const groups: ChangeGroup[] = [];
  for (const [provider, metrics] of groupByProviderAndMetric(tagged, (entry) => entry.item, [next, current])) {
    for (const [metric, entries] of metrics) {
      const added: FigureValue[] = [];
      const changed: FigureChange[] = [];
      const removed: FigureValue[] = [];
      for (const entry of entries) {
        if (entry.kind === "added") added.push(entry.item);
        else if (entry.kind === "changed") changed.push(entry.item);
        else removed.push(entry.item);
      }
      const names = {
        providerName: providerNames.get(provider) ?? provider,
        metricName: metricNames.get(metric) ?? metric,
      };
      groups.push({ provider, metric, ...names, added, changed, removed });
    }
  }
  return {
    from: { version: current.version, asOf: current.asOf },
    to: { version: next.version, asOf: next.asOf },
    counts: { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length },
    groups,
  };
}
