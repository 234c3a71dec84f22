import type { StyleName } from "./plan-types";

/**
 * What each plan style looks like, in one place for both renderers, so that the workbook written by Office.js and
 * the .xlsx written by ExcelJS look the same.
 *
 * Conventions (FAST standard and common industry practice): inputs are blue on pale yellow so that a reader sees at
 * a glance what may be changed; calculations are black; links that pull a value from another sheet are green;
 * outputs are bold with accounting rules above and below. Checks are neutral here: whether a check passes is only
 * known in the workbook, so red/green comes from the plan's conditional formats, not from a static colour.
 *
 * Layering rule, the same in both renderers: a later format on the same cell replaces font and fill entirely
 * (unset fields fall back to the defaults below), while borders add up.
 */

export type BorderWeight = "thin" | "medium" | "double";

export interface BorderLine {
  readonly weight: BorderWeight;
  /** "#RRGGBB" */
  readonly color: string;
}

export interface CellStyle {
  /** "#RRGGBB" */
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Points. */
  readonly fontSize: number;
  /** Solid fill, "#RRGGBB"; null: no fill. */
  readonly fill: string | null;
  readonly borders: {
    readonly top?: BorderLine;
    readonly bottom?: BorderLine;
    readonly left?: BorderLine;
    readonly right?: BorderLine;
  };
}

export const DEFAULT_FONT_SIZE = 11;

const BLACK = "#000000";
const GREY = "#595959";
const INPUT_BLUE = "#0000FF";
const INPUT_YELLOW = "#FFF2CC";
const LINK_GREEN = "#008000";
const RULE = "#808080";

const base: CellStyle = {
  fontColor: BLACK,
  bold: false,
  italic: false,
  fontSize: DEFAULT_FONT_SIZE,
  fill: null,
  borders: {},
};

const thin = (color = RULE): BorderLine => ({ weight: "thin", color });

export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { ...base, bold: true, fontSize: 16 },
  subtitle: { ...base, italic: true, fontColor: GREY, fontSize: 12 },
  heading: { ...base, bold: true, fill: "#D9E1F2", borders: { bottom: thin("#8EA9DB") } },
  label: base,
  unit: { ...base, italic: true, fontColor: GREY },
  note: { ...base, italic: true, fontColor: "#7F7F7F" },
  // Boxed as well as coloured, so that inputs stay recognisable when printed in black and white.
  input: {
    ...base,
    fontColor: INPUT_BLUE,
    fill: INPUT_YELLOW,
    borders: { top: thin("#BFBFBF"), bottom: thin("#BFBFBF"), left: thin("#BFBFBF"), right: thin("#BFBFBF") },
  },
  calculation: base,
  link: { ...base, fontColor: LINK_GREEN },
  output: { ...base, bold: true, borders: { top: thin(BLACK), bottom: { weight: "double", color: BLACK } } },
  check: { ...base, bold: true, fill: "#F2F2F2" },
  timeline: { ...base, bold: true, fontColor: "#FFFFFF", fill: "#404040" },
  tableHeader: { ...base, bold: true, borders: { bottom: thin(BLACK) } },
};

/** "#RRGGBB" to ExcelJS's "FFRRGGBB". */
export function toArgb(hex: string): string {
  const body = hex.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(body)) throw new Error(`Expected a colour like "#RRGGBB", got "${hex}"`);
  return `FF${body}`;
}

/** Excel's column width in characters (of the default font's digits) to points, which Office.js takes. */
export function widthToPoints(characters: number): number {
  // Calibri 11 at 96 dpi: 7 px per character plus 5 px of padding; 0.75 pt per px.
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
