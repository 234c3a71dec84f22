import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Small synthetic SEC responses, written in the offline layout, for the rules the real fixtures do not exercise
 * (year-to-date quarters, restatements, renamed members...). Amounts are in currency units, as filings give them.
 */

export interface SyntheticFact {
  concept: string;
  value: number;
  start: string;
  end: string;
  unit?: string;
  dims?: Record<string, string>;
}

export interface SyntheticFiling {
  accession: string;
  form: string;
  filed: string;
  reportDate: string;
  facts: SyntheticFact[];
  /** Replaces the generated instance (e.g. a malformed one). */
  raw?: string;
}

/** An instance in the shape EDGAR publishes: default xbrli namespace, prefixed xbrldi members, one context per fact. */
export function instanceXml(cik: number, facts: readonly SyntheticFact[]): string {
  const units = new Set(facts.map((fact) => fact.unit ?? "USD"));
  const contexts = facts.map((fact, index) => {
    const members = Object.entries(fact.dims ?? {})
      .map(([axis, member]) => `<xbrldi:explicitMember dimension="${axis}">${member}</xbrldi:explicitMember>`)
      .join("");
    const segment = members === "" ? "" : `<segment>${members}</segment>`;
    return `<context id="c${index}"><entity><identifier scheme="http://www.sec.gov/CIK">${cik}</identifier>${segment}</entity><period><startDate>${fact.start}</startDate><endDate>${fact.end}</endDate></period></context>`;
  });
  const unitXml = [...units].map((unit) => `<unit id="u${unit}"><measure>iso4217:${unit}</measure></unit>`);
  const factXml = facts.map(
    (fact, index) =>
      `<${fact.concept} contextRef="c${index}" decimals="-6" unitRef="u${fact.unit ?? "USD"}">${fact.value}</${fact.concept}>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2024" xmlns:srt="http://fasb.org/srt/2024" xmlns:acme="http://acme.example/2024">',
    ...contexts,
    ...unitXml,
    ...factXml,
    "</xbrl>",
  ].join("\n");
}

export interface SyntheticCompany {
  cik: number;
  name: string;
  fiscalYearEnd: string;
  filings: SyntheticFiling[];
  /** A company-facts response body, written as is. */
  companyFacts?: unknown;
}

export function cikPath(cik: number): string {
  return `CIK${String(cik).padStart(10, "0")}.json`;
}

function write(root: string, path: string, text: string): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const created: string[] = [];

/** A new temporary directory, removed by removeTemporaryDirectories (call it in afterAll). */
export function temporaryDirectory(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  created.push(directory);
  return directory;
}

export function removeTemporaryDirectories(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** Writes the companies' submissions, instances and company facts under a new temporary directory. */
export function writeOfflineDirectory(
  companies: readonly SyntheticCompany[],
  root = temporaryDirectory("sec-"),
): string {
  for (const company of companies) {
    const primary = (filing: SyntheticFiling) => `doc-${filing.accession.replace(/-/g, "")}.htm`;
    const submissions = {
      cik: String(company.cik).padStart(10, "0"),
      name: company.name,
      fiscalYearEnd: company.fiscalYearEnd,
      filings: {
        recent: {
          accessionNumber: company.filings.map((filing) => filing.accession),
          filingDate: company.filings.map((filing) => filing.filed),
          reportDate: company.filings.map((filing) => filing.reportDate),
          form: company.filings.map((filing) => filing.form),
          primaryDocument: company.filings.map(primary),
          isXBRL: company.filings.map(() => 1),
          isInlineXBRL: company.filings.map(() => 1),
        },
        files: [],
      },
    };
    write(root, `submissions/${cikPath(company.cik)}`, JSON.stringify(submissions));
    for (const filing of company.filings) {
      const folder = `Archives/edgar/data/${company.cik}/${filing.accession.replace(/-/g, "")}`;
      const name = primary(filing).replace(/\.htm$/, "_htm.xml");
      write(root, `${folder}/${name}`, filing.raw ?? instanceXml(company.cik, filing.facts));
    }
    if (company.companyFacts !== undefined) {
      write(root, `api/xbrl/companyfacts/${cikPath(company.cik)}`, JSON.stringify(company.companyFacts));
    }
  }
  return root;
}
