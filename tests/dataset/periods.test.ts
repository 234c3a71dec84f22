import fc from "fast-check";
import { addDays, classifyDuration, durationDays, labelPeriod, periodSlot } from "../../src/dataset/periods";
import { resolvePeriods } from "../../src/dataset/resolve";
import type { SourceFact } from "../../src/dataset/facts";

describe("period lengths", () => {
  it.each([
    ["2024-10-01", "2024-12-31", "quarter"],
    ["2024-01-01", "2024-03-20", "quarter"], // 80 days
    ["2024-01-01", "2024-03-19", "other"], // 79 days
    ["2024-01-01", "2024-04-09", "quarter"], // 100 days
    ["2024-01-01", "2024-04-10", "other"], // 101 days
    ["2024-01-01", "2024-12-31", "year"],
    ["2023-01-01", "2023-12-16", "year"], // 350 days
    ["2023-01-01", "2024-01-15", "year"], // 380 days
    ["2023-01-01", "2024-01-16", "other"], // 381 days
    ["2024-01-01", "2024-06-30", "ytd"],
    ["2024-07-01", "2025-03-31", "ytd"],
  ])("%s to %s is %s", (start, end, expected) => {
    expect(classifyDuration(start, end)).toBe(expected);
  });

  it("counts both ends", () => {
    expect(durationDays("2024-01-01", "2024-12-31")).toBe(366);
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
  });
});

describe("period labels", () => {
  it.each([
    ["2024-12-31", "quarter", 12, "Q4 2024", "quarter"],
    ["2024-12-31", "year", 12, "2024", "year"],
    ["2025-12-31", "quarter", 6, "Q2 FY2026", "fiscalQuarter"], // Microsoft
    ["2025-06-30", "year", 6, "FY2025", "fiscalYear"],
    ["2025-06-30", "quarter", 6, "Q4 FY2025", "fiscalQuarter"],
    ["2024-12-31", "quarter", 3, "Q3 FY2025", "fiscalQuarter"], // Alibaba
    ["2025-03-31", "year", 3, "FY2025", "fiscalYear"],
    ["2025-08-31", "quarter", 5, "Q1 FY2026", "fiscalQuarter"], // Oracle
    ["2024-09-28", "quarter", 9, "Q4 FY2024", "fiscalQuarter"], // a 52/53-week year ending late September
    ["2025-01-03", "year", 12, "2024", "year"], // a 53-week year ending in the first days of January
  ] as const)("%s (%s, fiscal year ending in month %i) is %s", (end, duration, month, period, kind) => {
    expect(labelPeriod(end, duration, month)).toEqual({ period, periodKind: kind });
  });

  it("gives every quarter of any fiscal year a number from 1 to 4, and four consecutive quarters four numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2040 }), (fiscalEnd, year) => {
        const ends = [0, 3, 6, 9].map((offset) => {
          const month = ((fiscalEnd + offset) % 12) + 1;
          const endYear = year + Math.floor((fiscalEnd + offset) / 12);
          const last = new Date(Date.UTC(endYear, month, 0)).toISOString().slice(0, 10);
          return labelPeriod(last, "quarter", fiscalEnd).period;
        });
        expect(ends.map((label) => label.match(/^Q(\d)/)?.[1])).toEqual(["1", "2", "3", "4"]);
        if (fiscalEnd !== 12) expect(new Set(ends.map((label) => label.slice(3))).size).toBe(1);
      }),
    );
  });

  it("puts a fiscal and a calendar label for the same quarter in the same slot", () => {
    expect(periodSlot("fiscalQuarter", "2024-12-31")).toBe(periodSlot("quarter", "2024-12-31"));
    expect(periodSlot("fiscalYear", "2025-03-31")).not.toBe(periodSlot("fiscalQuarter", "2025-03-31"));
    expect(periodSlot("fiscalHalf", "2025-09-30")).toBeUndefined();
  });
});

describe("year-to-date differencing (property)", () => {
  const fact = (start: string, end: string, value: number, accession: string): SourceFact => ({
    concept: "c:X",
    value,
    unit: "USD",
    start,
    end,
    accession,
    form: "10-Q",
    filed: end,
  });

  it("gives four quarters that add up to the year, whatever the amounts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5e9, max: 5e10 }), { minLength: 4, maxLength: 4 }), (quarters) => {
        const ytd = quarters.map((_, index) => quarters.slice(0, index + 1).reduce((a, b) => a + b, 0));
        const ends = ["2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"];
        const facts = ends.map((end, index) => fact("2025-07-01", end, ytd[index], `0000000001-2${index}-000001`));
        const derived = resolvePeriods(facts, ["c:X"]).filter((figure) => figure.duration === "quarter");
        expect(derived.map((figure) => figure.value)).toEqual(quarters);
        expect(derived.map((figure) => figure.derived)).toEqual([false, true, true, true]);
      }),
    );
  });

  it("derives nothing across a gap of more than a quarter", () => {
    const facts = [fact("2025-01-01", "2025-03-31", 1, "a-25-1"), fact("2025-01-01", "2025-09-30", 5, "a-25-2")];
    expect(resolvePeriods(facts, ["c:X"]).map((figure) => figure.end)).toEqual(["2025-03-31"]);
  });
});
