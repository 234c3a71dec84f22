import type { DatasetCache, WorkbookStampStore } from "../benchmarks/cache";
import { previewChanges } from "../benchmarks/diff";
import {
  applyDataset,
  DEFAULT_DATASET_PATH,
  diffDatasets,
  downloadDataset,
  type RefreshOptions,
  type RefreshResult,
  type RefreshTargets,
} from "../benchmarks/refresh";
import type { BenchmarkDataset } from "../benchmarks/schema";
import type { BenchmarkStore } from "../benchmarks/store";
import {
  DatasetUnavailableError,
  type DatasetInfo,
  type DatasetOrigin,
  type PreviewOutcome,
  type RefreshOutcome,
} from "./seam";

/** The shared store once its first dataset is in, and where that dataset came from. */
export interface StartedBenchmarks {
  readonly store: BenchmarkStore;
  readonly origin: DatasetOrigin;
}

/** What the pane needs from the benchmarks module, passed in so that tests can swap the network and the stores. */
export interface BenchmarkDeps {
  /** Resolves once the shipped dataset has loaded and the start-up cache check has run; rejects when it did not load. */
  readonly started: Promise<StartedBenchmarks>;
  readonly refresh: (targets: RefreshTargets, options?: RefreshOptions) => Promise<RefreshResult>;
  /** Downloads and checks without applying, for the preview; default downloadDataset. */
  readonly download?: (current: BenchmarkDataset, options?: RefreshOptions) => Promise<RefreshResult>;
  readonly cache?: DatasetCache;
  readonly stamp?: WorkbookStampStore;
  readonly options?: RefreshOptions;
}

export function datasetInfo(dataset: BenchmarkDataset, origin: DatasetOrigin, url?: string): DatasetInfo {
  return { asOf: dataset.asOf, source: `${dataset.title} (${dataset.version})`, origin, url };
}

/**
 * Refresh and dataset information shared by the Excel and the download seams. Everything here waits for the shipped
 * dataset, which arrives after the pane is interactive.
 */
export class BenchmarkLink {
  /** Where a refresh fetched the data from; set once the user has refreshed. */
  private refreshedFrom: { url: string | undefined } | undefined;
  /** A download the user has been shown but has not accepted yet. */
  private pending: BenchmarkDataset | undefined;

  constructor(private readonly deps: BenchmarkDeps) {
    // Awaited by the pane's first dataset line at once; a failed load must not also surface as unhandled.
    deps.started.catch(() => undefined);
  }

  private async started(): Promise<StartedBenchmarks> {
    try {
      return await this.deps.started;
    } catch {
      throw new DatasetUnavailableError();
    }
  }

  /** The dataset in use; rejects with DatasetUnavailableError when the shipped one did not load. */
  async dataset(): Promise<BenchmarkDataset> {
    return (await this.started()).store.current;
  }

  /** The dataset for a build: none when the shipped one did not load, and the workbook is built without benchmarks. */
  async datasetIfLoaded(): Promise<BenchmarkDataset | undefined> {
    try {
      return await this.dataset();
    } catch {
      return undefined;
    }
  }

  async info(): Promise<DatasetInfo> {
    const { store, origin } = await this.started();
    if (this.refreshedFrom) return datasetInfo(store.current, "refreshed", this.refreshedFrom.url);
    return datasetInfo(store.current, origin);
  }

  /** The workbook's stamp, when it has one, says which dataset the workbook's benchmark cells were refreshed with. */
  async workbookInfo(): Promise<DatasetInfo> {
    const current = await this.dataset();
    const stamp = this.deps.stamp?.read() ?? null;
    if (stamp && (stamp.version !== current.version || stamp.asOf !== current.asOf)) {
      return { asOf: stamp.asOf, source: `${current.title} (${stamp.version})`, origin: "workbook" };
    }
    return this.info();
  }

  /** Downloads and holds the dataset, and says what it would change; the data in use stays as it is. */
  async preview(): Promise<PreviewOutcome> {
    const { store } = await this.started();
    this.pending = undefined;
    const download = this.deps.download ?? downloadDataset;
    const result = await download(store.current, this.deps.options);
    if (!result.ok) return { ok: false, message: result.message, user: result.user };
    this.pending = result.dataset;
    return { ok: true, preview: previewChanges(store.current, result.dataset, result.changes) };
  }

  /** Records in the workbook's settings the dataset a build wrote; informative only, so a failure is ignored. */
  async recordBuiltWith(dataset: BenchmarkDataset): Promise<void> {
    try {
      await this.deps.stamp?.write({ version: dataset.version, asOf: dataset.asOf });
    } catch {
      // Settings may be unavailable (read-only workbook); the Cover still names the dataset.
    }
  }

  /** "Keep current": forgets the previewed download. */
  keep(): void {
    this.pending = undefined;
  }

  /** Applies the previewed download; without one (no preview asked for), downloads and applies at once. */
  async refresh(): Promise<RefreshOutcome> {
    const { store } = await this.started();
    const { cache, stamp } = this.deps;
    const pending = this.pending;
    this.pending = undefined;
    let result: RefreshResult;
    if (pending === undefined) result = await this.deps.refresh({ store, cache, stamp }, this.deps.options);
    else {
      // Counted against the data in use now: the functions runtime may have replaced it since the preview.
      const changes = diffDatasets(store.current, pending);
      await applyDataset({ store, cache, stamp }, pending);
      result = { ok: true, dataset: pending, changes };
    }
    if (!result.ok) return { ok: false, message: result.message, user: result.user };
    this.refreshedFrom = { url: resolvedUrl(this.deps.options) };
    const { added, changed, removed } = result.changes;
    return {
      ok: true,
      dataset: await this.info(),
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
