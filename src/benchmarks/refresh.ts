import { USER_MESSAGES_EN, userMessageText, type UserMessage } from "../core/user-messages";
import { latestPlausibleAsOf, type DatasetCache, type WorkbookStampStore } from "./cache";
import { figureKey, parseDataset, type BenchmarkDataset, type Figure } from "./schema";
import { type BenchmarkStore } from "./store";

/**
 * Refreshing the benchmark dataset from the web. Everything downloaded is treated as hostile until it has passed the
 * transport checks and the schema; until then the current data stays as it is.
 */

/** Served next to the pane by the add-in's own host (copied there by the build). */
export const DEFAULT_DATASET_PATH = "assets/benchmarks.json";
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1_048_576;

export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

export interface RefreshOptions {
  /** Absolute, or relative to `pageUrl`; default DEFAULT_DATASET_PATH. Only https is accepted. */
  url?: string;
  /** What a relative `url` is resolved against; default the page's own location. */
  pageUrl?: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  maxBytes?: number;
}

export type RefreshFailureReason =
  "badUrl" | "insecureUrl" | "offline" | "http" | "timeout" | "oversize" | "contentType" | "invalidJson" | "schema";

export interface FigureRef {
  provider: string;
  metric: string;
  period: string;
}

export interface FigureValue extends FigureRef {
  value: number;
}

export interface FigureChange extends FigureRef {
  oldValue: number;
  newValue: number;
}

export interface DatasetChanges {
  added: FigureValue[];
  changed: FigureChange[];
  removed: FigureValue[];
}

export type RefreshResult =
  | { ok: true; dataset: BenchmarkDataset; changes: DatasetChanges }
  /** `message` is the English text; `user` the same as a key and parameters, for the pane to say in its language. */
  | { ok: false; reason: RefreshFailureReason; message: string; user: UserMessage };

function failure(reason: RefreshFailureReason, user: UserMessage): RefreshResult {
  return { ok: false, reason, message: userMessageText(USER_MESSAGES_EN, user), user };
}

