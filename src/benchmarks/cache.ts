import { compareDatasetAge, parseDataset, type BenchmarkDataset } from "./schema";
import { type BenchmarkStore } from "./store";

/**
 * Where a good dataset outlives the session: the whole dataset per user (localStorage), and which version a workbook
 * was last refreshed with (the workbook's settings). Both sit behind interfaces so the pane passes Office's stores
 * and tests pass doubles.
 */

/** The last good dataset for this user, as JSON text. */
export interface DatasetCache {
  load(): string | null;
  save(json: string): void;
}

export interface DatasetStamp {
  version: string;
  asOf: string;
}

/** The version and as-of date of the dataset a workbook was last refreshed with. */
export interface WorkbookStampStore {
  read(): DatasetStamp | null;
  write(stamp: DatasetStamp): Promise<void>;
}

export const DATASET_CACHE_KEY = "capex-benchmarks.dataset";
export const WORKBOOK_SETTINGS_KEY = "capexBenchmarks";

/**
 * Office hands each add-in a partition key where storage is partitioned (Excel on the web); prefixing with it keeps
 * one user's data apart from another add-in's or another context's.
 */
export function datasetCacheKey(partitionKey?: string | null): string {
  return partitionKey ? `${partitionKey}${DATASET_CACHE_KEY}` : DATASET_CACHE_KEY;
}

export type StorageLike = Pick<Storage, "getItem" | "setItem">;

function officePartitionKey(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.partitionKey;
}

export function localStorageCache(
  storage: StorageLike = globalThis.localStorage,
  partitionKey: string | null | undefined = officePartitionKey(),
): DatasetCache {
  const key = datasetCacheKey(partitionKey);
  return {
    load: () => storage.getItem(key),
    save: (json) => storage.setItem(key, json),
  };
}

export type SettingsLike = Pick<Office.Settings, "get" | "set" | "saveAsync">;

function isStamp(value: unknown): value is DatasetStamp {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.version === "string" && typeof record.asOf === "string";
}

export function workbookSettingsStamp(settings: SettingsLike): WorkbookStampStore {
  return {
    read: () => {
      const value: unknown = settings.get(WORKBOOK_SETTINGS_KEY);
      return isStamp(value) ? { version: value.version, asOf: value.asOf } : null;
    },
    write: (stamp) =>
      new Promise<void>((resolve, reject) => {
        settings.set(WORKBOOK_SETTINGS_KEY, { version: stamp.version, asOf: stamp.asOf });
        settings.saveAsync((result) => {
          // Compared as text so that this module does not need Office's enums loaded to run.
          if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "saving settings failed"));
          else resolve();
        });
      }),
  };
}

/** The latest as-of date a dataset can honestly have today: one day ahead, for time zones. */
export function latestPlausibleAsOf(now: Date): string {
  return new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * The cached dataset, if it is there, valid, not dated in the future and newer (as-of date, then version) than
 * `than`. A cache dated 9999-12-31 would otherwise win over every later bundled dataset forever.
 */
export function newerCachedDataset(
  cache: DatasetCache,
  than: BenchmarkDataset,
  now: Date = new Date(),
): BenchmarkDataset | null {
  let text: string | null;
  try {
    text = cache.load();
  } catch {
    return null;
  }
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = parseDataset(json);
  if (!parsed.ok || parsed.dataset.asOf > latestPlausibleAsOf(now)) return null;
  if (compareDatasetAge(parsed.dataset, than) <= 0) return null;
  return parsed.dataset;
}

/** At start-up: switches the store to the cached dataset when that is newer than the bundled one. */
export function useCachedDatasetIfNewer(store: BenchmarkStore, cache: DatasetCache): "cache" | "bundled" {
  const cached = newerCachedDataset(cache, store.current);
  if (cached === null) return "bundled";
  store.replace(cached);
  return "cache";
}
