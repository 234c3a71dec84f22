import { groupByProviderAndMetric } from "../benchmarks/diff";
import type { BenchmarkDataset, Figure } from "../benchmarks/schema";
import { periodIdentity, type Replacement } from "./merge";

/** What a new dataset adds, changes and removes against the previous one, grouped by provider and metric. */

export interface FigureChange {
  kind: "added" | "changed" | "removed";
  old?: Figure;
  new?: Figure;
  /** A filing's figure took the place of a curated one. */
  replacesCurated?: Figure;
}

export interface DatasetDiff {
  changes: FigureChange[];
  added: number;
  changed: number;
  removed: number;
}

function differs(a: Figure, b: Figure): boolean {
  return a.value !== b.value || a.period !== b.period || a.sourceUrl !== b.sourceUrl || a.currency !== b.currency;
}

export function diffDatasets(
  previous: BenchmarkDataset | undefined,
  next: BenchmarkDataset,
  replacements: readonly Replacement[] = [],
): DatasetDiff {
  const old = new Map((previous?.figures ?? []).map((figure) => [periodIdentity(figure), figure]));
  const replaced = new Map(replacements.map((entry) => [periodIdentity(entry.filing), entry.curated]));
  const changes: FigureChange[] = [];
  for (const figure of next.figures) {
    const identity = periodIdentity(figure);
    const before = old.get(identity);
    old.delete(identity);
    const curated = replaced.get(identity);
    const extra = curated === undefined ? {} : { replacesCurated: curated };
    if (before === undefined) changes.push({ kind: "added", new: figure, ...extra });
    else if (differs(before, figure)) changes.push({ kind: "changed", old: before, new: figure, ...extra });
  }
  for (const figure of old.values()) changes.push({ kind: "removed", old: figure });
  const count = (kind: FigureChange["kind"]) => changes.filter((change) => change.kind === kind).length;
  return { changes, added: count("added"), changed: count("changed"), removed: count("removed") };
}

function amount(figure: Figure): string {
  const unit = figure.currency === null ? "" : ` ${figure.currency} ${figure.unit}`;
  return `${figure.value}${unit}`;
}

function origin(figure: Figure): string {
  return figure.accessions !== undefined
    ? `${figure.form ?? "filing"} ${figure.accessions.join(" − ")}`
    : figure.publisher;
}

function describeChange(change: FigureChange): string {
  const subject = (change.new ?? change.old) as Figure;
  let line: string;
  if (change.kind === "added") line = `- added ${subject.period}: ${amount(subject)} (${origin(subject)})`;
  else if (change.kind === "removed") line = `- removed ${subject.period}: ${amount(subject)} (${origin(subject)})`;
  else {
    const [before, after] = [change.old as Figure, change.new as Figure];
    const label = before.period === after.period ? after.period : `${before.period} → ${after.period}`;
    line = `- changed ${label}: ${amount(before)} → ${amount(after)} (${origin(before)} → ${origin(after)})`;
  }
  if (change.replacesCurated !== undefined) {
    const curated = change.replacesCurated;
    line += `; the filing replaces the curated ${curated.period} ${amount(curated)} (${curated.publisher})`;
  }
  if (subject.note?.includes("restated") === true && change.kind !== "removed") {
    line += `; ${subject.note
      .split("; ")
      .filter((part) => part.startsWith("restated"))
      .join("; ")}`;
  }
  return line;
}

/** Markdown for a pull request body or a reviewer: one section per provider, one list per metric. */
export function diffMarkdown(
  previous: BenchmarkDataset | undefined,
  next: BenchmarkDataset,
  diff: DatasetDiff,
): string {
  const lines = [
    "# Benchmark dataset changes",
    "",
    `${previous === undefined ? "No previous dataset" : `From version ${previous.version} (as of ${previous.asOf})`} to version ${next.version} (as of ${next.asOf}): ${diff.added} added, ${diff.changed} changed, ${diff.removed} removed.`,
  ];
  const providerNames = new Map([...(previous?.providers ?? []), ...next.providers].map((p) => [p.id, p.name]));
  const metricNames = new Map([...(previous?.metrics ?? []), ...next.metrics].map((m) => [m.id, m.name]));
  // The same grouping as the pane's preview of a refresh; in the order the changes come (the new dataset's order).
  const grouped = groupByProviderAndMetric(diff.changes, (change) => (change.new ?? change.old) as Figure);
  for (const [provider, metrics] of grouped) {
    lines.push("", `## ${providerNames.get(provider) ?? provider}`);
    for (const [metric, changes] of metrics) {
      lines.push("", `### ${metricNames.get(metric) ?? metric}`, "", ...changes.map(describeChange));
    }
  }
  if (diff.changes.length === 0) lines.push("", "No figure changed.");
  return `${lines.join("\n")}\n`;
}
