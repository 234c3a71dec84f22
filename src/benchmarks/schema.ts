import * as z from "zod/mini";

/**
 * The benchmark dataset's one definition: validation and the TypeScript types both come from the schemas below, so
 * the bundled file, a downloaded refresh and a cached copy are all held to the same rules.
 */

/** How a period label is to be read. Fiscal periods carry the end date of the fiscal period in `periodEnd`. */
export const PERIOD_KINDS = [
  "year",
  "quarter",
  "fiscalYear",
  "fiscalHalf",
  "fiscalQuarter",
  "trailing12Months",
  "multiYear",
] as const;

export const CURRENCIES = ["RMB", "USD"] as const;

/** Rates, margins and shares are stored as fractions (0.13 is 13%) and carry no currency. */
export const FRACTION_UNIT = "fraction";

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// zod/mini ships no message locale, so every rule names its own problem in plain words.
function expected(what: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => (issue.input === undefined ? "is missing" : what) };
}

const identifier = z
  .string("must be text")
  .check(z.regex(ID_PATTERN, 'must be a lower-case id such as "alibaba-cloud"'));
/**
 * The longest text a dataset may hold in one field, and the most figures: far above any real name, note or dataset
 * (the shipped one has a few hundred figures), far below what would make a cell, a message or the pane unusable.
 */
export const MAX_DATASET_TEXT_LENGTH = 2000;
export const MAX_DATASET_URL_LENGTH = 2048;
export const MAX_DATASET_FIGURES = 20_000;
const text = z
  .string(expected("must be text"))
  .check(
    z.regex(/\S/, "must not be empty"),
    z.maxLength(MAX_DATASET_TEXT_LENGTH, `must be at most ${MAX_DATASET_TEXT_LENGTH} characters`),
  );
const isoDate = z.iso.date(expected("must be an ISO date such as 2025-03-31"));
// Links are opened by people reading the table, so anything but a web address is refused.
const webUrl = z
  .url({ protocol: /^https?$/, hostname: /\S/, ...expected("must be an http or https web address") })
  .check(z.maxLength(MAX_DATASET_URL_LENGTH, `must be at most ${MAX_DATASET_URL_LENGTH} characters`));

const record = expected("must be an object");

export const ProviderSchema = z.object(
  {
    id: identifier,
    name: text,
    aliases: z.optional(z.array(text, "must be a list of names")),
  },
  record,
);

export const MetricSchema = z.object(
  {
    id: identifier,
    name: text,
    unit: text,
    description: text,
  },
  record,
);

export const FigureSchema = z.object(
  {
    provider: identifier,
    metric: identifier,
    period: text,
    periodKind: z.enum(PERIOD_KINDS, expected(`must be one of ${PERIOD_KINDS.join(", ")}`)),
    periodEnd: isoDate,
    // zod 4 numbers already refuse NaN and the infinities; JSON cannot carry them anyway.
    value: z.number(expected("must be a finite number")),
    unit: text,
    currency: z.nullable(z.enum(CURRENCIES, `must be ${CURRENCIES.join(" or ")} or null`)),
    sourceUrl: webUrl,
    publisher: text,
    published: z.nullable(isoDate),
    derived: z.boolean(expected("must be true or false")),
    uncertain: z.boolean(expected("must be true or false")),
    note: z.optional(text),
    // Provenance of a figure read from an SEC filing (all optional, so curated figures and older datasets stay valid).
    // A derived figure (quarter = year-to-date minus the previous year-to-date) lists both filings' accessions.
    accessions: z.optional(z.array(text, "must be a list of accession numbers")),
    form: z.optional(text),
    filed: z.optional(isoDate),
    concept: z.optional(text),
    segmentMember: z.optional(text),
    periodStart: z.optional(isoDate),
  },
  record,
);

/** Case, surrounding spaces and runs of inner spaces do not distinguish one name from another. */
export function normaliseName(value: string): string {
  return value.trim().replace(/\s+/g, " ").toLowerCase();
}

type DatasetShape = z.infer<typeof DatasetShapeSchema>;

const DatasetShapeSchema = z.object(
  {
    version: text,
    asOf: isoDate,
    title: text,
    providers: z
      .array(ProviderSchema, expected("must be a list"))
      .check(z.minLength(1, "must list at least one provider")),
    metrics: z.array(MetricSchema, expected("must be a list")).check(z.minLength(1, "must list at least one metric")),
    // A dataset without figures would empty the Benchmarks table and every comparison: refused, like a broken one.
    figures: z
      .array(FigureSchema, expected("must be a list"))
      .check(
        z.minLength(1, "must list at least one figure"),
        z.maxLength(MAX_DATASET_FIGURES, `must list at most ${MAX_DATASET_FIGURES} figures`),
      ),
  },
  record,
);

