import { newerCachedDataset } from "../../src/benchmarks/cache";
import { downloadDataset, type FetchLike } from "../../src/benchmarks/refresh";
import { MAX_DATASET_TEXT_LENGTH, parseDataset } from "../../src/benchmarks/schema";
import { BenchmarkStore } from "../../src/benchmarks/store";
import { streamBenchmark } from "../../src/functions/benchmark-stream";
import { MAX_ERROR_MESSAGE_LENGTH } from "../../src/functions/excel-arguments";
import { figure, makeDataset } from "../benchmarks/fixtures";

/** Issue 16, items 6 and 7: the benchmark dataset and its refresh under hostile data and servers. */

const URL_OK = "https://bench.example.com/data/benchmarks.json";
const JSON_HEADERS = { "content-type": "application/json" };

function respondFrom(finalUrl: string, body: unknown, init: ResponseInit = {}): FetchLike {
  return async () => {
    const response = new Response(JSON.stringify(body), { status: 200, headers: JSON_HEADERS, ...init });
    Object.defineProperty(response, "url", { value: finalUrl });
    Object.defineProperty(response, "redirected", { value: finalUrl !== URL_OK });
    return response;
  };
}

describe("the dataset schema", () => {
  test("a 1 MB publisher is refused with the limit", () => {
    const dataset = makeDataset();
    const long = { ...dataset, figures: [{ ...dataset.figures[0], publisher: "p".repeat(1024 * 1024) }] };
    expect(parseDataset(long)).toEqual({
      ok: false,
      problem: `figures[0].publisher: must be at most ${MAX_DATASET_TEXT_LENGTH} characters`,
      where: "figures[0].publisher",
    });
  });

  test("a source address longer than 2,048 characters is refused", () => {
    const dataset = makeDataset();
    const sourceUrl = `https://example.com/${"a".repeat(3000)}`;
    const parsed = parseDataset({ ...dataset, figures: [{ ...dataset.figures[0], sourceUrl }] });
    expect(parsed).toEqual({
      ok: false,
      problem: "figures[0].sourceUrl: must be at most 2048 characters",
      where: "figures[0].sourceUrl",
    });
  });

  test("a dataset with no figures is refused: it would empty the table", () => {
    expect(parseDataset({ ...makeDataset(), figures: [] })).toEqual({
      ok: false,
      problem: "figures: must list at least one figure",
      where: "figures",
    });
  });
});

describe("the refresh", () => {
  test("a redirect to http is refused", async () => {
    const newer = { ...makeDataset(), version: "2.0", asOf: "2025-09-30" };
    const result = await downloadDataset(makeDataset(), {
      url: URL_OK,
      fetch: respondFrom("http://bench.example.com/data/benchmarks.json", newer),
    });
    expect(result).toMatchObject({ ok: false, reason: "insecureUrl" });
  });

  test("a redirect to another https address is followed", async () => {
    const newer = { ...makeDataset(), version: "2.0", asOf: "2025-09-30" };
    const result = await downloadDataset(makeDataset(), {
      url: URL_OK,
      fetch: respondFrom("https://mirror.example.com/b.json", newer),
    });
    expect(result.ok).toBe(true);
  });

  test("a dataset dated in the future is refused", async () => {
    const future = { ...makeDataset(), version: "9", asOf: "9999-12-31" };
    const result = await downloadDataset(makeDataset(), { url: URL_OK, fetch: respondFrom(URL_OK, future) });
    expect(result).toMatchObject({ ok: false, reason: "schema" });
  });

  test("a server's content type is quoted short and printable", async () => {
    const fetch: FetchLike = async () =>
      new Response("{}", { status: 200, headers: { "content-type": `text/${"x".repeat(5000)}` } });
    const result = await downloadDataset(makeDataset(), { url: URL_OK, fetch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(250);
  });
});

test("a cached dataset dated 9999-12-31 does not pin old data: it is ignored", () => {
  const cached = { ...makeDataset(), version: "9", asOf: "9999-12-31" };
  const cache = { load: () => JSON.stringify(cached), save: () => undefined };
  expect(newerCachedDataset(cache, makeDataset(), new Date("2026-01-01T00:00:00Z"))).toBeNull();
  const recent = { ...cached, asOf: "2026-01-01" };
  const recentCache = { load: () => JSON.stringify(recent), save: () => undefined };
  expect(newerCachedDataset(recentCache, makeDataset(), new Date("2026-01-01T00:00:00Z"))).toEqual(recent);
});

test("a CAPEX.BENCHMARK message is at most 255 characters, whatever was asked", async () => {
  const results: unknown[] = [];
  const invocation = { setResult: (value: unknown) => void results.push(value) } as never;
  const store = new BenchmarkStore(
    makeDataset({ figures: [figure({ provider: "acme", metric: "revenue", period: "2024" })] }),
  );
  streamBenchmark(Promise.resolve(store), "x".repeat(100_000), "revenue", "2024", invocation);
  await new Promise((resolve) => setImmediate(resolve));
  const [error] = results as CustomFunctions.Error[];
  expect(error).toBeInstanceOf(CustomFunctions.Error);
  expect(error.message?.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
});
