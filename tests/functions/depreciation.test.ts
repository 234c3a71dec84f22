import { depreciation } from "../../src/functions/functions";
import { expectExcelError } from "./excel-error";

const VALUE = "#VALUE!";
const NUM = "#NUM!";

describe("CAPEX.DEPRECIATION as Excel calls it", () => {
  it("gives the contract's examples", () => {
    expect(depreciation([[100, 0, 0, 0]], 2)).toEqual([[25, 50, 25, 0]]);
    expect(depreciation([[100, 0, 0]], 2, null, "next")).toEqual([[0, 50, 50]]);
    expect(depreciation([[60, 60]], 3, 5, "same")).toEqual([[20, 40, 40, 20, 0]]);
  });

  it("takes the capex as a row or a column, the same either way", () => {
    expect(depreciation([[100], [0], [0], [0]], 2)).toEqual([[25, 50, 25, 0]]);
  });

  it("takes a single amount passed on its own as a one-cell range", () => {
    expect(depreciation(100 as unknown as unknown[][], 2, 3)).toEqual([[25, 50, 25]]);
  });

  it("counts blank amounts as 0, whether Excel passes them as null (web) or 0 (desktop)", () => {
    expect(depreciation([[100, null, null, null]], 2)).toEqual([[25, 50, 25, 0]]);
    expect(depreciation([[100, 0, 0, 0]], 2)).toEqual([[25, 50, 25, 0]]);
  });

  it("treats a blank periods or convention as omitted: as many periods as amounts, half-year convention", () => {
    expect(depreciation([[100, 0, 0, 0]], 2, null, null)).toEqual([[25, 50, 25, 0]]);
    expect(depreciation([[100, 0, 0, 0]], 2, undefined, "")).toEqual([[25, 50, 25, 0]]);
  });

  it("reads the convention case-insensitively and ignores surrounding spaces", () => {
    expect(depreciation([[100, 0, 0]], 2, null, " NEXT ")).toEqual([[0, 50, 50]]);
    expect(depreciation([[100, 0, 0]], 2, null, "Half")).toEqual([[25, 50, 25]]);
  });

  it.each([
    ["text among the amounts", () => depreciation([[100, "50"]], 2), VALUE, /item 2 is text "50"/],
    ["a boolean among the amounts", () => depreciation([[100], [true]], 2), VALUE, /item 2/],
    [
      "a 2-D block of amounts",
      () =>
        depreciation(
          [
            [1, 2],
            [3, 4],
          ],
          2,
        ),
      VALUE,
      /single row or column/,
    ],
    ["text as the life", () => depreciation([[100]], "2"), VALUE, /life/],
    ["a boolean as the periods", () => depreciation([[100]], 2, true), VALUE, /periods/],
    ["a number as the convention", () => depreciation([[100]], 2, 3, 1), VALUE, /convention/],
    ["an unknown convention", () => depreciation([[100]], 2, 3, "mid"), VALUE, /half, next, same/],
    ["a negative amount", () => depreciation([[100, -5]], 2), NUM, /item 2 is -5/],
    ["a NaN amount", () => depreciation([[NaN]], 2), NUM, /finite/],
    ["an infinite amount", () => depreciation([[100, Infinity]], 2), NUM, /finite/],
    ["a blank life (null)", () => depreciation([[100]], null), NUM, /life must be a whole number from 1 to 50/],
    ["a blank life (0)", () => depreciation([[100]], 0), NUM, /life/],
    ["a life of 51", () => depreciation([[100]], 51), NUM, /life/],
    ["a life of 2.5", () => depreciation([[100]], 2.5), NUM, /life/],
    ["an infinite life", () => depreciation([[100]], Infinity), NUM, /life/],
    ["0 periods", () => depreciation([[100]], 2, 0), NUM, /periods must be a whole number from 1 to 600/],
    ["601 periods", () => depreciation([[100]], 2, 601), NUM, /periods/],
    ["1.5 periods", () => depreciation([[100]], 2, 1.5), NUM, /periods/],
    ["an empty range", () => depreciation([[]], 2), NUM, /periods/],
    [
      "charges past the largest double",
      () => depreciation([[Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE]], 3, 3, "same"),
      NUM,
      /too large/,
    ],
  ] as const)("%s is an error", (_name, run, code, message) => expectExcelError(run, code, message));
});
