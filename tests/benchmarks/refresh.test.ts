import * as http from "http";
import { type AddressInfo } from "net";
import { type DatasetCache, type DatasetStamp, type WorkbookStampStore } from "../../src/benchmarks/cache";
import {
  describeChanges,
  diffDatasets,
  downloadDataset,
  refreshBenchmarks,
  resolveRefreshUrl,
  type FetchLike,
  type RefreshOptions,
} from "../../src/benchmarks/refresh";
import { BenchmarkStore } from "../../src/benchmarks/store";
import { expectOneSentence, figure, makeDataset, withValue } from "./fixtures";

const URL_OK = "https://bench.example.com/data/benchmarks.json";
const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

function respond(body: BodyInit | null, init: ResponseInit = {}): FetchLike {
  return async () => new Response(body, { status: 200, headers: JSON_HEADERS, ...init });
}

function newerDataset() {
  return { ...withValue(makeDataset(), "acme", "revenue", "2024", 13), version: "1.1", asOf: "2025-09-30" };
}

/** A body that sends `chunks` and then either ends or stalls forever. */
function streamOf(chunks: string[], stall = false): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]));
      else if (!stall) controller.close();
      else return new Promise<void>(() => undefined);
    },
  });
}

function targets() {
  const store = new BenchmarkStore(makeDataset());
  const saved: string[] = [];
  const stamps: DatasetStamp[] = [];
  const cache: DatasetCache = { load: () => null, save: (json) => void saved.push(json) };
  const stamp: WorkbookStampStore = { read: () => null, write: async (value) => void stamps.push(value) };
  const notified: unknown[] = [];
  store.subscribe((dataset) => notified.push(dataset));
  return { store, cache, stamp, saved, stamps, notified };
}

describe("refresh URL rule", () => {
  it("resolves the default against the page, so the add-in's own host serves the dataset", () => {
    const resolved = resolveRefreshUrl(undefined, "https://addin.example.com/app/taskpane.html?x=1");
    expect(resolved.ok && resolved.url.href).toBe("https://addin.example.com/app/assets/benchmarks.json");
  });

  it.each([
    "http://bench.example.com/benchmarks.json",
    "ftp://bench.example.com/benchmarks.json",
    "file:///etc/passwd",
  ])("refuses %s because it is not https", (url) => {
    const resolved = resolveRefreshUrl(url, undefined);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) {
      expect(resolved.result).toMatchObject({ ok: false, reason: "insecureUrl" });
      if (!resolved.result.ok) expectOneSentence(resolved.result.message);
    }
  });

  it("refuses a relative address when there is no page to resolve it against", () => {
    const resolved = resolveRefreshUrl("assets/benchmarks.json", undefined);
    expect(!resolved.ok && resolved.result).toMatchObject({ reason: "badUrl" });
  });
});

