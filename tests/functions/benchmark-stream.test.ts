import { benchmark } from "../../src/functions/functions";
import { refreshBenchmarks } from "../../src/benchmarks/refresh";
import { benchmarkStoreReady } from "../../src/benchmarks/shared-store";
import { BenchmarkStore } from "../../src/benchmarks/store";
import { DATASET_NOT_LOADED, streamBenchmark } from "../../src/functions/benchmark-stream";
import type { BenchmarkDataset } from "../../src/benchmarks/schema";
import { expectOneSentence, makeDataset, withValue } from "../benchmarks/fixtures";

type Result = number | CustomFunctions.Error;

function invocationDouble() {
  const results: Result[] = [];
  const invocation = {
    setResult: (value: Result) => void results.push(value),
  } as CustomFunctions.StreamingInvocation<number>;
  return { invocation, results };
}

/** Lets every promise callback that is already due run, e.g. the stream's first emit after `ready` resolved. */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

function codeOf(result: Result | undefined): string {
  return result instanceof CustomFunctions.Error ? String(result.code) : `value ${String(result)}`;
}

describe("CAPEX.BENCHMARK streaming", () => {
  it("sets the value once the store is ready, and again whenever the store is replaced", async () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    let ready!: (store: BenchmarkStore) => void;
    streamBenchmark(new Promise((resolve) => (ready = resolve)), "Acme Cloud", "revenue", "2024", invocation);
    await settled();
    // Excel shows #BUSY! meanwhile.
    expect(results).toEqual([]);
    ready(store);
    await settled();
    expect(results).toEqual([12]);
    store.replace(withValue(makeDataset(), "acme", "revenue", "2024", 14));
    expect(results).toEqual([12, 14]);
  });

  it("updates after a successful refresh but not after a failed one", async () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.resolve(store), "acme", "revenue", undefined, invocation);
    await settled();
    const url = "https://bench.example.com/benchmarks.json";
    const failed = await refreshBenchmarks({ store }, { url, fetch: async () => new Response("no", { status: 503 }) });
    expect(failed.ok).toBe(false);
    expect(results).toEqual([12]);
    const body = JSON.stringify(withValue(makeDataset(), "acme", "revenue", "2024", 15));
    const fetch = async () => new Response(body, { headers: { "content-type": "application/json" } });
    expect((await refreshBenchmarks({ store }, { url, fetch })).ok).toBe(true);
    expect(results).toEqual([12, 15]);
  });

  it("unsubscribes when Excel cancels the call", async () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.resolve(store), "acme", "revenue", "2023", invocation);
    await settled();
    expect(store.subscriberCount).toBe(1);
    invocation.onCanceled?.();
    expect(store.subscriberCount).toBe(0);
    store.replace(withValue(makeDataset(), "acme", "revenue", "2023", 11));
    expect(results).toEqual([10]);
  });

  it("answers an unknown provider with #N/A naming the choices, and recovers when a refresh adds it", async () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.resolve(store), "Gamma", "revenue", undefined, invocation);
    await settled();
    expect(codeOf(results[0])).toBe("#N/A");
    expect((results[0] as CustomFunctions.Error).message).toContain("acme (Acme Cloud), beta (Beta Cloud)");
    const dataset = makeDataset();
    dataset.providers.push({ id: "gamma", name: "Gamma" });
    dataset.figures.push({ ...dataset.figures[0], provider: "gamma", value: 5 });
    store.replace(dataset);
    expect(results[1]).toBe(5);
  });

  it.each([
    ["an unknown metric", "acme", "profit", undefined, "#N/A", /use one of revenue/],
    ["an unknown period", "acme", "revenue", "Q3 2024", "#N/A", /known periods: 2023, Q4 2024, 2024/],
    ["a blank provider", null, "revenue", undefined, "#N/A", /use one of acme/],
    ["a provider given as a number", 7, "revenue", undefined, "#VALUE!", /provider must be text/],
    ["a boolean period", "acme", "revenue", true, "#VALUE!", /period must be text/],
    ["a fractional period", "acme", "revenue", 2024.5, "#VALUE!", /period must be text/],
  ])("answers %s with the right error", async (_label, provider, metric, period, code, message) => {
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.resolve(new BenchmarkStore(makeDataset())), provider, metric, period, invocation);
    await settled();
    expect(results).toHaveLength(1);
    expect(codeOf(results[0])).toBe(code);
    expect((results[0] as CustomFunctions.Error).message).toMatch(message);
  });

  it("does not subscribe when an argument has the wrong type, since no new data can fix it", async () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.resolve(store), true, "revenue", undefined, invocation);
    // Reported at once, without waiting for the dataset.
    expect(codeOf(results[0])).toBe("#VALUE!");
    await settled();
    expect(store.subscriberCount).toBe(0);
    expect(results).toHaveLength(1);
  });

  it("never subscribes when Excel cancels the call before the store is ready", async () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    let ready!: (store: BenchmarkStore) => void;
    streamBenchmark(new Promise((resolve) => (ready = resolve)), "acme", "revenue", "2024", invocation);
    invocation.onCanceled?.();
    ready(store);
    await settled();
    expect(store.subscriberCount).toBe(0);
    expect(results).toEqual([]);
  });

  it("answers #N/A with one sentence when the dataset did not load", async () => {
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.reject(new Error("Loading chunk dataset failed.")), "acme", "revenue", 2024, invocation);
    await settled();
    expect(results).toHaveLength(1);
    expect(codeOf(results[0])).toBe("#N/A");
    expect((results[0] as CustomFunctions.Error).message).toBe(DATASET_NOT_LOADED);
    expectOneSentence(DATASET_NOT_LOADED);
  });

  it("reads a whole-number period as a year label", async () => {
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.resolve(new BenchmarkStore(makeDataset())), "beta", "revenue", 2024, invocation);
    await settled();
    expect(results).toEqual([7]);
  });

  it("keeps other cells updating when one cell's update throws", async () => {
    const store = new BenchmarkStore(makeDataset());
    store.subscribe(() => {
      throw new Error("cell gone");
    });
    const { invocation, results } = invocationDouble();
    streamBenchmark(Promise.resolve(store), "acme", "revenue", "2024", invocation);
    await settled();
    store.replace(withValue(makeDataset(), "acme", "revenue", "2024", 16));
    expect(results).toEqual([12, 16]);
  });
});

