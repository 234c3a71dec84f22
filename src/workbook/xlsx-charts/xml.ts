/** XML text helpers for the chart parts: every string from the plan goes through `escapeXml`. */

/** Text or attribute content, escaped; characters XML 1.0 forbids (control characters) are dropped. */
export function escapeXml(text: string): string {
  return (
    Array.from(text)
      .filter((ch) => !isForbiddenInXml(ch.codePointAt(0) ?? 0))
      .join("")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // Parsers turn a raw carriage return into a newline, and tabs and newlines in attributes into spaces.
      .replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`)
  );
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

export const REL_TYPE = {
  chart: `${NS.relationships}/chart`,
  drawing: `${NS.relationships}/drawing`,
} as const;

export const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

/** XML 1.0 allows tab, newline and carriage return among the control characters, and not U+FFFE/U+FFFF. */
function isForbiddenInXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}
