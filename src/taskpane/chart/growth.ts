import { esc, figure, n, WIDTH } from "./svg";

export interface GrowthChartData {
  /** Growth a year needed to pay back (discounted) by the target; null when there is no such rate to show. */
  readonly needed: number | null;
  /** First-year growth the scenario assumes. */
  readonly assumed: number;
}

export interface GrowthChartLabels {
  readonly caption: string;
  readonly alternative: string;
  readonly neededName: string;
  readonly assumedName: string;
  /** The two rates, formatted ("22.6%"); `needed` is ignored when the rate is null. */
  readonly needed: string;
  readonly assumed: string;
}

const ROW = 22;
const LEFT = 64;
const RIGHT = WIDTH - 44;

/** One horizontal bar per rate, on a shared scale from zero, each labelled with its name and value. */
export function growthChartSvg(data: GrowthChartData, labels: GrowthChartLabels): string {
  const rows = [
    ...(data.needed !== null
      ? [{ rate: data.needed, name: labels.neededName, value: labels.needed, cls: "cc-needed" }]
      : []),
    { rate: data.assumed, name: labels.assumedName, value: labels.assumed, cls: "cc-assumed" },
  ];
  const finite = rows.map((r) => (Number.isFinite(r.rate) ? r.rate : 0));
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const span = high - low || 1;
  const x = (rate: number) => LEFT + ((rate - low) / span) * (RIGHT - LEFT);
  const height = rows.length * ROW + 6;
  const body = rows
    .map((r, i) => {
      const rate = finite[i];
      const top = 4 + i * ROW;
      const start = Math.min(x(rate), x(0));
      return (
        `<text x="${LEFT - 4}" y="${top + 12}" text-anchor="end">${esc(r.name)}</text>` +
        `<rect class="${r.cls}" x="${n(start)}" y="${top + 2}" width="${n(Math.abs(x(rate) - x(0)))}" height="${ROW - 8}"/>` +
        `<text x="${n(Math.max(x(rate), x(0)) + 3)}" y="${top + 12}">${esc(r.value)}</text>`
      );
    })
    .join("");
  const axis = `<line class="cc-axis" x1="${n(x(0))}" x2="${n(x(0))}" y1="2" y2="${height - 2}"/>`;
  return figure("cc-growth", labels.caption, labels.alternative, body + axis, height);
}
