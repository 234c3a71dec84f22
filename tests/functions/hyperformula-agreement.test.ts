import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { buildCapexEngine } from "../helpers/hyperformula-capex-plugin";

/**
 * The CAPEX functions evaluated by a real formula engine, beside the same figures built from native spreadsheet
 * functions as the contract defines them: total × weight / sum of weights, base × Π(1 + g_t) as a running product,
 * discounted flows, running sums and the payback interpolation, and depreciation as Σ_k capex_k · share_k(t) with each
 * share written out as the contract defines it.
 */

const col = (index: number): string => String.fromCharCode("A".charCodeAt(0) + index);
/** A1 address of row `row` (1-based) and column `index` (0-based). */
const at = (index: number, row: number): string => `${col(index)}${row}`;

/** Builds one sheet row by row, remembering where each block of cells went. */
class SheetBuilder {
  readonly rows: RawCellContent[][] = [];
  /** Adds a row and returns its 1-based number. */
  add(cells: RawCellContent[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }
  /** Row number the next `add` will use. */
  get next(): number {
    return this.rows.length + 1;
  }
}

interface Comparison {
  readonly label: string;
  readonly capex: string[];
  readonly native: string[];
}

const sheet = new SheetBuilder();
const comparisons: Comparison[] = [];
const PERIODS = 6;
const FIRST = 1; // column B: column A holds the inputs of each block
const periodCells = (row: number, n = PERIODS) => Array.from({ length: n }, (_, t) => at(FIRST + t, row));

// Period numbers 1..n, used by the native formulas.
const indexRow = sheet.add(["i", ...Array.from({ length: PERIODS }, (_, t) => t + 1)]);
const nCell = "$A$" + sheet.add([PERIODS]);

function pacingBlock(profile: string, nativeWeight: (i: string) => string, customWeights?: RawCellContent[]): void {
  const total = sheet.add([380]);
  const weightsRow = sheet.next;
  const weights = Array.from({ length: PERIODS }, (_, t) =>
    customWeights ? customWeights[t] : `=${nativeWeight(at(FIRST + t, indexRow))}`,
  );
  sheet.add([profile, ...weights]);
  const range = `$${col(FIRST)}$${weightsRow}:$${col(FIRST + PERIODS - 1)}$${weightsRow}`;
  const args = customWeights ? `, , ${range}` : `, "${profile}"`;
  const capexRow = sheet.add([null, `=CAPEX.PACING(A${total}, ${nCell}${args})`]);
  const nativeRow = sheet.add([
    null,
    ...Array.from({ length: PERIODS }, (_, t) => {
      // A blank custom weight counts as 0, as it does natively.
      return `=$A$${total}*N(${at(FIRST + t, weightsRow)})/SUM(${range})`;
    }),
  ]);
  comparisons.push({ label: `PACING ${profile}`, capex: periodCells(capexRow), native: periodCells(nativeRow) });
}

const logistic = (x: string) => `(1/(1+EXP(-(${x}))))`;
const sCurveG = (x: string) =>
  `((${logistic(`10*((${x})-0.5)`)}-${logistic("-5")})/(${logistic("5")}-${logistic("-5")}))`;

pacingBlock("even", () => "1");
pacingBlock("front", (i) => `${nCell}-${i}+1`);
pacingBlock("back", (i) => i);
pacingBlock("scurve", (i) => `${sCurveG(`${i}/${nCell}`)}-${sCurveG(`(${i}-1)/${nCell}`)}`);
pacingBlock("custom", () => "", [1, 0, 3, null, 2.5, 0.5]);

function cloudGrowthBlock(base: number, growth: number, terminal: number | null): void {
  const inputs = sheet.add([base, growth, terminal]);
  const terminalRef = terminal === null ? `$B$${inputs}` : `$C$${inputs}`;
  const terminalArg = terminal === null ? "" : `, C${inputs}`;
  const capexRow = sheet.add([null, `=CAPEX.CLOUDGROWTH(A${inputs}, B${inputs}, ${nCell}${terminalArg})`]);
  // g_t = growth + (terminal - growth) (t - 1) / (n - 1)
  const rateRow = sheet.add([
    "g",
    ...Array.from(
      { length: PERIODS },
      (_, t) => `=$B$${inputs}+(${terminalRef}-$B$${inputs})*(${at(FIRST + t, indexRow)}-1)/(${nCell}-1)`,
    ),
  ]);
  // R_t = R_(t-1) (1 + g_t), R_0 = base: a running product.
  const nativeRow = sheet.next;
  sheet.add([
    "R",
    ...Array.from({ length: PERIODS }, (_, t) => {
      const previous = t === 0 ? `$A$${inputs}` : at(FIRST + t - 1, nativeRow);
      return `=${previous}*(1+${at(FIRST + t, rateRow)})`;
    }),
  ]);
  comparisons.push({
    label: `CLOUDGROWTH ${base} ${growth} ${terminal}`,
    capex: periodCells(capexRow),
    native: periodCells(nativeRow),
  });
}

cloudGrowthBlock(113.4, 0.11, 0.05);
cloudGrowthBlock(100, 0.2, null);
cloudGrowthBlock(50, -0.3, 0.4);

function paybackBlock(label: string, flows: RawCellContent[], firstYear: number | null, rate: number | null): void {
  const n = flows.length;
  const inputs = sheet.add([firstYear, rate]);
  const flowRow = sheet.add(["cf", ...flows]);
  const cells = (row: number) => `${at(FIRST, row)}:${at(FIRST + n - 1, row)}`;
  const rateRef = rate === null ? "0" : `$B$${inputs}`;
  const optionalArgs =
    (firstYear === null ? (rate === null ? "" : ", ") : `, A${inputs}`) + (rate === null ? "" : `, B${inputs}`);
  const capexRow = sheet.add([null, `=CAPEX.PAYBACKYEAR(${cells(flowRow)}${optionalArgs})`]);
  // d_k = cf_k / (1 + r)^k, k = 0..n-1
  const dRow = sheet.add(["d", ...flows.map((_, k) => `=N(${at(FIRST + k, flowRow)})/(1+${rateRef})^${k}`)]);
  // C_k: running sum of d
  const cRow = sheet.next;
  sheet.add(["C", ...flows.map((_, k) => `=${k === 0 ? "0" : at(FIRST + k - 1, cRow)}+${at(FIRST + k, dRow)}`)]);
  // S_k: has the cumulative been negative by year k?
  const sRow = sheet.next;
  sheet.add([
    "S",
    ...flows.map(
      (_, k) => `=IF(OR(${k === 0 ? "FALSE()" : `${at(FIRST + k - 1, sRow)}=1`}, ${at(FIRST + k, cRow)}<0), 1, 0)`,
    ),
  ]);
  // R_k: 1 in the years where it was negative before and is back to 0 or more.
  const rRow = sheet.add([
    "R",
    ...flows.map((_, k) => (k === 0 ? 0 : `=IF(AND(${at(FIRST + k - 1, sRow)}=1, ${at(FIRST + k, cRow)}>=0), 1, 0)`)),
  ]);
  // Position P of the first recovery (flow p = P - 1): payback = first_year + (p - 1) + (-C_(p-1) / d_p).
  const nativeRow = sheet.add([
    null,
    `=MATCH(1, ${cells(rRow)}, 0)`,
    `=${firstYear === null ? 0 : `$A$${inputs}`}+(B${sheet.next}-2)+(-INDEX(${cells(cRow)}, 1, B${sheet.next}-1))/INDEX(${cells(dRow)}, 1, B${sheet.next})`,
  ]);
  comparisons.push({ label: `PAYBACKYEAR ${label}`, capex: [at(FIRST, capexRow)], native: [at(FIRST + 1, nativeRow)] });
}

paybackBlock("{-100, 50, 60}", [-100, 50, 60], null, null);
paybackBlock("{-100, 50, 60} from 2025", [-100, 50, 60], 2025, null);
paybackBlock("textbook at 12%", [-200_000, 60_000, 70_000, 81_200, 60_000], 2025, 0.12);
paybackBlock("blank year, discounted", [-500, null, 120, 200, 300, 400], 2030, 0.08);
paybackBlock("first negative later, dip after", [10, -30, 15, 30, -100, 200], 2024, 0.05);

/** The contract's share of year k's spend charged in year t, as a native formula of d = t − k and the life L. */
function nativeShare(convention: "same" | "next" | "half", d: string, life: string): string {
  switch (convention) {
    case "same":
      return `IF(AND(${d}>=0, ${d}<=${life}-1), 1/${life}, 0)`;
    case "next":
      return `IF(AND(${d}>=1, ${d}<=${life}), 1/${life}, 0)`;
    case "half":
      return `IF(OR(${d}=0, ${d}=${life}), 1/(2*${life}), IF(AND(${d}>=1, ${d}<=${life}-1), 1/${life}, 0))`;
  }
}

/**
 * DEPRECIATION of a 6-year capex row (with a blank) beside Σ_k capex_k · share_k(t): one row of shares per year t.
 * `optionalArgs` is written after the life as the user would type it; the width is always 6 periods.
 */
function depreciationBlock(life: number, convention: "same" | "next" | "half", optionalArgs: string): void {
  const lifeRow = sheet.add([life]);
  const capex: RawCellContent[] = [100, 50, null, 80, 0, 20];
  const capexRow = sheet.add(["capex", ...capex]);
  const range = `$${col(FIRST)}$${capexRow}:$${col(FIRST + PERIODS - 1)}$${capexRow}`;
  const resultRow = sheet.add([null, `=CAPEX.DEPRECIATION(${range}, A${lifeRow}${optionalArgs})`]);
  const nativeCells: RawCellContent[] = [];
  for (let t = 0; t < PERIODS; t++) {
    // k = i − 1 from the index row, so d = t − k = t + 1 − i.
    const shareRow = sheet.add([
      `share t=${t}`,
      ...Array.from({ length: PERIODS }, (_, k) => {
        const d = `(${t}+1-${at(FIRST + k, indexRow)})`;
        return `=${nativeShare(convention, d, `$A$${lifeRow}`)}`;
      }),
    ]);
    nativeCells.push(`=SUMPRODUCT(${range}, ${at(FIRST, shareRow)}:${at(FIRST + PERIODS - 1, shareRow)})`);
  }
  const nativeRow = sheet.add([null, ...nativeCells]);
  comparisons.push({
    label: `DEPRECIATION life ${life} ${convention}${optionalArgs}`,
    capex: periodCells(resultRow),
    native: periodCells(nativeRow),
  });
}

depreciationBlock(2, "half", "");
depreciationBlock(3, "same", `, ${nCell}, "same"`);
depreciationBlock(4, "next", `, ${nCell}, "Next"`);
depreciationBlock(1, "half", ', , "half"');
depreciationBlock(6, "half", `, ${nCell}`);

// REQUIREDGROWTH against the hand-solved quadratic of tests/core/model.test.ts: g^2 + 3g - 1 = 0.
const requiredRow = sheet.add([null, "=CAPEX.REQUIREDGROWTH(100, 1, 100, 1, 1)", "=(-3+SQRT(13))/2"]);
comparisons.push({ label: "REQUIREDGROWTH", capex: [at(FIRST, requiredRow)], native: [at(FIRST + 1, requiredRow)] });

function valueAt(engine: HyperFormula, a1: string): unknown {
  const address = engine.simpleCellAddressFromString(a1, engine.getSheetId("Model")!);
  return engine.getCellValue(address!);
}

function expectAgreement(engine: HyperFormula): void {
  for (const { label, capex, native } of comparisons) {
    const ours = capex.map((a1) => valueAt(engine, a1));
    const theirs = native.map((a1) => valueAt(engine, a1));
    for (let i = 0; i < ours.length; i++) {
      const [a, b] = [ours[i], theirs[i]];
      const context = `${label}, item ${i + 1}: CAPEX ${String(a)} vs native ${String(b)}`;
      expect({ context, numbers: typeof a === "number" && typeof b === "number" }).toEqual({ context, numbers: true });
      const scale = Math.max(Math.abs(a as number), Math.abs(b as number), 1e-300);
      expect({ context, agrees: Math.abs((a as number) - (b as number)) <= 1e-9 * scale }).toEqual({
        context,
        agrees: true,
      });
    }
  }
}

describe("CAPEX functions in HyperFormula agree with native formulas", () => {
  it("with blank cells passed as null (Excel on the web)", () => {
    expectAgreement(buildCapexEngine({ Model: sheet.rows }));
  });

  it("with blank cells passed as 0 (Excel desktop)", () => {
    expectAgreement(buildCapexEngine({ Model: sheet.rows }, { blankCellsAs: 0 }));
  });

  it("spills row results to the right, one column per period", () => {
    const engine = buildCapexEngine({ Model: [['=CAPEX.PACING(60, 3, "back")', null, null, "after"]] });
    const values = engine.getSheetValues(engine.getSheetId("Model")!);
    expect(values[0].slice(0, 3).map((v) => (v as number).toFixed(9))).toEqual([
      "10.000000000",
      "20.000000000",
      "30.000000000",
    ]);
    expect(values[0][3]).toBe("after");
  });
});

describe("the plugin's sizing of row results", () => {
  it("sizes DEPRECIATION without periods by its capex range or array literal", () => {
    const engine = buildCapexEngine({ Model: [[100, 0, 0, 0], ["=CAPEX.DEPRECIATION(A1:D1, 2)"]] });
    expect(engine.getSheetValues(engine.getSheetId("Model")!)[1]).toEqual([25, 50, 25, 0]);
    const literal = buildCapexEngine({ Model: [['=CAPEX.DEPRECIATION({100, 0, 0}, 2, , "next")']] });
    expect(literal.getSheetValues(literal.getSheetId("Model")!)[0]).toEqual([0, 50, 50]);
  });

  it("takes periods from a constant cell entered before the formula", () => {
    const engine = buildCapexEngine({ Model: [[4], ["=CAPEX.PACING(100, A1)"]] });
    expect(engine.getSheetValues(engine.getSheetId("Model")!)[1]).toEqual([25, 25, 25, 25]);
  });

  it("reports an error, never a cut-off row, when periods is only known after evaluation", () => {
    const engine = buildCapexEngine({ Model: [["=2+2"], ["=CAPEX.PACING(100, A1)"]] });
    const row = engine.getSheetValues(engine.getSheetId("Model")!)[1];
    expect(row).toHaveLength(1);
    expect(row[0]).toBeInstanceOf(DetailedCellError);
  });
});

describe("CAPEX errors in HyperFormula", () => {
  // One formula per row with nothing to its right, so that a row result has room to spill and cannot turn #SPILL!.
  const formulas = [
    "=CAPEX.PACING(10, 2.5)",
    "=CAPEX.PAYBACKYEAR({-100, 50, 40})",
    '=CAPEX.PAYBACKYEAR({-100, "50", 60})',
    '=CAPEX.PACING(10, 3, "linear")',
    "=CAPEX.PAYBACKYEAR({100, 50})",
    "=CAPEX.PACING(1/0, 3)",
    "=CAPEX.CLOUDGROWTH(10^300, 9, 600)",
    "=CAPEX.REQUIREDGROWTH(380, 3, 0, 0.3, 8)",
    "=CAPEX.PACING(10, 3, , {1, 2; 3, 4})",
    "=CAPEX.DEPRECIATION({100, -1}, 2)",
    '=CAPEX.DEPRECIATION({100, 0}, 2, , "mid")',
    "=CAPEX.DEPRECIATION({100, 0}, 51)",
  ];
  const engine = buildCapexEngine({ Errors: formulas.map((formula) => [formula]) });
  const errorAt = (a1: string): DetailedCellError => {
    const value = engine.getCellValue(engine.simpleCellAddressFromString(a1, engine.getSheetId("Errors")!)!);
    expect(value).toBeInstanceOf(DetailedCellError);
    return value as DetailedCellError;
  };

  it.each([
    ["A1", "#NUM!", /whole number/],
    ["A2", "#N/A", /not paid back/],
    ["A3", "#VALUE!", /item 2 is text/],
    ["A4", "#VALUE!", /not known/],
    ["A5", "#NUM!", /nothing to pay back/],
    ["A7", "#NUM!", /overflows/],
    ["A8", "#N/A", /1,000% a year/],
    ["A9", "#VALUE!", /single row or column/],
    ["A10", "#NUM!", /item 2 is -1/],
    ["A11", "#VALUE!", /convention "mid" is not known/],
    ["A12", "#NUM!", /life must be a whole number/],
  ])("%s is %s with the function's message", (a1, code, message) => {
    const error = errorAt(a1);
    expect(error.value).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("passes an error in an argument through without calling the function", () => {
    expect(errorAt("A6").value).toBe("#DIV/0!");
  });
});
