import { benchmark } from "../../src/functions/functions";
import { refreshBenchmarks } from "../../src/benchmarks/refresh";
import { benchmarkStore, BenchmarkStore } from "../../src/benchmarks/store";
import { streamBenchmark } from "../../src/benchmarks/stream";
import { makeDataset, withValue } from "./fixtures";

type Result = number | CustomFunctions.Error;

function invocationDouble() {
  const results: Result[] = [];
  const invocation = {
    setResult: (value: Result) => void results.push(value),
  } as CustomFunctions.StreamingInvocation<number>;
  return { invocation, results };
}

function codeOf(result: Result | undefined): string {
  return result instanceof CustomFunctions.Error ? String(result.code) : `value ${String(result)}`;
}

describe("CAPEX.BENCHMARK streaming", () => {
  it("sets the value at once, and again whenever the store is replaced", () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(store, "Acme Cloud", "revenue", "2024", invocation);
    expect(results).toEqual([12]);
    store.replace(withValue(makeDataset(), "acme", "revenue", "2024", 14));
    expect(results).toEqual([12, 14]);
  });

  it("updates after a successful refresh but not after a failed one", async () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(store, "acme", "revenue", undefined, invocation);
    const url = "https://bench.example.com/benchmarks.json";
    const failed = await refreshBenchmarks({ store }, { url, fetch: async () => new Response("no", { status: 503 }) });
    expect(failed.ok).toBe(false);
    expect(results).toEqual([12]);
    const body = JSON.stringify(withValue(makeDataset(), "acme", "revenue", "2024", 15));
    const fetch = async () => new Response(body, { headers: { "content-type": "application/json" } });
    expect((await refreshBenchmarks({ store }, { url, fetch })).ok).toBe(true);
    expect(results).toEqual([12, 15]);
  });

  it("unsubscribes when Excel cancels the call", () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(store, "acme", "revenue", "2023", invocation);
    expect(store.subscriberCount).toBe(1);
    invocation.onCanceled?.();
    expect(store.subscriberCount).toBe(0);
    store.replace(withValue(makeDataset(), "acme", "revenue", "2023", 11));
    expect(results).toEqual([10]);
  });

  it("answers an unknown provider with #N/A naming the choices, and recovers when a refresh adds it", () => {
    const store = new BenchmarkStore(makeDataset());
    const { invocation, results } = invocationDouble();
    streamBenchmark(store, "Gamma", "revenue", undefined, invocation);
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
  ])("answers %s with the right error", (_label, provider, metric, period, code, message) => {
    const { invocation, results } = invocationDouble();
    streamBenchmark(new BenchmarkStore(makeDataset()), provider, metric, period, invocation);
    expect(results).toHaveLength(1);
    expect(codeOf(results[0])).toBe(code);
    expect((results[0] as CustomFunctions.Error).message).toMatch(message);
  });

  it("does not subscribe when an argument has the wrong type, since no new data can fix it", () => {
    const store = new BenchmarkStore(makeDataset());
    streamBenchmark(store, true, "revenue", undefined, invocationDouble().invocation);
    expect(store.subscriberCount).toBe(0);
  });

  it("reads a whole-number period as a year label", () => {
    const { invocation, results } = invocationDouble();
    streamBenchmark(new BenchmarkStore(makeDataset()), "beta", "revenue", 2024, invocation);
    expect(results).toEqual([7]);
  });

  it("keeps other cells updating when one cell's update throws", () => {
    const store = new BenchmarkStore(makeDataset());
    store.subscribe(() => {
      throw new Error("cell gone");
    });
    const { invocation, results } = invocationDouble();
    streamBenchmark(store, "acme", "revenue", "2024", invocation);
    store.replace(withValue(makeDataset(), "acme", "revenue", "2024", 16));
    expect(results).toEqual([12, 16]);
  });
});

describe("CAPEX.BENCHMARK in functions.ts", () => {
  const original = benchmarkStore.current;
  afterEach(() => benchmarkStore.replace(original));

  it("reads the bundled dataset through the shared store and follows its replacement", () => {
    const { invocation, results } = invocationDouble();
    // Alibaba Cloud's Dec-2024 quarter: RMB 31.742 bn (market-facts.md, StockTitan/Business Wire, 2025-02-20).
    benchmark(" alibaba cloud ", "Cloud Revenue", "q4 2024", invocation);
    expect(results).toEqual([31.742]);
    benchmarkStore.replace(withValue(original, "alibaba-cloud", "cloud-revenue", "Q4 2024", 32));
    expect(results).toEqual([31.742, 32]);
    invocation.onCanceled?.();
  });

  it("defaults to the latest period: Alibaba's Q1 2026 cloud growth of 38%", () => {
    const { invocation, results } = invocationDouble();
    benchmark("alibaba-cloud", "revenue-growth", null, invocation);
    expect(results).toEqual([0.38]);
    invocation.onCanceled?.();
  });
});