/** What moved between two datasets, keyed by provider, metric and period (case-insensitive). */
export function diffDatasets(before: BenchmarkDataset, after: BenchmarkDataset): DatasetChanges {
  const ref = (figure: Figure): FigureRef => ({
    provider: figure.provider,
    metric: figure.metric,
    period: figure.period,
  });
  const old = new Map(before.figures.map((figure) => [figureKey(figure), figure]));
  const fresh = new Map(after.figures.map((figure) => [figureKey(figure), figure]));
  const changes: DatasetChanges = { added: [], changed: [], removed: [] };
  for (const [key, figure] of fresh) {
    const previous = old.get(key);
    if (previous === undefined) changes.added.push({ ...ref(figure), value: figure.value });
    else if (previous.value !== figure.value) {
      changes.changed.push({ ...ref(figure), oldValue: previous.value, newValue: figure.value });
    }
  }
  for (const [key, figure] of old) {
    if (!fresh.has(key)) changes.removed.push({ ...ref(figure), value: figure.value });
  }
  return changes;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** One line for the pane, such as "2 figures added, 1 changed, 0 removed." */
export function describeChanges(changes: DatasetChanges): string {
  const { added, changed, removed } = changes;
  if (added.length + changed.length + removed.length === 0) return "No figures changed.";
  return `${count(added.length, "figure")} added, ${changed.length} changed, ${removed.length} removed.`;
}

type Resolved = { ok: true; url: URL } | { ok: false; result: RefreshResult };

export function resolveRefreshUrl(url: string | undefined, pageUrl: string | undefined): Resolved {
  const wanted = url ?? DEFAULT_DATASET_PATH;
  let resolved: URL;
  try {
    resolved = new URL(wanted, pageUrl);
  } catch {
    return { ok: false, result: failure("badUrl", { key: "refreshBadUrl", params: { address: wanted } }) };
  }
  if (resolved.protocol !== "https:") {
    return {
      ok: false,
      result: failure("insecureUrl", { key: "refreshInsecureUrl", params: { address: resolved.href } }),
    };
  }
  return { ok: true, url: resolved };
}

function mediaType(header: string | null): string {
  return (header ?? "").split(";")[0].trim().toLowerCase();
}

function isJsonType(type: string): boolean {
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

class Oversize extends Error {}
class TimedOut extends Error {}

/** Reads at most `maxBytes`, counting what actually arrives: a Content-Length header can be missing or wrong. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw new Oversize();
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Oversize();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Downloads and validates a dataset without touching any store; `current` is only the base of the change list. */
export async function downloadDataset(current: BenchmarkDataset, options: RefreshOptions = {}): Promise<RefreshResult> {
  const resolved = resolveRefreshUrl(options.url, options.pageUrl ?? globalThis.location?.href);
  if (!resolved.ok) return resolved.result;
  const url = resolved.url;
  const host = url.host;
  const fetcher: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced as well as aborted, so that a fetch which ignores its signal still cannot hang the refresh.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimedOut());
    }, timeoutMs);
  });

  // Marked as handled up front: when the download wins the race, nobody listens to the deadline any more.
  deadline.catch(() => undefined);

  let bytes: Uint8Array;
  try {
    const response = await Promise.race([
      fetcher(url.href, { signal: controller.signal, headers: { Accept: "application/json" } }),
      deadline,
    ]);
    // fetch follows redirects: a redirect away from https (or to an address that does not parse) is refused too.
    if (response.redirected && !isHttpsAddress(response.url)) {
      controller.abort();
      return failure("insecureUrl", { key: "refreshInsecureRedirect", params: { host } });
    }
    if (!response.ok) {
      controller.abort();
      const status = `${response.status}${response.statusText ? ` ${shortText(response.statusText)}` : ""}`;
      return failure("http", { key: "refreshHttp", params: { host, status } });
    }
    const type = mediaType(response.headers.get("content-type"));
    if (!isJsonType(type)) {
      controller.abort();
      return failure("contentType", {
        key: "refreshContentType",
        params: { host, type: type ? shortText(type) : null },
      });
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) throw new Oversize();
    bytes = await Promise.race([readLimited(response, maxBytes), deadline]);
  } catch (error) {
    controller.abort();
    if (error instanceof TimedOut) {
      return failure("timeout", { key: "refreshTimeout", params: { host, seconds: timeoutMs / 1000 } });
    }
    if (error instanceof Oversize) {
      return failure("oversize", { key: "refreshOversize", params: { host, kilobytes: Math.round(maxBytes / 1024) } });
    }
    return failure("offline", { key: "refreshOffline", params: { host } });
  } finally {
    clearTimeout(timer);
  }

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch {
    return failure("invalidJson", { key: "refreshInvalidJson", params: { host } });
  }
  const parsed = parseDataset(json);
  if (!parsed.ok) {
    return failure("schema", { key: "refreshSchema", params: { host, problem: parsed.problem, where: parsed.where } });
  }
  if (parsed.dataset.asOf > latestPlausibleAsOf(new Date())) {
    return failure("schema", { key: "refreshFutureDate", params: { host, asOf: parsed.dataset.asOf } });
  }
  return { ok: true, dataset: parsed.dataset, changes: diffDatasets(current, parsed.dataset) };
}

function isHttpsAddress(address: string): boolean {
  try {
    return new URL(address).protocol === "https:";
  } catch {
    return false;
  }
}

/** What a server says, as a message may quote it: printable and at most 80 characters. */
function shortText(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, "?");
  return printable.length > 80 ? `${printable.slice(0, 79)}…` : printable;
}

export interface RefreshTargets {
  store: BenchmarkStore;
  /** The user's cache of the last good dataset. */
  cache?: DatasetCache;
  /** The workbook's record of which dataset it was refreshed with. */
  stamp?: WorkbookStampStore;
}

/**
 * Downloads, and only on success replaces the store's dataset (which updates the streaming cells) and records it in
 * the caches. A refresh the user asks for wins even over a newer cached or bundled dataset.
 */
export async function refreshBenchmarks(targets: RefreshTargets, options: RefreshOptions = {}): Promise<RefreshResult> {
  const result = await downloadDataset(targets.store.current, options);
  if (!result.ok) return result;
  await applyDataset(targets, result.dataset);
  return result;
}

/**
 * Puts a downloaded (already validated) dataset in use: the store (which updates the streaming cells), then the
 * caches. The pane calls it only once the user has accepted the preview of the download's changes.
 */
export async function applyDataset(targets: RefreshTargets, dataset: BenchmarkDataset): Promise<void> {
  targets.store.replace(dataset);
  // The caches only save a later start-up a download; failing to write them must not undo a good refresh.
  try {
    targets.cache?.save(JSON.stringify(dataset));
  } catch {
    // Storage may be full or blocked (private browsing); the data in use is already up to date.
  }
  try {
    await targets.stamp?.write({ version: dataset.version, asOf: dataset.asOf });
  } catch {
    // As above: the workbook stamp is informative only.
  }
}
