import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseDataset, type BenchmarkDataset, type Figure } from "../benchmarks/schema";
import { buildProvider, type ProviderBuild } from "../dataset/build";
import { diffDatasets, diffMarkdown } from "../dataset/diff";
import { ConfigError, SourceError } from "../dataset/errors";
import { mergeFigures } from "../dataset/merge";
import { parseProviders, type ProviderEntry } from "../dataset/providers";
import { offlineSource, onlineSource, type FetchLike, type SecSource } from "../dataset/source";
import { writeFilesAtomically } from "./atomic-write";
import { messageLine, parserMessage, quoted, shownPath } from "./echo";

/**
 * `npm run dataset:update -- [options]`: the benchmark dataset from SEC filings merged with the curated figures.
 * Exit 0 written; 2 bad arguments or configuration (nothing written); 1 a source could not be read or parsed
 * (nothing written, the old file untouched). Contract: the dataset-builder spec.
 */

export const EXIT_OK = 0;
export const EXIT_SOURCE = 1;
export const EXIT_USAGE = 2;

export const DEFAULT_PROVIDERS = "assets/providers.json";
export const DEFAULT_CURATED = "assets/benchmarks-curated.json";
export const DEFAULT_OUT = "assets/benchmarks.json";

export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** What tests replace: the network and the clock's waits. */
export interface CliDependencies {
  fetch?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  env?: Readonly<Record<string, string | undefined>>;
}

interface Options {
  userAgent?: string;
  offline?: string;
  cache?: string;
  providers: string;
  curated: string;
  out: string;
  diff?: string;
}

