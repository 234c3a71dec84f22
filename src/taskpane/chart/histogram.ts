import { esc, figure, n, WIDTH } from "./svg";

export interface HistogramLabels {
  readonly caption: string;
  readonly alternative: string;
  /** The first and last year, written under the first and last bar. */
  readonly first: string;
  readonly last: string;
}

const HEIGHT = 70;
const TOP = 4;
const BASE = 54;

/** One column per model year: the risk trials paying back (discounted) in it, scaled to the tallest. */
export function paybackHistogramSvg(counts: readonly number[], labels: HistogramLabels): string {
  const tallest = Math.max(1, ...counts.filter(Number.isFinite));
  const slot = WIDTH / Math.max(counts.length, 1);
  const bars = counts
    .map((count, k) => {
      const h = ((Number.isFinite(count) ? count : 0) / tallest) * (BASE - TOP);
      return `<rect class="cc-pos" x="${n(k * slot + slot * 0.1)}" y="${n(BASE - h)}" width="${n(slot * 0.8)}" height="${n(h)}"/>`;
    })
    .join("");
  const axis = `<line class="cc-axis" x1="0" x2="${WIDTH}" y1="${BASE}" y2="${BASE}"/>`;
  const years =
    `<text x="0" y="${HEIGHT - 4}">${esc(labels.first)}</text>` +
    `<text x="${WIDTH}" y="${HEIGHT - 4}" text-anchor="end">${esc(labels.last)}</text>`;
  return figure("cc-histogram", labels.caption, labels.alternative, bars + axis + years, HEIGHT);
}
