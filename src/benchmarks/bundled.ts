import bundled from "../../assets/benchmarks.json";
import { checkedBundledDataset } from "./store";
import { type BenchmarkDataset } from "./schema";

/**
 * The shipped dataset, read synchronously, for Node (the command line, scripts and tests). The pane and the custom
 * functions must not import this module: it would put the dataset back into the JavaScript the pane loads before it
 * is interactive. They load it as a chunk of its own through `benchmarkStoreReady` (shared-store.ts).
 */
export function bundledDataset(): BenchmarkDataset {
  return checkedBundledDataset(bundled);
}
