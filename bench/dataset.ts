import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseDataset } from "../src/benchmarks/schema";
import { buildProvider } from "../src/dataset/build";
import { diffDatasets } from "../src/dataset/diff";
import { mergeFigures } from "../src/dataset/merge";
import { parseProviders, type ProviderEntry } from "../src/dataset/providers";
import { offlineSource } from "../src/dataset/source";
import { writeOfflineDirectory, type SyntheticCompany, type SyntheticFact } from "../tests/dataset/synthetic";
import { median } from "./harness";

/**
 * The time `npm run dataset:update --offline` takes to build the dataset from a full cache: the shipped provider file
 * (six companies), four fiscal years of 10-Qs and 10-Ks each (20-Fs for Alibaba), every instance padded with as many
 * contexts and facts as a real one (about 1 MB each; Amazon's 2022 10-K instance is 2.4 MB), and company
 * facts of a few MB per company. Reading, parsing, resolving, merging and diffing are timed; writing the file is not.
 */

const RUNS = 3;
const FILLER_FACTS = 3000;
const FILLER_CONCEPTS = 400;
const FACTS_PER_CONCEPT = 40;
// The project root: npm run bench runs from it, and the bench is bundled into node_modules/.cache, where __dirname
// no longer points into the project.
const ROOT = process.cwd();

function quarterEnds(fiscalEndMonth: number, fiscalYear: number): string[] {
  return [3, 6, 9, 12].map((months) => {
    const monthIndex = fiscalEndMonth + months; // months after the previous fiscal year's end
    const date = new Date(Date.UTC(fiscalYear - 1, monthIndex, 0));
    return date.toISOString().slice(0, 10);
  });
}

function fiscalStart(fiscalEndMonth: number, fiscalYear: number): string {
  return new Date(Date.UTC(fiscalYear - 1, fiscalEndMonth, 1)).toISOString().slice(0, 10);
}

function filler(index: number, start: string, end: string): SyntheticFact {
  const dims = index % 3 === 0 ? { "us-gaap:StatementBusinessSegmentsAxis": `x:Other${index % 7}Member` } : undefined;
  return { concept: `us-gaap:Filler${index % 300}`, value: index * 1_000_000, start, end, ...(dims ? { dims } : {}) };
}

function instanceFacts(entry: ProviderEntry, start: string, end: string, amount: number): SyntheticFact[] {
  const facts: SyntheticFact[] = [];
  for (const metric of Object.values(entry.metrics)) {
    const dims = metric.segment ? { [metric.segment.axis]: metric.segment.members[0] } : undefined;
    facts.push({
      concept: metric.concepts[0],
      value: amount,
      start,
      end,
      unit: entry.currency,
      ...(dims ? { dims } : {}),
    });
  }
  for (let index = 0; index < FILLER_FACTS; index += 1) facts.push(filler(index, start, end));
  return facts;
}

function companyFacts(entry: ProviderEntry, fiscalEndMonth: number): unknown {
  const units = (concept: number) =>
    Array.from({ length: FACTS_PER_CONCEPT }, (_, index) => {
      const year = 2022 + Math.floor(index / 10);
      const ends = quarterEnds(fiscalEndMonth, year);
      return {
        start: fiscalStart(fiscalEndMonth, year),
        end: ends[index % 4],
        val: (concept + 1) * (index + 1) * 1e8,
        accn: `0000000001-${String(year).slice(2)}-${String(index).padStart(6, "0")}`,
        form: index % 4 === 3 ? "10-K" : "10-Q",
        filed: `${year + 1}-0${(index % 4) + 1}-15`,
      };
    });
  const facts: Record<string, { units: Record<string, unknown[]> }> = {};
  for (let concept = 0; concept < FILLER_CONCEPTS; concept += 1)
    facts[`Filler${concept}`] = { units: { USD: units(concept) } };
  for (const metric of Object.values(entry.metrics)) {
    for (const concept of metric.concepts) facts[concept.split(":")[1]] = { units: { [entry.currency]: units(7) } };
  }
  return { cik: entry.cik, entityName: entry.company, facts: { "us-gaap": facts } };
}

function company(entry: ProviderEntry): SyntheticCompany {
  const fiscalEndMonth = entry.currency === "CNY" ? 3 : entry.id === "microsoft" ? 6 : entry.id === "oracle" ? 5 : 12;
  const annualOnly = entry.forms !== undefined && entry.forms.every((form) => form.startsWith("20-F"));
  const filings = [2022, 2023, 2024, 2025].flatMap((year) =>
    quarterEnds(fiscalEndMonth, year)
      .map((end, quarter) => ({ end, quarter }))
      .filter(({ quarter }) => !annualOnly || quarter === 3)
      .map(({ end, quarter }) => ({
        accession: `${String(entry.cik).padStart(10, "0")}-${String(year).slice(2)}-${String(quarter + 1).padStart(6, "0")}`,
        form: quarter === 3 ? (annualOnly ? "20-F" : "10-K") : "10-Q",
        filed: end.replace(/-\d\d$/, "-28"),
        reportDate: end,
        facts: instanceFacts(entry, fiscalStart(fiscalEndMonth, year), end, (quarter + 1) * 1e10),
      })),
  );
  return {
    cik: entry.cik,
    name: entry.company,
    fiscalYearEnd: `${String(fiscalEndMonth).padStart(2, "0")}30`,
    filings,
    companyFacts: companyFacts(entry, fiscalEndMonth),
  };
}

export async function runDatasetBench(): Promise<string[]> {
  const entries = parseProviders(
    JSON.parse(readFileSync(join(ROOT, "assets/providers.json"), "utf8")),
    "providers.json",
  );
  const curatedParse = parseDataset(JSON.parse(readFileSync(join(ROOT, "assets/benchmarks-curated.json"), "utf8")));
  if (!curatedParse.ok) throw new Error(`curated dataset: ${curatedParse.problem}`);
  const curated = curatedParse.dataset;
  const companies = entries.map(company);
  const directory = writeOfflineDirectory(companies);
  try {
    let figures = 0;
    const build = async () => {
      const source = offlineSource(directory);
      const builds = [];
      for (const entry of entries) builds.push(await buildProvider(entry, source));
      const merged = mergeFigures(
        curated,
        entries,
        builds.flatMap((b) => b.figures),
      );
      diffDatasets(curated, merged.dataset, merged.replacements);
      figures = merged.dataset.figures.length;
    };
    await build();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = process.hrtime.bigint();
      await build();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const filings = companies.reduce((sum, c) => sum + c.filings.length, 0);
    return [
      `dataset build from a full offline cache: ${(median(times) / 1000).toFixed(2)} s (median of ${RUNS}; ${entries.length} providers, ${filings} XBRL instances of ${FILLER_FACTS} facts, company facts of ${FILLER_CONCEPTS} concepts; ${figures} figures)`,
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