// The SEC asks for a name and a contact address; an address is the part that lets them reach a misbehaving client.
const EMAIL = /[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/;

function parseOptions(argv: readonly string[], env: CliDependencies["env"]): Options {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: Object.fromEntries(
        ["user-agent", "offline", "cache", "providers", "curated", "out", "diff"].map((name) => [
          name,
          { type: "string" },
        ]),
      ) as Record<string, { type: "string" }>,
    }) as { values: Record<string, string | undefined> });
  } catch (error) {
    throw new ConfigError(parserMessage(error));
  }
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value.trim() === "") throw new ConfigError(`--${name} needs a value`);
  }
  const userAgent = values["user-agent"] ?? env?.SEC_USER_AGENT;
  if (values.offline === undefined) {
    if (userAgent === undefined)
      throw new ConfigError('going online needs --user-agent "Name email@host" (or SEC_USER_AGENT)');
    if (!EMAIL.test(userAgent)) throw new ConfigError(`the user agent ${quoted(userAgent)} has no e-mail address`);
  }
  if (values.offline !== undefined && values.cache !== undefined) {
    throw new ConfigError("--cache records online responses and cannot be used with --offline");
  }
  if (values.offline !== undefined && !existsSync(values.offline)) {
    throw new ConfigError(`the offline directory ${quoted(values.offline)} does not exist`);
  }
  return {
    ...(userAgent === undefined ? {} : { userAgent }),
    ...(values.offline === undefined ? {} : { offline: values.offline }),
    ...(values.cache === undefined ? {} : { cache: values.cache }),
    providers: values.providers ?? DEFAULT_PROVIDERS,
    curated: values.curated ?? DEFAULT_CURATED,
    out: values.out ?? DEFAULT_OUT,
    ...(values.diff === undefined ? {} : { diff: values.diff }),
  };
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read ${shownPath(file)} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(
      `${shownPath(file)}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function readCurated(file: string, entries: readonly ProviderEntry[]): Promise<BenchmarkDataset> {
  const parsed = parseDataset(await readJson(file));
  if (!parsed.ok) throw new ConfigError(`${shownPath(file)}: ${parsed.problem}`);
  const metrics = new Set(parsed.dataset.metrics.map((metric) => metric.id));
  for (const entry of entries) {
    for (const metric of Object.keys(entry.metrics)) {
      if (!metrics.has(metric))
        throw new ConfigError(
          `provider ${quoted(entry.id)}: metric ${quoted(metric)} is not a metric of ${shownPath(file)}`,
        );
    }
  }
  return parsed.dataset;
}

/** The previous output, if there is a valid one: the diff is against it. */
async function readPrevious(file: string): Promise<BenchmarkDataset | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = parseDataset(JSON.parse(await readFile(file, "utf8")) as unknown);
    return parsed.ok ? parsed.dataset : undefined;
  } catch {
    return undefined;
  }
}

function summaryLine(build: ProviderBuild): string {
  const byMetric = new Map<string, Figure[]>();
  for (const figure of build.figures) byMetric.set(figure.metric, [...(byMetric.get(figure.metric) ?? []), figure]);
  const metrics = [...byMetric].map(
    ([metric, figures]) => `${metric} ${figures.length} (to ${figures.at(-1)?.period})`,
  );
  const derived = build.figures.filter((figure) => figure.derived).length;
  const warnings = build.warnings.length === 0 ? "" : `; warnings: ${build.warnings.join("; ")}`;
  return `${build.entry.id}: ${build.figures.length} figures from filings (${derived} derived)${metrics.length > 0 ? `: ${metrics.join(", ")}` : ""}${warnings}`;
}

async function run(options: Options, io: CliIo, dependencies: CliDependencies): Promise<void> {
  const entries = parseProviders(await readJson(options.providers), options.providers);
  const curated = await readCurated(options.curated, entries);
  const source: SecSource =
    options.offline !== undefined
      ? offlineSource(options.offline)
      : onlineSource({
          userAgent: options.userAgent ?? "",
          ...(dependencies.fetch === undefined ? {} : { fetch: dependencies.fetch }),
          ...(dependencies.sleep === undefined ? {} : { sleep: dependencies.sleep }),
          ...(options.cache === undefined ? {} : { cacheDirectory: options.cache }),
        });
  const builds: ProviderBuild[] = [];
  for (const entry of entries) builds.push(await buildProvider(entry, source));
  const { dataset, replacements } = mergeFigures(
    curated,
    entries,
    builds.flatMap((build) => build.figures),
  );
  const checked = parseDataset(dataset);
  if (!checked.ok) throw new SourceError("(merged dataset)", `the result is not a valid dataset: ${checked.problem}`);
  const previous = await readPrevious(options.out);
  const diff = diffDatasets(previous, dataset, replacements);
  const files = [{ path: options.out, data: `${JSON.stringify(dataset, null, 2)}\n` }];
  if (options.diff !== undefined) files.push({ path: options.diff, data: diffMarkdown(previous, dataset, diff) });
  // Both files or neither, each under a short temporary name, cleaned up on an interrupt (the workbook's writer).
  await writeFilesAtomically(files);
  for (const build of builds) io.stdout(messageLine(summaryLine(build)));
  io.stdout(
    messageLine(
      `${shownPath(options.out)}: version ${dataset.version}, ${dataset.figures.length} figures (${replacements.length} curated replaced by filings); added ${diff.added}, changed ${diff.changed}, removed ${diff.removed}; ${source.requests} requests`,
    ),
  );
}

const defaultIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

export async function main(
  argv: readonly string[],
  io: CliIo = defaultIo,
  dependencies: CliDependencies = {},
): Promise<number> {
  try {
    await run(parseOptions(argv, dependencies.env ?? process.env), io, dependencies);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(messageLine(`dataset:update: ${error.message}`));
      return EXIT_USAGE;
    }
    if (error instanceof SourceError) {
      io.stderr(messageLine(`dataset:update: ${error.message}`));
      return EXIT_SOURCE;
    }
    io.stderr(messageLine(`dataset:update: ${error instanceof Error ? error.message : String(error)}`));
    return EXIT_SOURCE;
  }
}

if (typeof require !== "undefined" && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
