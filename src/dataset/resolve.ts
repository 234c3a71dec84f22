import type { SourceFact } from "./facts";
import { addDays, classifyDuration } from "./periods";

/**
 * From every fact that any filing reported to one figure per period: restatements resolved (the latest filing wins,
 * then the latest accession) and quarters that filings only give as year-to-date amounts derived by difference
 * (quarter n = YTD(n) - YTD(n - 1) from the same fiscal-year start; Q4 = fiscal year - nine months).
 */

export interface ResolvedFigure {
  start: string;
  end: string;
  duration: "quarter" | "year";
  /** In the currency's units. */
  value: number;
  concept: string;
  member?: string;
  /** The fact itself, or for a derived quarter the later year-to-date fact first and the earlier one second. */
  facts: SourceFact[];
  derived: boolean;
  /** Other values earlier filings gave for the same period (restated or corrected), newest first. */
  replaced: { value: number; accession: string; filed: string }[];
}

/** Accession numbers are filer-YY-sequence; the year and sequence order them, the filer id only breaks ties. */
export function compareAccessions(a: string, b: string): number {
  const [filerA, yearA, sequenceA] = a.split("-");
  const [filerB, yearB, sequenceB] = b.split("-");
  return (
    (yearA ?? "").localeCompare(yearB ?? "") ||
    (sequenceA ?? "").localeCompare(sequenceB ?? "") ||
    (filerA ?? "").localeCompare(filerB ?? "")
  );
}

/** Newest first: the latest filing date, then the latest accession. */
export function compareFactsNewestFirst(a: SourceFact, b: SourceFact): number {
  if (a.filed !== b.filed) return a.filed < b.filed ? 1 : -1;
  return -compareAccessions(a.accession, b.accession);
}

interface Winner {
  fact: SourceFact;
  replaced: ResolvedFigure["replaced"];
}

/** One fact per period (start and end): the first configured concept with a fact there, then the newest filing. */
export function resolveRestatements(facts: readonly SourceFact[], conceptOrder: readonly string[]): Winner[] {
  const byPeriod = new Map<string, SourceFact[]>();
  for (const fact of facts) {
    const key = `${fact.start}|${fact.end}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), fact]);
  }
  const winners: Winner[] = [];
  for (const candidates of byPeriod.values()) {
    const concept = conceptOrder.find((name) => candidates.some((fact) => fact.concept === name));
    const ofConcept = candidates.filter((fact) => fact.concept === concept).sort(compareFactsNewestFirst);
    const [fact, ...older] = ofConcept;
    const replaced: Winner["replaced"] = [];
    for (const other of older) {
      if (other.value !== fact.value && !replaced.some((entry) => entry.value === other.value)) {
        replaced.push({ value: other.value, accession: other.accession, filed: other.filed });
      }
    }
    winners.push({ fact, replaced });
  }
  return winners;
}

function direct(winner: Winner, duration: "quarter" | "year"): ResolvedFigure {
  const { fact } = winner;
  return {
    start: fact.start,
    end: fact.end,
    duration,
    value: fact.value,
    concept: fact.concept,
    ...(fact.member === undefined ? {} : { member: fact.member }),
    facts: [fact],
    derived: false,
    replaced: winner.replaced,
  };
}

function difference(later: Winner, earlier: Winner): ResolvedFigure {
  return {
    start: addDays(earlier.fact.end, 1),
    end: later.fact.end,
    duration: "quarter",
    value: later.fact.value - earlier.fact.value,
    concept: later.fact.concept,
    ...(later.fact.member === undefined ? {} : { member: later.fact.member }),
    facts: [later.fact, earlier.fact],
    derived: true,
    replaced: [],
  };
}

/** Quarters and years, reported or derived, oldest first; a reported quarter is never replaced by a derived one. */
export function resolvePeriods(facts: readonly SourceFact[], conceptOrder: readonly string[]): ResolvedFigure[] {
  const winners = resolveRestatements(facts, conceptOrder);
  const figures: ResolvedFigure[] = [];
  const byStart = new Map<string, Winner[]>();
  for (const winner of winners) {
    const duration = classifyDuration(winner.fact.start, winner.fact.end);
    if (duration === "quarter" || duration === "year") figures.push(direct(winner, duration));
    byStart.set(winner.fact.start, [...(byStart.get(winner.fact.start) ?? []), winner]);
  }
  const reportedQuarterEnds = new Set(figures.filter((f) => f.duration === "quarter").map((f) => f.end));
  for (const chain of byStart.values()) {
    chain.sort((a, b) => (a.fact.end < b.fact.end ? -1 : 1));
    for (let index = 1; index < chain.length; index += 1) {
      const [earlier, later] = [chain[index - 1], chain[index]];
      if (reportedQuarterEnds.has(later.fact.end) || earlier.fact.concept !== later.fact.concept) continue;
      if (classifyDuration(addDays(earlier.fact.end, 1), later.fact.end) !== "quarter") continue;
      figures.push(difference(later, earlier));
      reportedQuarterEnds.add(later.fact.end);
    }
  }
  return figures.sort((a, b) => (a.end === b.end ? a.duration.localeCompare(b.duration) : a.end < b.end ? -1 : 1));
}
