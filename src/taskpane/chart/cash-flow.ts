import { esc, figure, n, WIDTH } from "./svg";

/** The cumulative discounted cash flow per model year and, if it pays back, the (fractional) payback year. */
export interface CashFlowChartData {
  readonly firstYear: number;
  /** Cumulative discounted cash flow at the end of each model year, RMB bn. */
  readonly cumulative: readonly number[];
  /** Discounted payback as a calendar year (2031.4), or null when it does not pay back within the horizon. */
  readonly payback: number | null;
}

export interface CashFlowChartLabels {
  readonly caption: string;
  readonly paybackMark: string;
  /** The picture in one sentence, built from the same formatted figures the picture labels. */
  readonly alternative: string;
  /** Axis labels, already formatted: the lowest and highest value and the first and last year. */
  readonly low: string;
  readonly high: string;
}

const HEIGHT = 150;
const PLOT = { left: 44, right: WIDTH - 6, top: 14, bottom: HEIGHT - 18 };

/** Bars of the cumulative discounted cash flow (red below zero, green above) and a dashed line at the payback. */
export function cashFlowChartSvg(data: CashFlowChartData, labels: CashFlowChartLabels): string {
  const values = data.cumulative;
  const count = values.length;
  if (count === 0) return figure("cc-cash", labels.caption, labels.alternative, "", HEIGHT);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const y = (v: number) => PLOT.top + ((high - v) / span) * (PLOT.bottom - PLOT.top);
  const step = (PLOT.right - PLOT.left) / count;
  const centre = (k: number) => PLOT.left + step * (k + 0.5);
  const bars = values
    .map((v, k) => {
      const top = Math.min(y(v), y(0));
      return (
        `<rect class="${v < 0 ? "cc-neg" : "cc-pos"}" x="${n(centre(k) - step * 0.35)}" y="${n(top)}" ` +
        `width="${n(step * 0.7)}" height="${n(Math.abs(y(v) - y(0)))}"/>`
      );
    })
    .join("");
  const lastYear = data.firstYear + count - 1;
  let mark = "";
  if (data.payback !== null && Number.isFinite(data.payback)) {
    // Year k's bar is centred on k; a payback inside year k lies between its bar and the one before (see payback.ts).
    const x = centre(data.payback - data.firstYear);
    mark =
      `<line class="cc-mark" x1="${n(x)}" x2="${n(x)}" y1="${PLOT.top - 4}" y2="${PLOT.bottom}"/>` +
      // The label runs away from the nearer edge, so that it is never cut off.
      (x > (PLOT.left + PLOT.right) / 2
        ? `<text x="${n(x - 3)}" y="${PLOT.top - 4}" text-anchor="end">`
        : `<text x="${n(x + 3)}" y="${PLOT.top - 4}">`) +
      `${esc(labels.paybackMark)}</text>`;
  }
  const axes =
    `<line class="cc-axis" x1="${PLOT.left}" x2="${PLOT.right}" y1="${n(y(0))}" y2="${n(y(0))}"/>` +
    `<line class="cc-axis" x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}"/>` +
    `<text x="${PLOT.left - 3}" y="${n(y(high) + 4)}" text-anchor="end">${esc(labels.high)}</text>` +
    `<text x="${PLOT.left - 3}" y="${n(y(low))}" text-anchor="end">${esc(labels.low)}</text>` +
    `<text x="${n(centre(0))}" y="${HEIGHT - 4}" text-anchor="middle">${data.firstYear}</text>` +
    (count > 1 ? `<text x="${n(centre(count - 1))}" y="${HEIGHT - 4}" text-anchor="middle">${lastYear}</text>` : "");
  return figure("cc-cash", labels.caption, labels.alternative, bars + axes + mark, HEIGHT);
}
