import type { Figure } from "../benchmarks/schema";
import { companyFactsFor, readCompanyFacts } from "./company-facts";
import { SourceError } from "./errors";
import type { SourceFact } from "./facts";
import { toFigure } from "./figures";
import { DEFAULT_FORMS, DEFAULT_QUALIFIERS, DEFAULT_SINCE, readsInstance } from "./providers";
import type { MetricSource, ProviderEntry, SegmentSource } from "./providers";
import { resolvePeriods } from "./resolve";
import type { SecSource } from "./source";
import { instancePath, readSubmissions, submissionsPath, type Filing } from "./submissions";
import { InstanceFormatError, readInstance, type InstanceFact } from "./xbrl-instance";

/** Builds one provider's figures from its filings, as its configuration entry says. */

export interface ProviderBuild {
  entry: ProviderEntry;
  figures: Figure[];
  filingsRead: number;
  warnings: string[];
}

/** The member a fact counts for, or undefined when its context is not exactly that segment (plus known qualifiers). */
export function segmentMember(fact: InstanceFact, segment: SegmentSource | undefined): string | undefined | null {
  if (fact.typed) return null;
  if (segment === undefined) return fact.dimensions.size === 0 ? undefined : null;
  const member = fact.dimensions.get(segment.axis);
  if (member === undefined || !segment.members.includes(member)) return null;
  const qualifiers = segment.qualifiers ?? DEFAULT_QUALIFIERS;
  for (const [axis, value] of fact.dimensions) {
    if (axis !== segment.axis && !qualifiers.some((q) => q.axis === axis && q.member === value)) return null;
  }
  return member;
}

interface MetricFacts {
  facts: SourceFact[];
  membersSeen: Set<string>;
}

function collectFromInstance(
  instance: ReturnType<typeof readInstance>,
  metric: MetricSource,
  filing: Filing,
  unit: string,
  into: MetricFacts,
): void {
  if (metric.segment !== undefined) {
    const { axis } = metric.segment;
    for (const context of instance.contexts) {
      const member = context.dimensions.get(axis);
      if (member !== undefined) into.membersSeen.add(member);
    }
  }
  // A filing may carry the same amount in several contexts (segment note and segment table): count it once, from
  // the context with the fewest dimensions.
  const best = new Map<string, { fact: InstanceFact; member: string | undefined }>();
  for (const fact of instance.facts) {
    if (!metric.concepts.includes(fact.concept) || fact.unit !== unit || fact.start === undefined) continue;
    const member = segmentMember(fact, metric.segment);
    if (member === null) continue;
    const key = `${fact.concept}|${fact.start}|${fact.end}`;
    const previous = best.get(key);
    if (previous === undefined || fact.dimensions.size < previous.fact.dimensions.size) best.set(key, { fact, member });
  }
  for (const { fact, member } of best.values()) {
    into.facts.push({
      concept: fact.concept,
      value: fact.value,
      unit,
      start: fact.start ?? "",
      end: fact.end,
      accession: filing.accession,
      form: filing.form,
      filed: filing.filed,
      ...(member === undefined ? {} : { member }),
    });
  }
}

async function readInstances(
  entry: ProviderEntry,
  source: SecSource,
  filings: readonly Filing[],
  metrics: [string, MetricSource][],
  collected: Map<string, MetricFacts>,
): Promise<void> {
  const concepts = new Set(metrics.flatMap(([, metric]) => metric.concepts));
  for (const filing of filings) {
    const path = instancePath(entry.cik, filing);
    let instance: ReturnType<typeof readInstance>;
    try {
      instance = readInstance(await source.read(path), concepts);
    } catch (error) {
      if (error instanceof InstanceFormatError) throw new SourceError(path, error.message);
      throw error;
    }
    for (const [id, metric] of metrics) {
      collectFromInstance(instance, metric, filing, entry.currency, collected.get(id) as MetricFacts);
    }
  }
}

/** Every configured member must appear in some filing; an optional segment may be missing as a whole. */
function checkMembers(
  entry: ProviderEntry,
  id: string,
  metric: MetricSource,
  seen: Set<string>,
  filings: number,
): string | undefined {
  const members = metric.segment?.members ?? [];
  if (metric.segment?.required === false) {
    if (members.some((member) => seen.has(member))) return undefined;
    return `${id}: none of ${members.join(", ")} is in the ${filings} filings read`;
  }
  const missing = members.find((member) => !seen.has(member));
  if (missing === undefined) return undefined;
  throw new SourceError(
    submissionsPath(entry.cik),
    `${id}: member ${missing} on ${metric.segment?.axis} is in none of the ${filings} filings read`,
  );
}

export async function buildProvider(entry: ProviderEntry, source: SecSource): Promise<ProviderBuild> {
  try {
    return await buildProviderUnattributed(entry, source);
  } catch (error) {
    throw error instanceof SourceError ? error.forProvider(entry.id) : error;
  }
}

async function buildProviderUnattributed(entry: ProviderEntry, source: SecSource): Promise<ProviderBuild> {
  const since = entry.since ?? DEFAULT_SINCE;
  const forms = new Set(entry.forms ?? DEFAULT_FORMS);
  const submissions = await readSubmissions(source, entry.cik, since);
  const metrics = Object.entries(entry.metrics);
  const collected = new Map(metrics.map(([id]) => [id, { facts: [], membersSeen: new Set() } as MetricFacts]));
  const warnings: string[] = [];
  const instanceMetrics = metrics.filter(([, metric]) => readsInstance(metric));
  const periodic = submissions.filings.filter((filing) => forms.has(filing.form) && filing.reportDate >= since);
  const inline = periodic.filter((filing) => filing.inlineXbrl);
  if (instanceMetrics.length > 0) {
    if (inline.length < periodic.length) {
      warnings.push(`${periodic.length - inline.length} filings without inline XBRL skipped`);
    }
    await readInstances(entry, source, inline, instanceMetrics, collected);
    for (const [id, metric] of instanceMetrics) {
      const warning = checkMembers(entry, id, metric, (collected.get(id) as MetricFacts).membersSeen, inline.length);
      if (warning !== undefined) warnings.push(warning);
    }
  }
  const factMetrics = metrics.filter(([, metric]) => !readsInstance(metric));
  if (factMetrics.length > 0) {
    const companyFacts = await readCompanyFacts(source, entry.cik);
    for (const [id, metric] of factMetrics) {
      const facts = companyFactsFor(companyFacts, entry.cik, metric.concepts, entry.currency, forms);
      (collected.get(id) as MetricFacts).facts.push(...facts.filter((fact) => fact.end >= since));
    }
  }
  const figures: Figure[] = [];
  for (const [id, metric] of metrics) {
    const resolved = resolvePeriods((collected.get(id) as MetricFacts).facts, metric.concepts);
    if (resolved.length === 0) warnings.push(`${id}: no facts for ${metric.concepts.join(", ")} in ${entry.currency}`);
    const context = {
      provider: entry.id,
      metric: id,
      cik: entry.cik,
      company: entry.company,
      unit: entry.currency,
      fiscalYearEndMonth: submissions.fiscalYearEndMonth,
      ...(metric.note === undefined ? {} : { note: metric.note }),
    };
    figures.push(...resolved.filter((figure) => figure.end >= since).map((figure) => toFigure(figure, context)));
  }
  return { entry, figures, filingsRead: instanceMetrics.length > 0 ? inline.length : 0, warnings };
}
