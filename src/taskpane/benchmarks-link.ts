import type { DatasetCache, WorkbookStampStore } from "../benchmarks/cache";
import {
  DEFAULT_DATASET_PATH,
  type RefreshOptions,
  type RefreshResult,
  type RefreshTargets,
} from "../benchmarks/refresh";
import type { BenchmarkDataset } from "../benchmarks/schema";
import type { BenchmarkStore } from "../benchmarks/store";
import type { DatasetInfo, DatasetOrigin, RefreshOutcome } from "./seam";

/** What the pane needs from the benchmarks module, passed in so that tests can swap the network and the stores. */
export interface BenchmarkDeps {
  readonly store: BenchmarkStore;
  readonly refresh: (targets: RefreshTargets, options?: RefreshOptions) => Promise<RefreshResult>;
  readonly cache?: DatasetCache;
  readonly stamp?: WorkbookStampStore;
  /** Where the dataset in the store came from when the pane started. */
  readonly initialOrigin: DatasetOrigin;
  readonly options?: RefreshOptions;
}

export function datasetInfo(dataset: BenchmarkDataset, origin: DatasetOrigin, url?: string): DatasetInfo {
  return { asOf: dataset.asOf, source: `${dataset.title} (${dataset.version})`, origin, url };
}

/** Refresh and dataset information shared by the Excel and the download seams. */
export class BenchmarkLink {
  private origin: DatasetOrigin;
  private url: string | undefined;

  constructor(private readonly deps: BenchmarkDeps) {
    this.origin = deps.initialOrigin;
  }

  get dataset(): BenchmarkDataset {
    return this.deps.store.current;
  }

  info(): DatasetInfo {
    return datasetInfo(this.deps.store.current, this.origin, this.url);
  }

  /** The workbook's stamp, when it has one, says which dataset the workbook's benchmark cells were refreshed with. */
  workbookInfo(): DatasetInfo {
    const stamp = this.deps.stamp?.read() ?? null;
    const current = this.deps.store.current;
    if (stamp && (stamp.version !== current.version || stamp.asOf !== current.asOf)) {
      return { asOf: stamp.asOf, source: `${current.title} (${stamp.version})`, origin: "workbook" };
    }
    return this.info();
  }

  async refresh(): Promise<RefreshOutcome> {
    const { store, cache, stamp } = this.deps;
    const result = await this.deps.refresh({ store, cache, stamp }, this.deps.options);
    if (!result.ok) return { ok: false, message: result.message };
    this.origin = "refreshed";
    this.url = resolvedUrl(this.deps.options);
    const { added, changed, removed } = result.changes;
    return {
      ok: true,
      dataset: this.info(),
      changes: added.length + changed.length + removed.length,
      counts: { added: added.length, changed: changed.length, removed: removed.length },
    };
  }
}

function resolvedUrl(options: RefreshOptions | undefined): string | undefined {
  try {
    return new URL(options?.url ?? DEFAULT_DATASET_PATH, options?.pageUrl ?? globalThis.location?.href).href;
  } catch {
    return undefined;
  }
}
