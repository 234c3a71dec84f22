import type { Sheet } from "hyperformula";
import { DEPRECIATION_CONVENTIONS, type DepreciationConvention } from "../src/core/depreciation";
import { depreciation } from "../src/functions/functions";
import { cellRef, SeededRandom } from "./harness";
import type { GridCase, GridSizes } from "./functions";

/**
 * The DEPRECIATION bench case: a capex plan of 1 to 10 years of whole amounts (RMB bn 10 to 200), then nothing,
 * depreciated over a life of 1 to 30 years, the three conventions in turn, over `periods` years.
 * The bare loop is a running window sum of the whole amounts, exact in doubles, divided by the life: one addition, one
 * subtraction and one division a period, the practical limit. The function divides each amount first and guards its
 * running sum against cancellation (src/core/depreciation.ts), so the two agree to rounding, not to the bit.
 */
export function depreciationCase(sizes: GridSizes, seed = 4): GridCase {
  const { calls, periods: n } = sizes;
  const random = new SeededRandom(seed);
  const capex = new Float64Array(calls * n);
  const lives = new Int32Array(calls);
  const conventions: DepreciationConvention[] = [];
  const capexRanges: number[][][] = [];
  for (let c = 0; c < calls; c++) {
    const spendYears = 1 + Math.floor(random.between(0, 10));
    lives[c] = 1 + Math.floor(random.between(0, 30));
    conventions.push(DEPRECIATION_CONVENTIONS[c % DEPRECIATION_CONVENTIONS.length]);
    const row: number[] = [];
    for (let k = 0; k < n; k++) {
      const amount = k < spendYears ? 10 + Math.floor(random.between(0, 191)) : 0;
      capex[c * n + k] = amount;
      row.push(amount);
    }
    capexRanges.push([row]);
  }
  return {
    name: "DEPRECIATION",
    calls,
    periods: n,
    outputWidth: n,
    callFunctions(out) {
      for (let c = 0; c < calls; c++) {
        const row = depreciation(capexRanges[c], lives[c], n, conventions[c])[0];
        if (row.length !== n) throw new Error(`call ${c} spilled ${row.length} values, expected ${n}.`);
        if (out !== undefined) for (let t = 0; t < n; t++) out[c * n + t] = row[t];
      }
    },
    runBareLoop(out) {
      for (let c = 0; c < calls; c++) {
        const life = lives[c];
        const convention = conventions[c];
        const base = c * n;
        let windowSum = 0;
        let previous = 0;
        for (let t = 0; t < n; t++) {
          windowSum += capex[base + t];
          if (t >= life) windowSum -= capex[base + t - life];
          const current = windowSum / life;
          out[base + t] =
            convention === "same" ? current : convention === "next" ? previous : 0.5 * current + 0.5 * previous;
          previous = current;
        }
      }
    },
    hyperFormulaSheet(rows) {
      // Row layout: capex_0..capex_(n-1) | life | result_0..result_(n-1), each a SUM over the window of spends it
      // charges, divided by the life (the window is known when the sheet is built, as a modeller would write it).
      const lifeColumn = n;
      const resultColumn = n + 1;
      const cells: Sheet = [];
      for (let r = 0; r < rows; r++) {
        const life = lives[r];
        const lifeRef = cellRef(lifeColumn, r, true);
        const window = (t: number): string =>
          t < 0 ? "0" : `SUM(${cellRef(Math.max(0, t - life + 1), r)}:${cellRef(t, r)})`;
        const row: Sheet[number] = [];
        for (let k = 0; k < n; k++) row.push(capex[r * n + k]);
        row.push(life);
        for (let t = 0; t < n; t++) {
          const convention = conventions[r];
          if (convention === "same") row.push(`=${window(t)}/${lifeRef}`);
          else if (convention === "next") row.push(`=${window(t - 1)}/${lifeRef}`);
          else row.push(`=(${window(t)}+${window(t - 1)})/(2*${lifeRef})`);
        }
        cells.push(row);
      }
      return { cells, resultColumn };
    },
  };
}
