import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeTemporaryDirectories, temporaryDirectory } from "./synthetic";
import { SourceError } from "../../src/dataset/errors";
import { offlineSource, onlineSource, retryAfterMs, urlFor, type FetchLike } from "../../src/dataset/source";

/** The online client against an injected fetch and clock: no network. */

interface Reply {
  status: number;
  body?: string;
  retryAfter?: string;
}

function scripted(replies: (Reply | Error)[]) {
  const calls: { url: string; headers: Record<string, string>; at: number }[] = [];
  let clock = 0;
  const sleeps: number[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers, at: clock });
    const reply = replies.shift();
    if (reply === undefined) throw new Error("no more replies");
    if (reply instanceof Error) throw reply;
    return {
      status: reply.status,
      headers: { get: (name: string) => (name.toLowerCase() === "retry-after" ? (reply.retryAfter ?? null) : null) },
      text: async () => reply.body ?? "",
    };
  };
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    clock += ms;
  };
  return { fetch, sleep, now: () => clock, calls, sleeps };
}

const AGENT = "Capex Research research@example.com";

describe("the online SEC client", () => {
  it("retries a 429 after the time Retry-After asks for, then returns the body", async () => {
    const script = scripted([
      { status: 429, retryAfter: "3" },
      { status: 200, body: "{}" },
    ]);
    const source = onlineSource({ userAgent: AGENT, ...script });
    await expect(source.read("/submissions/CIK0001018724.json")).resolves.toBe("{}");
    expect(script.calls).toHaveLength(2);
    expect(script.sleeps).toContain(3000);
    expect(source.requests).toBe(2);
  });

  it("sends the User-Agent on every request, to the host each path belongs to", async () => {
    const script = scripted([{ status: 503 }, { status: 200, body: "a" }, { status: 200, body: "b" }]);
    const source = onlineSource({ userAgent: AGENT, ...script });
    await source.read("/api/xbrl/companyfacts/CIK0001018724.json");
    await source.read("/Archives/edgar/data/1018724/000101872423000004/amzn-20221231_htm.xml");
    expect(script.calls.map((call) => call.headers["User-Agent"])).toEqual([AGENT, AGENT, AGENT]);
    expect(script.calls.map((call) => call.url)).toEqual([
      "https://data.sec.gov/api/xbrl/companyfacts/CIK0001018724.json",
      "https://data.sec.gov/api/xbrl/companyfacts/CIK0001018724.json",
      "https://www.sec.gov/Archives/edgar/data/1018724/000101872423000004/amzn-20221231_htm.xml",
    ]);
  });

  it("backs off exponentially on server errors and dropped connections", async () => {
    const script = scripted([
      { status: 500 },
      new Error("socket hang up"),
      { status: 502 },
      { status: 200, body: "ok" },
    ]);
    const source = onlineSource({ userAgent: AGENT, backoffMs: 100, minIntervalMs: 0, ...script });
    await expect(source.read("/submissions/CIK0000000001.json")).resolves.toBe("ok");
    expect(script.sleeps).toEqual([100, 200, 400]);
  });

  it("stays under ten requests a second", async () => {
    const script = scripted(Array.from({ length: 20 }, () => ({ status: 200, body: "x" })));
    const source = onlineSource({ userAgent: AGENT, ...script });
    for (let index = 0; index < 20; index += 1) await source.read(`/submissions/CIK${index}.json`);
    const starts = script.calls.map((call) => call.at);
    for (let index = 10; index < starts.length; index += 1) {
      expect(starts[index] - starts[index - 10]).toBeGreaterThanOrEqual(1000);
    }
  });

  it("does not retry a 404 and names the path", async () => {
    const script = scripted([{ status: 404 }]);
    const source = onlineSource({ userAgent: AGENT, ...script });
    await expect(source.read("/submissions/CIK0000000001.json")).rejects.toThrow(
      new SourceError(
        "/submissions/CIK0000000001.json",
        "HTTP 404 from https://data.sec.gov/submissions/CIK0000000001.json",
      ),
    );
    expect(script.calls).toHaveLength(1);
  });

  it("gives up after the last retry", async () => {
    const script = scripted(Array.from({ length: 3 }, () => ({ status: 429 })));
    const source = onlineSource({ userAgent: AGENT, maxRetries: 2, ...script });
    await expect(source.read("/submissions/CIK0000000001.json")).rejects.toThrow(/HTTP 429 .* after 3 attempts/);
  });

  it("records each response in the offline layout, which an offline source replays", async () => {
    const cache = temporaryDirectory("sec-cache-");
    const script = scripted([{ status: 200, body: "<xbrl/>" }]);
    const path = "/Archives/edgar/data/1/0000000001-25-000001/a_htm.xml";
    await onlineSource({ userAgent: AGENT, cacheDirectory: cache, ...script }).read(path);
    expect(readFileSync(join(cache, path), "utf8")).toBe("<xbrl/>");
    await expect(offlineSource(cache).read(path)).resolves.toBe("<xbrl/>");
  });
});

describe("the offline source", () => {
  it("names a missing response by its path", async () => {
    await expect(offlineSource(tmpdir()).read("/submissions/CIK9999999999.json")).rejects.toThrow(
      /\/submissions\/CIK9999999999\.json: not in the offline directory/,
    );
  });

  it("refuses a path that leads out of the directory", async () => {
    await expect(offlineSource(tmpdir()).read("/../etc/passwd")).rejects.toThrow(/not a path inside/);
  });
});

describe("Retry-After", () => {
  it.each([
    ["7", 7000],
    ["0", 0],
    ["Thu, 01 Jan 1970 00:00:05 GMT", 5000],
    ["soon", undefined],
    [null, undefined],
    ["100000", 120_000],
  ])("reads %p as %p ms", (header, expected) => {
    expect(retryAfterMs(header, 0)).toBe(expected);
  });

  it("puts filing documents on www.sec.gov and the APIs on data.sec.gov", () => {
    expect(urlFor("/Archives/x")).toBe("https://www.sec.gov/Archives/x");
    expect(urlFor("/submissions/x")).toBe("https://data.sec.gov/submissions/x");
  });
});

afterAll(removeTemporaryDirectories);