/** Every name by which a provider or metric can be looked up must lead to exactly one of them. */
function checkNames(
  items: readonly { id: string; name: string; aliases?: string[] }[],
  listName: "providers" | "metrics",
  issue: (message: string, path: (string | number)[]) => void,
): void {
  const owners = new Map<string, string>();
  items.forEach((item, index) => {
    for (const name of [item.id, item.name, ...(item.aliases ?? [])]) {
      const key = normaliseName(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== item.id) {
        issue(`the name "${name}" is used by both ${owner} and ${item.id}`, [listName, index]);
      } else if (owner === undefined) {
        owners.set(key, item.id);
      }
    }
  });
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) issue(`the id "${item.id}" appears twice`, [listName, index]);
    ids.add(item.id);
  });
}

function checkDataset(dataset: DatasetShape, issue: (message: string, path: (string | number)[]) => void): void {
  checkNames(dataset.providers, "providers", issue);
  checkNames(dataset.metrics, "metrics", issue);
  const providers = new Set(dataset.providers.map((provider) => provider.id));
  const metrics = new Map(dataset.metrics.map((metric) => [metric.id, metric]));
  const seen = new Set<string>();
  dataset.figures.forEach((figure, index) => {
    const at = (field: string) => ["figures", index, field];
    if (!providers.has(figure.provider))
      issue(`provider "${figure.provider}" is not listed in providers`, at("provider"));
    const metric = metrics.get(figure.metric);
    if (metric === undefined) {
      issue(`metric "${figure.metric}" is not listed in metrics`, at("metric"));
    } else if (figure.unit !== metric.unit) {
      issue(`unit "${figure.unit}" differs from the unit "${metric.unit}" of metric ${metric.id}`, at("unit"));
    }
    if (figure.unit === FRACTION_UNIT && figure.currency !== null) {
      issue("a fraction must have a null currency", at("currency"));
    } else if (figure.unit !== FRACTION_UNIT && figure.currency === null) {
      issue(`an amount in "${figure.unit}" needs a currency`, at("currency"));
    }
    // Periods are looked up case-insensitively, so two labels differing only in case would collide.
    const key = figureKey(figure);
    if (seen.has(key)) {
      issue(`${figure.provider} ${figure.metric} ${figure.period} appears more than once`, at("period"));
    }
    seen.add(key);
  });
}

export const DatasetSchema = DatasetShapeSchema.check(
  z.superRefine((dataset, context) => {
    checkDataset(dataset, (message, path) => context.addIssue({ code: "custom", message, path, input: dataset }));
  }),
);

export type Provider = z.infer<typeof ProviderSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Currency = (typeof CURRENCIES)[number];
export type BenchmarkDataset = z.infer<typeof DatasetSchema>;

/** The identity of a figure across dataset versions: provider, metric and period. */
export function figureKey(figure: Pick<Figure, "provider" | "metric" | "period">): string {
  return [figure.provider, figure.metric, normaliseName(figure.period)].join("|");
}

/** `where` is the path of the first problem ("figures[0].value", "" for the whole), which any language can show. */
export type DatasetParse = { ok: true; dataset: BenchmarkDataset } | { ok: false; problem: string; where: string };

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** Validates untrusted data; on failure names the first problem, as "where: what", without a final full stop. */
export function parseDataset(input: unknown): DatasetParse {
  const result = DatasetSchema.safeParse(input);
  if (result.success) return { ok: true, dataset: result.data };
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? describePath(first.path) : "";
  const what = (first?.message ?? "invalid dataset").replace(/[.\s]+$/, "");
  return { ok: false, problem: `${where ? `${where}: ` : ""}${what}`, where };
}

/**
 * Orders datasets by as-of date, then by version compared part by part as numbers where they are numbers
 * ("2026.10" is newer than "2026.9"). Negative when `a` is older than `b`.
 */
export function compareDatasetAge(
  a: Pick<BenchmarkDataset, "asOf" | "version">,
  b: Pick<BenchmarkDataset, "asOf" | "version">,
): number {
  if (a.asOf !== b.asOf) return a.asOf < b.asOf ? -1 : 1;
  return a.version.localeCompare(b.version, "en", { numeric: true });
}
