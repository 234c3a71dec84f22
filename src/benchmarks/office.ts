import { localStorageCache, useCachedDatasetIfNewer, workbookSettingsStamp, type DatasetCache } from "./cache";
import { type RefreshTargets } from "./refresh";
import { benchmarkStore, type BenchmarkStore } from "./store";

/**
 * The benchmark pieces wired to Office's own stores. Kept apart from the pure modules so that those load and test
 * without Office, and called only once Office is ready (the partition key and the document exist only then).
 */

/** Switches to the user's cached dataset when it is valid and newer than the bundled one. */
export function startBenchmarks(
  store: BenchmarkStore = benchmarkStore,
  cache: DatasetCache = localStorageCache(),
): "cache" | "bundled" {
  return useCachedDatasetIfNewer(store, cache);
}

/** What the pane's refresh button passes to refreshBenchmarks: the shared store, the user's cache and the workbook. */
export function officeRefreshTargets(store: BenchmarkStore = benchmarkStore): RefreshTargets {
  return { store, cache: localStorageCache(), stamp: workbookSettingsStamp(Office.context.document.settings) };
}
