import type { Currency, Figure } from "../benchmarks/schema";
import { labelPeriod } from "./periods";
import type { ResolvedFigure } from "./resolve";
import { filingIndexUrl } from "./submissions";

/** Turns a resolved period into a dataset figure in billions, with its provenance. */

export interface FigureContext {
  provider: string;
  metric: string;
  cik: number;
  company: string;
  /** The unit of the facts (USD, CNY). */
  unit: string;
  fiscalYearEndMonth: number;
  note?: string;
}

/** The dataset calls the renminbi RMB, the filings CNY. */
export function datasetCurrency(unit: string): Currency {
  if (unit === "CNY") return "RMB";
  if (unit === "USD") return "USD";
  throw new Error(`unit ${unit} has no dataset currency`);
}

/** Billions, kept to the million that filings report in (decimals -6). */
export function toBillions(value: number): number {
  return Math.round(value / 1e6) / 1e3;
}

function describe(figure: ResolvedFigure, context: FigureContext): string {
  const parts: string[] = [];
  if (figure.member !== undefined) parts.push(`segment ${figure.member}`);
  parts.push(figure.concept);
  if (figure.derived) {
    const [later, earlier] = figure.facts;
    parts.push(`derived: ${later.start} to ${later.end} less ${earlier.start} to ${earlier.end}`);
  }
  for (const old of figure.replaced) {
    parts.push(`restated: ${old.accession} (filed ${old.filed}) reported ${toBillions(old.value)}`);
  }
  if (context.note !== undefined) parts.push(context.note);
  return parts.join("; ");
}

export function toFigure(figure: ResolvedFigure, context: FigureContext): Figure {
  const [primary] = figure.facts;
  const accessions = [...new Set(figure.facts.map((fact) => fact.accession))];
  const filed = figure.facts.reduce((latest, fact) => (fact.filed > latest ? fact.filed : latest), primary.filed);
  const label = labelPeriod(figure.end, figure.duration, context.fiscalYearEndMonth);
  return {
    provider: context.provider,
    metric: context.metric,
    ...label,
    periodEnd: figure.end,
    value: toBillions(figure.value),
    unit: "bn",
    currency: datasetCurrency(context.unit),
    sourceUrl: filingIndexUrl(context.cik, primary.accession),
    publisher: `${context.company} (${primary.form}, SEC EDGAR)`,
    published: filed,
    derived: figure.derived,
    uncertain: false,
    note: describe(figure, context),
    accessions,
    form: primary.form,
    filed,
    concept: figure.concept,
    ...(figure.member === undefined ? {} : { segmentMember: figure.member }),
    periodStart: figure.start,
  };
}