describe("refresh failures", () => {
  const bigBody = JSON.stringify(newerDataset());
  const cases: [string, string, RefreshOptions, RegExp][] = [
    [
      "a non-https URL",
      "insecureUrl",
      { url: "http://bench.example.com/b.json", fetch: respond(bigBody) },
      /only https/,
    ],
    [
      "a network error (offline)",
      "offline",
      { fetch: () => Promise.reject(new TypeError("fetch failed")) },
      /network is unavailable/,
    ],
    ["HTTP 404", "http", { fetch: respond("{}", { status: 404, statusText: "Not Found" }) }, /HTTP 404 Not Found\.$/],
    ["HTTP 500", "http", { fetch: respond("oops", { status: 500 }) }, /HTTP 500\.$/],
    [
      "a server that never answers",
      "timeout",
      { fetch: () => new Promise<Response>(() => undefined), timeoutMs: 30 },
      /stopped after 0\.03 seconds/,
    ],
    [
      "a body that stalls half-way",
      "timeout",
      { fetch: respond(streamOf(['{"version":'], true)), timeoutMs: 30 },
      /stopped after/,
    ],
    ["invalid JSON", "invalidJson", { fetch: respond("{not json") }, /is not valid JSON\.$/],
    [
      "a schema violation",
      "schema",
      {
        fetch: respond(JSON.stringify({ ...newerDataset(), figures: [{ ...newerDataset().figures[0], value: "12" }] })),
      },
      /first problem: figures\[0\]\.value: must be a finite number\)\.$/,
    ],
    [
      "an oversize Content-Length",
      "oversize",
      { fetch: respond("{}", { headers: { ...JSON_HEADERS, "content-length": "5000" } }), maxBytes: 1024 },
      /larger than the limit of 1 KB/,
    ],
    [
      "an oversize body without Content-Length",
      "oversize",
      { fetch: respond(streamOf([bigBody.slice(0, 800), bigBody.slice(800)])), maxBytes: 1024 },
      /larger than the limit/,
    ],
    [
      "an oversize body under a Content-Length that lies",
      "oversize",
      {
        fetch: respond(streamOf([bigBody]), { headers: { ...JSON_HEADERS, "content-length": "100" } }),
        maxBytes: 1024,
      },
      /larger than the limit/,
    ],
    [
      "an HTML page",
      "contentType",
      { fetch: respond("<html></html>", { headers: { "content-type": "text/html" } }) },
      /sent "text\/html" instead of application\/json/,
    ],
    [
      "no content type",
      "contentType",
      { fetch: respond(new Uint8Array([123, 125]), { headers: {} }) },
      /no content type/,
    ],
  ];

  it.each(cases)(
    "on %s yields one sentence and leaves the data and caches untouched",
    async (_l, reason, opts, text) => {
      const t = targets();
      const before = t.store.current;
      const result = await refreshBenchmarks(t, { url: URL_OK, ...opts });
      expect(result).toMatchObject({ ok: false, reason });
      if (result.ok) return;
      expectOneSentence(result.message);
      expect(result.message).toMatch(text);
      expect(t.store.current).toBe(before);
      expect(t.notified).toHaveLength(0);
      expect(t.saved).toHaveLength(0);
      expect(t.stamps).toHaveLength(0);
    },
  );

  it("aborts the request when the time is up", async () => {
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) => {
      signal = init.signal;
      return new Promise<Response>(() => undefined);
    };
    await downloadDataset(makeDataset(), { url: URL_OK, fetch, timeoutMs: 20 });
    expect(signal?.aborted).toBe(true);
  });
});

