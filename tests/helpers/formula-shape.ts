import { parseAddress, type LocatedFormula } from "./evaluate-plan";

export { formulaCells, type LocatedFormula } from "./evaluate-plan";

/**
 * The formula in R1C1 terms relative to its own cell: a row copied across has one shape, so a cell whose shape
 * differs from its neighbours' is a broken copy. Text in quotes is left alone.
 */
export function toR1C1(formula: string, row: number, col: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_, ca, c, ra, r) => {
            const colIndex = parseAddress(`${c}1`).col;
            const rr = ra ? `R${r}` : `R[${Number(r) - row}]`;
            const cc = ca ? `C${colIndex}` : `C[${colIndex - col}]`;
            return rr + cc;
          }),
    )
    .join("");
}

/** Rows (from column `fromCol` on) whose formulas have more than one R1C1 shape, described for a failure message. */
export function inconsistentRows(cells: readonly LocatedFormula[], fromCol: number): string[] {
  const byRow = new Map<string, Set<string>>();
  for (const f of cells) {
    if (f.col < fromCol) continue;
    const key = `${f.sheet}!${f.row}`;
    if (!byRow.has(key)) byRow.set(key, new Set());
    byRow.get(key)!.add(toR1C1(f.cell.formula, f.row, f.col));
  }
  return [...byRow].filter(([, shapes]) => shapes.size > 1).map(([k, shapes]) => `${k}: ${[...shapes].join(" | ")}`);
}
