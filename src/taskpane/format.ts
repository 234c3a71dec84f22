/**
 * Numbers as the user's language writes them. Inputs are text fields rather than type="number" because number
 * inputs follow the browser's locale, not Office's, and silently drop what they cannot parse.
 */
export interface NumberText {
  readonly decimal: string;
  readonly group: string;
}

export function separatorsOf(tag: string): NumberText {
  const parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
}

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * Reads a number typed in the user's language. Group separators are accepted where they group thousands; a lone
 * group separator that does not (German "0.11") is read as a decimal point, since that is what the user meant.
 * Returns undefined for blank text and NaN for text that is not a number.
 */
export function parseLocaleNumber(text: string, tag: string): number | undefined {
  let t = text.replace(SPACES, "").replace(/\u2212/g, "-");
  if (t === "") return undefined;
  const { decimal, group } = separatorsOf(tag);
  const escapedGroup = group.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (t.includes(decimal)) {
    t = t.split(group).join("");
    if (decimal !== ".") t = t.replace(decimal, ".");
  } else if (group.trim() !== "" && t.includes(group)) {
    const grouped = new RegExp(`^[-+]?\\d{1,3}(${escapedGroup}\\d{3})+$`);
    t = grouped.test(t) ? t.split(group).join("") : t.replace(group, ".");
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

/** Text to put back in an input: as many decimals as the value needs (up to `maxDigits`), no grouping. */
export function formatInput(value: number, tag: string, maxDigits = 6): string {
  return new Intl.NumberFormat(tag, { maximumFractionDigits: maxDigits, useGrouping: false }).format(value);
}

export function formatNumber(value: number, tag: string, digits = 1): string {
  return new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A rate as a percentage: 0.206 → "20.6%" (en) or "20,6 %" (de). */
export function formatPercent(rate: number, tag: string, digits = 1): string {
  return new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: digits }).format(rate);
}

/** A fractional calendar year such as 2031.42, shown with one decimal so that it reads as "mid-2031". */
export function formatYear(year: number, tag: string): string {
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 1, useGrouping: false }).format(
    year,
  );
}

export function formatDateTime(date: Date, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A dataset's as-of date ("2026-02-28") in the user's style; anything that is not an ISO date is shown as given. */
export function formatDate(isoDate: string, tag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