describe("successful refresh", () => {
  it("replaces the data, tells the subscribers and records the dataset in both caches", async () => {
    const t = targets();
    const fresh = newerDataset();
    const result = await refreshBenchmarks(t, { url: URL_OK, fetch: respond(JSON.stringify(fresh)) });
    expect(result).toMatchObject({ ok: true, dataset: fresh });
    expect(t.store.current).toEqual(fresh);
    expect(t.notified).toEqual([fresh]);
    expect(t.saved.map((json) => JSON.parse(json))).toEqual([fresh]);
    expect(t.stamps).toEqual([{ version: "1.1", asOf: "2025-09-30" }]);
  });

  it("asks for JSON at the resolved address", async () => {
    const seen: { url: string; accept: string }[] = [];
    const fetch: FetchLike = async (url, init) => {
      seen.push({ url, accept: init.headers.Accept });
      return new Response(JSON.stringify(makeDataset()), { headers: JSON_HEADERS });
    };
    await downloadDataset(makeDataset(), { fetch, pageUrl: "https://addin.example.com/taskpane.html" });
    expect(seen).toEqual([{ url: "https://addin.example.com/assets/benchmarks.json", accept: "application/json" }]);
  });

  it("still succeeds when the caches cannot be written", async () => {
    const t = targets();
    const cache: DatasetCache = {
      load: () => null,
      save: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const stamp: WorkbookStampStore = { read: () => null, write: () => Promise.reject(new Error("read-only")) };
    const result = await refreshBenchmarks(
      { store: t.store, cache, stamp },
      { url: URL_OK, fetch: respond(JSON.stringify(newerDataset())) },
    );
    expect(result.ok).toBe(true);
    expect(t.store.current.version).toBe("1.1");
  });
});

describe("change summary", () => {
  it("lists added, changed and removed figures with their old and new values", () => {
    const before = makeDataset();
    const after = withValue(makeDataset(), "acme", "revenue", "2024", 12.5);
    after.figures = after.figures.filter((f) => !(f.provider === "beta"));
    after.figures.push(figure({ provider: "beta", metric: "revenue", period: "2025", value: 8, currency: "RMB" }));
    const changes = diffDatasets(before, after);
    expect(changes).toEqual({
      added: [{ provider: "beta", metric: "revenue", period: "2025", value: 8 }],
      changed: [{ provider: "acme", metric: "revenue", period: "2024", oldValue: 12, newValue: 12.5 }],
      removed: [{ provider: "beta", metric: "revenue", period: "2024", value: 7 }],
    });
    expect(describeChanges(changes)).toBe("1 figure added, 1 changed, 1 removed.");
  });

  it("treats a period relabelled only in case as the same figure", () => {
    const after = makeDataset();
    after.figures = after.figures.map((f) => (f.period === "Q4 2024" ? { ...f, period: "q4 2024" } : f));
    expect(diffDatasets(makeDataset(), after)).toEqual({ added: [], changed: [], removed: [] });
    expect(describeChanges(diffDatasets(makeDataset(), after))).toBe("No figures changed.");
  });

  it("is part of the refresh result", async () => {
    const result = await downloadDataset(makeDataset(), {
      url: URL_OK,
      fetch: respond(JSON.stringify(newerDataset())),
    });
    expect(result.ok && result.changes.changed).toEqual([
      { provider: "acme", metric: "revenue", period: "2024", oldValue: 12, newValue: 13 },
    ]);
  });
});

describe("refresh over a real HTTP connection", () => {
  let server: http.Server;
  let origin: string;
  const body = JSON.stringify(newerDataset());

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === "/benchmarks.json") {
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        response.end(body);
      } else if (request.url === "/chunked.json") {
        // Chunked transfer carries no Content-Length, so only counting the bytes read can catch it.
        response.writeHead(200, { "content-type": "application/json" });
        response.write(body.slice(0, 600));
        setTimeout(() => response.end(body.slice(600)), 5);
      } else {
        response.writeHead(404, { "content-type": "text/plain" });
        response.end("missing");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  // The code only accepts https; this test server speaks plain HTTP, so the transport maps the scheme on the wire.
  const plainFetch: FetchLike = (url, init) => fetch(url.replace(/^https:/, "http:"), init);

  it("downloads and validates a dataset", async () => {
    const result = await downloadDataset(makeDataset(), {
      url: `https://${origin}/benchmarks.json`,
      fetch: plainFetch,
    });
    expect(result).toMatchObject({ ok: true, dataset: { version: "1.1" } });
  });

  it("reports a missing file with its status", async () => {
    const result = await downloadDataset(makeDataset(), { url: `https://${origin}/nope.json`, fetch: plainFetch });
    expect(result).toMatchObject({
      ok: false,
      reason: "http",
      message: `The benchmark server ${origin} answered with HTTP 404 Not Found.`,
    });
  });

  it("stops reading a chunked body at the size limit", async () => {
    const result = await downloadDataset(makeDataset(), {
      url: `https://${origin}/chunked.json`,
      fetch: plainFetch,
      maxBytes: 1000,
    });
    expect(result).toMatchObject({ ok: false, reason: "oversize" });
  });

  it("reports a refused connection as a network failure", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await downloadDataset(makeDataset(), { url: `https://127.0.0.1:${port}/b.json`, fetch: plainFetch });
    expect(result).toMatchObject({ ok: false, reason: "offline" });
  });
});
