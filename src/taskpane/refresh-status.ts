import type { ChangeGroup } from "../benchmarks/diff";
import { formatDate, formatInput } from "./format";
import type { Locale } from "./i18n";
import type { FigureCounts, TableOutcome } from "./seam";
import { failed, ok, type Status } from "./status";

/** The refresh's words for the pane: the status after an applied refresh, and the lines of a preview. */

/** One sentence on the figures and the workbook's table; a failed write's own words go underneath. */
export function refreshedStatus(locale: Locale, counts: FigureCounts, table: TableOutcome | undefined): Status {
  const t = locale.text;
  switch (table?.kind) {
    case undefined:
      return ok(t.refreshDone(counts));
    case "updated":
      return ok(t.refreshTableUpdated(counts));
    case "noModel":
      return ok(t.refreshNoModel(counts));
    case "shapeChanged":
      return ok(t.refreshShapeChanged(counts));
    case "failed":
      return failed(t.refreshTableFailed(counts, table.untouched), [table.message]);
  }
}

/** A preview group's heading and its lines (added, then changed old → new, then removed), in the user's language. */
export function previewGroupText(locale: Locale, group: ChangeGroup): { heading: string; lines: string[] } {
  const t = locale.text;
  const number = (value: number) => formatInput(value, locale.tag);
  return {
    heading: `${group.providerName} · ${group.metricName}`,
    lines: [
      ...group.added.map((f) => t.previewAdded(f.period, number(f.value))),
      ...group.changed.map((f) => t.previewChanged(f.period, number(f.oldValue), number(f.newValue))),
      ...group.removed.map((f) => t.previewRemoved(f.period, number(f.value))),
    ],
  };
}

export function previewFromTo(
  locale: Locale,
  from: { version: string; asOf: string },
  to: { version: string; asOf: string },
): string {
  const date = (iso: string) => formatDate(iso, locale.tag);
  return locale.text.previewFromTo(from.version, date(from.asOf), to.version, date(to.asOf));
}
