import { BenchmarkStore, checkedBundledDataset } from "./store";

/**
 * The one store of the shared runtime: the pane and the custom functions import this module once, so a refresh made
 * in the pane reaches every streaming CAPEX.BENCHMARK cell through the subscribers.
 *
 * The shipped dataset is about 10 KB gzipped, a sixth of the pane's size budget, so it comes as a chunk of its own.
 * The download starts as soon as this module is evaluated (at page load) and nothing that makes the pane usable waits
 * for it; what needs the figures awaits this promise. It rejects when the chunk does not load or is invalid.
 */
export const benchmarkStoreReady: Promise<BenchmarkStore> = import(
  /* webpackChunkName: "dataset" */ "../../assets/benchmarks.json"
).then((module) => new BenchmarkStore(checkedBundledDataset(module.default)));

// Every user of the store handles a failed load in its own way; the promise itself must not count as unhandled.
benchmarkStoreReady.catch(() => undefined);
