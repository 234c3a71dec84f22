import { z } from "zod";
import { SourceError } from "./errors";
import type { SourceFact } from "./facts";
import { parseJson } from "./submissions";
import type { SecSource } from "./source";

/** The company-facts API: every fact a company ever filed, by taxonomy, concept and unit. */

const FactSchema = z.object({
  start: z.string().optional(),
  end: z.string(),
  val: z.number(),
  accn: z.string(),
  form: z.string(),
  filed: z.string(),
});

const CompanyFactsSchema = z.object({
  cik: z.union([z.number(), z.string()]),
  entityName: z.string(),
  facts: z.record(z.string(), z.record(z.string(), z.object({ units: z.record(z.string(), z.array(FactSchema)) }))),
});

export type CompanyFacts = z.infer<typeof CompanyFactsSchema>;

export function companyFactsPath(cik: number): string {
  return `/api/xbrl/companyfacts/CIK${String(cik).padStart(10, "0")}.json`;
}

export async function readCompanyFacts(source: SecSource, cik: number): Promise<CompanyFacts> {
  const path = companyFactsPath(cik);
  const parsed = CompanyFactsSchema.safeParse(parseJson(await source.read(path), path));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceError(path, `unexpected shape at ${issue.path.join(".") || "top level"}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The duration facts of the configured concepts in one unit. A concept of a taxonomy the company does not report in
 * (a us-gaap concept for an IFRS filer) is an error that says which taxonomies it does use.
 */
export function companyFactsFor(
  facts: CompanyFacts,
  cik: number,
  concepts: readonly string[],
  unit: string,
  forms: ReadonlySet<string>,
): SourceFact[] {
  const taxonomies = Object.keys(facts.facts).filter((taxonomy) => taxonomy !== "dei");
  const wanted = new Set(concepts.map((concept) => concept.split(":")[0]));
  if (![...wanted].some((taxonomy) => taxonomies.includes(taxonomy))) {
    throw new SourceError(
      companyFactsPath(cik),
      `${facts.entityName} reports in ${taxonomies.join(", ") || "no taxonomy"}, not ${[...wanted].join(", ")}; configure concepts of its taxonomy (e.g. ifrs-full:...)`,
    );
  }
  const found: SourceFact[] = [];
  for (const concept of concepts) {
    const [taxonomy, name] = concept.split(":");
    for (const fact of facts.facts[taxonomy]?.[name]?.units[unit] ?? []) {
      if (fact.start === undefined || !forms.has(fact.form)) continue;
      found.push({
        concept,
        value: fact.val,
        unit,
        start: fact.start,
        end: fact.end,
        accession: fact.accn,
        form: fact.form,
        filed: fact.filed,
      });
    }
  }
  return found;
}
