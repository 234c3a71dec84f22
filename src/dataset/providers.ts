import { z } from "zod";
import { ConfigError } from "./errors";

/**
 * The provider configuration: which company (CIK) stands behind each benchmark provider and which XBRL concepts and
 * segment members carry each metric. A new company is a new entry here, not code.
 */

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QNAME_PATTERN = /^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/;

const identifier = z.string().regex(ID_PATTERN, 'must be a lower-case id such as "aws"');
const qname = z.string().regex(QNAME_PATTERN, "must be a prefixed XBRL name such as us-gaap:Revenues");
const isoDate = z.iso.date("must be an ISO date such as 2022-01-01");

/** Other dimensions a segment fact may carry without being a different fact (the segment's own consolidation item). */
export const DEFAULT_QUALIFIERS = [{ axis: "srt:ConsolidationItemsAxis", member: "us-gaap:OperatingSegmentsMember" }];

const QualifierSchema = z.strictObject({ axis: qname, member: qname });

const SegmentSchema = z.strictObject({
  axis: qname,
  /** A list because companies rename members between years; each must appear in at least one filing. */
  members: z.array(qname).min(1, "must list at least one member"),
  qualifiers: z.array(QualifierSchema).optional(),
  /**
   * false: a segment that not every filer tags (Alibaba's cloud in its 20-F) may be absent altogether; that is a
   * warning, not an error. A member that is configured but unseen while another one is found still counts as renamed.
   */
  required: z.boolean().optional(),
});

const MetricSourceSchema = z.strictObject({
  /** Tried in order; the first with a fact for a period gives that period's figure. */
  concepts: z.array(qname).min(1, "must list at least one concept"),
  segment: SegmentSchema.optional(),
  /** Where a whole-company figure is read; a segment figure always comes from the filings' instances. */
  source: z.enum(["companyfacts", "instance"]).optional(),
  note: z.string().min(1).optional(),
});

const ProviderEntrySchema = z.strictObject({
  id: identifier,
  name: z.string().min(1, "must not be empty"),
  aliases: z.array(z.string().min(1)).optional(),
  /** The filer's name, used as the publisher of its figures. */
  company: z.string().min(1, "must not be empty"),
  cik: z.number().int().positive("must be a positive whole number"),
  /** The currency the filing reports in; the other currency's convenience translation is never used. */
  currency: z.enum(["USD", "CNY"]),
  forms: z.array(z.string().min(1)).min(1).optional(),
  /** Filings reporting periods that end before this date are not read. */
  since: isoDate.optional(),
  note: z.string().min(1).optional(),
  metrics: z
    .record(identifier, MetricSourceSchema)
    .refine((metrics) => Object.keys(metrics).length > 0, "must configure at least one metric"),
});

export const ProvidersFileSchema = z
  .array(ProviderEntrySchema)
  .min(1, "must list at least one provider")
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id))
        context.addIssue({ code: "custom", message: `id "${entry.id}" appears twice`, path: [index, "id"] });
      seen.add(entry.id);
    });
  });

export type ProviderEntry = z.infer<typeof ProviderEntrySchema>;
export type MetricSource = z.infer<typeof MetricSourceSchema>;
export type SegmentSource = z.infer<typeof SegmentSchema>;

export const DEFAULT_FORMS = ["10-K", "10-Q", "20-F", "10-K/A", "10-Q/A", "20-F/A"];
export const DEFAULT_SINCE = "2022-01-01";

/** Whether a metric is read from each filing's XBRL instance (segment figures, or by choice) or from company facts. */
export function readsInstance(metric: MetricSource): boolean {
  return metric.segment !== undefined || metric.source === "instance";
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./, "");
}

/** Validates the parsed provider file; a problem becomes a ConfigError naming the first offending field. */
export function parseProviders(input: unknown, fileName: string): ProviderEntry[] {
  const result = ProvidersFileSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
  throw new ConfigError(`${fileName}: ${where}${issue.message}`);
}