describe("CAPEX.BENCHMARK in functions.ts", () => {
  let store: BenchmarkStore;
  let original: BenchmarkDataset;
  beforeAll(async () => {
    store = await benchmarkStoreReady;
    original = store.current;
  });
  afterEach(() => store.replace(original));

  it("reads the bundled dataset through the shared store once it is ready, and follows its replacement", async () => {
    const { invocation, results } = invocationDouble();
    // Alibaba Cloud's Dec-2024 quarter: RMB 31.742 bn (market-facts.md, StockTitan/Business Wire, 2025-02-20).
    benchmark(" alibaba cloud ", "Cloud Revenue", "q4 2024", invocation);
    await settled();
    expect(results).toEqual([31.742]);
    store.replace(withValue(original, "alibaba-cloud", "cloud-revenue", "Q4 2024", 32));
    expect(results).toEqual([31.742, 32]);
    invocation.onCanceled?.();
  });

  it("defaults to the latest period: Alibaba's FY2026 cloud growth, the full year winning over its last quarter", async () => {
    const { invocation, results } = invocationDouble();
    benchmark("alibaba-cloud", "revenue-growth", null, invocation);
    await settled();
    // FY2026 and Q1 2026 (38%) both end on 31 March 2026; the 20-F's full-year growth is 33.98%.
    expect(results).toEqual([0.3398]);
    invocation.onCanceled?.();
  });
});
