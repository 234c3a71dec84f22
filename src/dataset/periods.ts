import type { PeriodKind } from "../benchmarks/schema";

/**
 * Period rules of the builder: how long a fact's period is, and the label it gets. A fiscal year that ends in
 * December gives calendar labels ("Q3 2024", "2024"); any other keeps fiscal labels ("Q2 FY2026", "FY2025"), the
 * fiscal year named by the calendar year in which it ends, as the companies themselves name it.
 */

export type DurationClass = "quarter" | "year" | "ytd" | "other";

const DAY_MS = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Days from start to end, both inclusive (a calendar quarter is 90-92 days, a year 365-366). */
export function durationDays(start: string, end: string): number {
  return Math.round((utc(end) - utc(start)) / DAY_MS) + 1;
}

export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 80-100 days is a quarter and 350-380 a year; a half year or nine months (165-290) is a year-to-date period. */
export function classifyDuration(start: string, end: string): DurationClass {
  const days = durationDays(start, end);
  if (days >= 80 && days <= 100) return "quarter";
  if (days >= 350 && days <= 380) return "year";
  if (days >= 165 && days <= 290) return "ytd";
  return "other";
}

/**
 * The calendar month a period ends in. A 52/53-week period ending in the first week of a month (e.g. 2 January)
 * counts in the month before, as the company reports it.
 */
export function endMonth(end: string): { year: number; month: number } {
  const [year, month, day] = end.split("-").map(Number);
  if (day > 7) return { year, month };
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

export interface PeriodLabel {
  period: string;
  periodKind: PeriodKind;
}

export function labelPeriod(end: string, duration: "quarter" | "year", fiscalYearEndMonth: number): PeriodLabel {
  const { year, month } = endMonth(end);
  if (fiscalYearEndMonth === 12) {
    return duration === "year"
      ? { period: String(year), periodKind: "year" }
      : { period: `Q${Math.ceil(month / 3)} ${year}`, periodKind: "quarter" };
  }
  const fiscalYear = month <= fiscalYearEndMonth ? year : year + 1;
  if (duration === "year") return { period: `FY${fiscalYear}`, periodKind: "fiscalYear" };
  const monthsIntoYear = (month - fiscalYearEndMonth + 12) % 12 || 12;
  return { period: `Q${Math.ceil(monthsIntoYear / 3)} FY${fiscalYear}`, periodKind: "fiscalQuarter" };
}

/** The slot a figure fills, whatever its label: its duration class and the month it ends in (e.g. "quarter 2024-12"). */
export function periodSlot(periodKind: PeriodKind, periodEnd: string): string | undefined {
  const duration =
    periodKind === "quarter" || periodKind === "fiscalQuarter"
      ? "quarter"
      : periodKind === "year" || periodKind === "fiscalYear"
        ? "year"
        : undefined;
  if (duration === undefined) return undefined;
  const { year, month } = endMonth(periodEnd);
  return `${duration} ${year}-${String(month).padStart(2, "0")}`;
}
