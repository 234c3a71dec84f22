import {
  DATASET_CACHE_KEY,
  localStorageCache,
  newerCachedDataset,
  useCachedDatasetIfNewer,
  workbookSettingsStamp,
  WORKBOOK_SETTINGS_KEY,
  type SettingsLike,
} from "../../src/benchmarks/cache";
import { startBenchmarks } from "../../src/benchmarks/office";
import { BenchmarkStore } from "../../src/benchmarks/store";
import { makeDataset, withValue } from "./fixtures";

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

type SaveCallback = (result: { status: string; error?: { message: string } }) => void;

function settingsDouble(fail = false) {
  const values = new Map<string, unknown>();
  let saves = 0;
  const settings = {
    get: (name: string) => values.get(name),
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: (callback: SaveCallback) => {
      saves += 1;
      callback(fail ? { status: "failed", error: { message: "document is read-only" } } : { status: "succeeded" });
    },
  };
  return { settings: settings as unknown as SettingsLike, values, saves: () => saves };
}

const newer = () => ({ ...withValue(makeDataset(), "acme", "revenue", "2024", 20), asOf: "2025-12-31" });

describe("per-user dataset cache", () => {
  it("keys the dataset by Office's partition key when there is one", () => {
    const storage = new MemoryStorage();
    localStorageCache(storage, "partition-7/").save("{}");
    expect([...storage.items.keys()]).toEqual([`partition-7/${DATASET_CACHE_KEY}`]);
  });

  it("uses a fixed key without a partition key", () => {
    const storage = new MemoryStorage();
    const cache = localStorageCache(storage, undefined);
    cache.save('{"a":1}');
    expect(storage.items.get("capex-benchmarks.dataset")).toBe('{"a":1}');
    expect(cache.load()).toBe('{"a":1}');
    expect(localStorageCache(storage, "other/").load()).toBeNull();
  });
});

describe("start-up from the cache", () => {
  function cacheWith(text: string | null) {
    return { load: () => text, save: () => undefined };
  }

  it("switches to a valid cached dataset with a later as-of date", () => {
    const store = new BenchmarkStore(makeDataset());
    const listener = jest.fn();
    store.subscribe(listener);
    expect(useCachedDatasetIfNewer(store, cacheWith(JSON.stringify(newer())))).toBe("cache");
    expect(store.current).toEqual(newer());
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("switches to a cached dataset of the same date with a later version", () => {
    const cached = { ...makeDataset(), version: "1.10" };
    expect(newerCachedDataset(cacheWith(JSON.stringify(cached)), { ...makeDataset(), version: "1.9" })).toEqual(cached);
  });

  it.each([
    ["nothing cached", null],
    ["an older dataset", JSON.stringify({ ...newer(), asOf: "2025-01-01" })],
    ["the same dataset", JSON.stringify(makeDataset())],
    ["text that is not JSON", "{broken"],
    ["a newer dataset that fails the schema", JSON.stringify({ ...newer(), providers: [] })],
  ])("keeps the bundled dataset when the cache holds %s", (_label, text) => {
    const store = new BenchmarkStore(makeDataset());
    const before = store.current;
    expect(useCachedDatasetIfNewer(store, cacheWith(text))).toBe("bundled");
    expect(store.current).toBe(before);
  });

  it("keeps the bundled dataset when storage itself throws", () => {
    const store = new BenchmarkStore(makeDataset());
    const cache = {
      load: (): string | null => {
        throw new Error("SecurityError");
      },
      save: () => undefined,
    };
    expect(useCachedDatasetIfNewer(store, cache)).toBe("bundled");
  });
});

describe("workbook stamp in document settings", () => {
  it("writes the version and as-of date and saves the settings", async () => {
    const double = settingsDouble();
    await workbookSettingsStamp(double.settings).write({ version: "2.0", asOf: "2026-01-31" });
    expect(double.values.get(WORKBOOK_SETTINGS_KEY)).toEqual({ version: "2.0", asOf: "2026-01-31" });
    expect(double.saves()).toBe(1);
    expect(workbookSettingsStamp(double.settings).read()).toEqual({ version: "2.0", asOf: "2026-01-31" });
  });

  it("rejects when the settings cannot be saved", async () => {
    const double = settingsDouble(true);
    await expect(workbookSettingsStamp(double.settings).write({ version: "2.0", asOf: "2026-01-31" })).rejects.toThrow(
      "document is read-only",
    );
  });

  it("reads nothing from a workbook without a stamp or with a damaged one", () => {
    const double = settingsDouble();
    expect(workbookSettingsStamp(double.settings).read()).toBeNull();
    double.values.set(WORKBOOK_SETTINGS_KEY, { version: 2 });
    expect(workbookSettingsStamp(double.settings).read()).toBeNull();
  });
});

describe("start-up in Office", () => {
  it("takes up a newer dataset from the user's local storage", () => {
    const storage = new MemoryStorage();
    const store = new BenchmarkStore(makeDataset());
    localStorageCache(storage, "p/").save(JSON.stringify(newer()));
    expect(startBenchmarks(store, localStorageCache(storage, "p/"))).toBe("cache");
    expect(store.current.asOf).toBe("2025-12-31");
  });

  it("keeps the bundled dataset when local storage is unavailable", () => {
    const store = new BenchmarkStore(makeDataset());
    const unavailable = undefined as unknown as Storage;
    expect(startBenchmarks(store, localStorageCache(unavailable, undefined))).toBe("bundled");
  });
});
