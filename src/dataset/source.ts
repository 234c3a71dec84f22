import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { SourceError } from "./errors";

/**
 * Where SEC responses come from. Every response is named by its URL path (e.g. /submissions/CIK0001018724.json),
 * which is also its place in an offline directory, so a recorded cache replays exactly what was fetched.
 */
export interface SecSource {
  read(path: string): Promise<string>;
  /** How many requests went to the network (0 offline). */
  readonly requests: number;
}

/** Submissions and company facts live on data.sec.gov, filing documents on www.sec.gov. */
export function urlFor(path: string): string {
  const host = path.startsWith("/Archives/") ? "https://www.sec.gov" : "https://data.sec.gov";
  return `${host}${path}`;
}

function fileFor(directory: string, path: string): string {
  const root = resolve(directory);
  const file = resolve(join(root, ...path.split("/").filter((part) => part !== "")));
  // A path from a submissions response must never lead out of the directory.
  if (!file.startsWith(root + sep)) throw new SourceError(path, "is not a path inside the offline directory");
  return file;
}

/** Replays responses from a directory laid out by URL path; never touches the network. */
export function offlineSource(directory: string): SecSource {
  return {
    requests: 0,
    async read(path) {
      try {
        return await readFile(fileFor(directory, path), "utf8");
      } catch (error) {
        if (error instanceof SourceError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new SourceError(path, code === "ENOENT" ? `not in the offline directory ${directory}` : String(error));
      }
    },
  };
}

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface OnlineOptions {
  userAgent: string;
  fetch?: FetchLike;
  /** Records every response under this directory in the offline layout. */
  cacheDirectory?: string;
  /** Least time between two request starts; 125 ms keeps under the SEC's 10 requests a second. */
  minIntervalMs?: number;
  timeoutMs?: number;
  maxRetries?: number;
  /** First backoff; doubled on every retry unless the server says how long to wait. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const RETRY_AFTER_CAP_MS = 120_000;

/** Retry-After is either seconds or an HTTP date; anything unreadable falls back to the computed backoff. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, RETRY_AFTER_CAP_MS);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, date - now), RETRY_AFTER_CAP_MS);
}

async function record(directory: string, path: string, body: string): Promise<void> {
  const file = fileFor(directory, path);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, body);
  await rename(temporary, file);
}

/** Fetches from SEC EDGAR politely: User-Agent on every request, paced, retried with backoff, with a timeout. */
export function onlineSource(options: OnlineOptions): SecSource {
  const fetcher: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const now = options.now ?? Date.now;
  const minInterval = options.minIntervalMs ?? 125;
  const maxRetries = options.maxRetries ?? 5;
  const backoff = options.backoffMs ?? 1000;
  const timeout = options.timeoutMs ?? 30_000;
  let nextStart = 0;
  const source = { requests: 0, read };

  async function paced(): Promise<void> {
    const start = Math.max(now(), nextStart);
    nextStart = start + minInterval;
    const wait = start - now();
    if (wait > 0) await sleep(wait);
  }

  async function attempt(path: string): Promise<{ status: number; body: string; retryAfter: string | null }> {
    await paced();
    source.requests += 1;
    const headers = { "User-Agent": options.userAgent, "Accept-Encoding": "gzip, deflate" };
    try {
      const response = await fetcher(urlFor(path), { headers, signal: AbortSignal.timeout(timeout) });
      return { status: response.status, body: await response.text(), retryAfter: response.headers.get("retry-after") };
    } catch (error) {
      // A timeout or a dropped connection is treated like a server error: worth another try.
      return { status: 0, body: error instanceof Error ? error.message : String(error), retryAfter: null };
    }
  }

  async function read(path: string): Promise<string> {
    for (let retry = 0; ; retry += 1) {
      const { status, body, retryAfter } = await attempt(path);
      if (status >= 200 && status < 300) {
        if (options.cacheDirectory !== undefined) await record(options.cacheDirectory, path, body);
        return body;
      }
      const retriable = status === 0 || status === 429 || status >= 500;
      if (!retriable || retry >= maxRetries) {
        const what = status === 0 ? `request failed (${body})` : `HTTP ${status}`;
        throw new SourceError(path, `${what} from ${urlFor(path)}${retriable ? ` after ${retry + 1} attempts` : ""}`);
      }
      await sleep(retryAfterMs(retryAfter, now()) ?? backoff * 2 ** retry);
    }
  }

  return source;
}
