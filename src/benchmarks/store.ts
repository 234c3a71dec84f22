import { parseDataset, type BenchmarkDataset } from "./schema";

/**
 * The dataset in use, held in memory. With the shared runtime the pane and the custom functions load this module
 * once, so a refresh made in the pane reaches every streaming CAPEX.BENCHMARK cell through the subscribers.
 */

export type DatasetListener = (dataset: BenchmarkDataset) => void;

export class BenchmarkStore {
  private dataset: BenchmarkDataset;
  private readonly listeners = new Set<DatasetListener>();

  constructor(initial: BenchmarkDataset) {
    this.dataset = initial;
  }

  get current(): BenchmarkDataset {
    return this.dataset;
  }

  /** Calls the listener on every replace (not now); returns the matching unsubscribe. */
  subscribe(listener: DatasetListener): () => void {
    this.listeners.add(listener);
    return () => this.unsubscribe(listener);
  }

  unsubscribe(listener: DatasetListener): void {
    this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** Takes an already validated dataset and tells every subscriber; one failing subscriber does not stop the rest. */
  replace(dataset: BenchmarkDataset): void {
    this.dataset = dataset;
    for (const listener of [...this.listeners]) {
      try {
        listener(dataset);
      } catch {
        // A cell that cannot take its update must not keep the other cells from theirs.
      }
    }
  }
}

/**
 * The dataset shipped with the add-in (assets/benchmarks.json, however it was loaded), validated like any other so
 * that a bad edit fails loudly at load.
 */
export function checkedBundledDataset(json: unknown): BenchmarkDataset {
  const parsed = parseDataset(json);
  if (!parsed.ok) throw new Error(`The bundled benchmark dataset is invalid: ${parsed.problem}.`);
  return parsed.dataset;
}
