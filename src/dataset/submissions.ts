import { z } from "zod";
import { SourceError } from "./errors";
import type { SecSource } from "./source";

/** The submissions API: which filings a company made, and where each filing's XBRL instance lives. */

export interface Filing {
  accession: string;
  form: string;
  filed: string;
  reportDate: string;
  primaryDocument: string;
  inlineXbrl: boolean;
}

export interface Submissions {
  name: string;
  /** The fiscal year's last month (1-12), from "fiscalYearEnd": "1231". */
  fiscalYearEndMonth: number;
  filings: Filing[];
}

const RecentSchema = z.object({
  accessionNumber: z.array(z.string()),
  filingDate: z.array(z.string()),
  reportDate: z.array(z.string()),
  form: z.array(z.string()),
  primaryDocument: z.array(z.string()),
  isInlineXBRL: z.array(z.number()).optional(),
});

const SubmissionsSchema = z.object({
  name: z.string(),
  fiscalYearEnd: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .optional(),
  filings: z.object({
    recent: RecentSchema,
    files: z.array(z.object({ name: z.string(), filingFrom: z.string().optional() })).optional(),
  }),
});

/** Older filings are paged out into files of the same shape as `recent`. */
const PageSchema = RecentSchema;

export function submissionsPath(cik: number): string {
  return `/submissions/CIK${String(cik).padStart(10, "0")}.json`;
}

export function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SourceError(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `unexpected shape at ${issue.path.join(".") || "top level"}: ${issue.message}`;
}

function filingsOf(recent: z.infer<typeof RecentSchema>, path: string): Filing[] {
  const count = recent.accessionNumber.length;
  const lengths = [recent.filingDate, recent.reportDate, recent.form, recent.primaryDocument].map(
    (list) => list.length,
  );
  if (lengths.some((length) => length !== count)) throw new SourceError(path, "filing lists of different lengths");
  return recent.accessionNumber.map((accession, index) => ({
    accession,
    form: recent.form[index],
    filed: recent.filingDate[index],
    reportDate: recent.reportDate[index],
    primaryDocument: recent.primaryDocument[index],
    inlineXbrl: (recent.isInlineXBRL?.[index] ?? 0) === 1,
  }));
}

/** Reads the company's filings, following paged-out files only while they may hold reports since `since`. */
export async function readSubmissions(source: SecSource, cik: number, since: string): Promise<Submissions> {
  const path = submissionsPath(cik);
  const parsed = SubmissionsSchema.safeParse(parseJson(await source.read(path), path));
  if (!parsed.success) throw new SourceError(path, describe(parsed.error));
  const filings = filingsOf(parsed.data.filings.recent, path);
  for (const file of parsed.data.filings.files ?? []) {
    const oldest = filings.reduce((min, filing) => (filing.filed < min ? filing.filed : min), "9999-12-31");
    if (oldest < since) break;
    const pagePath = `/submissions/${file.name}`;
    const page = PageSchema.safeParse(parseJson(await source.read(pagePath), pagePath));
    if (!page.success) throw new SourceError(pagePath, describe(page.error));
    filings.push(...filingsOf(page.data, pagePath));
  }
  const month = Number((parsed.data.fiscalYearEnd ?? "1231").slice(0, 2));
  if (month < 1 || month > 12)
    throw new SourceError(path, `fiscalYearEnd "${parsed.data.fiscalYearEnd}" is not a date`);
  return { name: parsed.data.name, fiscalYearEndMonth: month, filings };
}

/** Where EDGAR keeps an inline-XBRL filing's extracted instance. */
export function instancePath(cik: number, filing: Filing): string {
  const folder = filing.accession.replace(/-/g, "");
  return `/Archives/edgar/data/${cik}/${folder}/${filing.primaryDocument.replace(/\.htm$/i, "")}_htm.xml`;
}

export function filingIndexUrl(cik: number, accession: string): string {
  return `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, "")}/${accession}-index.htm`;
}
