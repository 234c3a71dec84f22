import { localStorageCache, useCachedDatasetIfNewer, type DatasetCache } from "./cache";
import { type BenchmarkStore } from "./store";

/**
 * The benchmark pieces wired to Office's own stores. Kept apart from the pure modules so that those load and test
 * without Office, and called only once Office is ready (the partition key and the document exist only then).
 */

const started = new WeakMap<BenchmarkStore, "cache" | "bundled">();

function defaultCache(): DatasetCache | undefined {
  try {
    return localStorageCache();
  } catch {
    // Storage can be blocked (strict privacy settings); then there is no saved copy to start from.
    return undefined;
  }
}

/**
 * Switches to the user's cached dataset when it is valid and newer than the bundled one, once per store: the custom
 * functions and the pane share one runtime and both start the benchmarks, and the pane asks here where the data
 * came from instead of reading the cache again. A cache that cannot be read counts as none. Called with the store
 * once `benchmarkStoreReady` has it, so that the cache is compared with the bundled dataset, never with nothing.
 */
export function startBenchmarks(
  store: BenchmarkStore,
  cache: DatasetCache | undefined = defaultCache(),
): "cache" | "bundled" {
  const known = started.get(store);
  if (known !== undefined) return known;
  let origin: "cache" | "bundled" = "bundled";
  try {
    if (cache) origin = useCachedDatasetIfNewer(store, cache);
  } catch {
    // As above: the bundled dataset stays.
  }
  started.set(store, origin);
  return origin;
}
