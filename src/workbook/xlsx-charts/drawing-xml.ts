import { parseRect } from "../cell-text";
import type { ChartPlan } from "../plan-types";
import { escapeXml, NS, REL_TYPE, XML_DECLARATION } from "./xml";

/**
 * The drawing part of one sheet (xl/drawings/drawingN.xml): one two-cell anchor per chart, covering the cells of the
 * plan's `position` (as Office.js's `chart.setPosition(start, end)` does), and its relationships to the chart parts.
 */

export interface AnchoredChart {
  readonly chart: ChartPlan;
  /** Relationship id of the chart part in the drawing's .rels. */
  readonly relationshipId: string;
  /** The chart part's file name relative to xl/drawings/, e.g. "../charts/chart3.xml". */
  readonly target: string;
}

export function drawingXml(charts: readonly AnchoredChart[]): string {
  const anchors = charts.map(({ chart, relationshipId }, i) => anchorXml(chart, relationshipId, i + 2)).join("");
  return (
    XML_DECLARATION + `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}">${anchors}</xdr:wsDr>`
  );
}

export function drawingRelsXml(charts: readonly AnchoredChart[]): string {
  const rels = charts
    .map(
      ({ relationshipId, target }) =>
        `<Relationship Id="${relationshipId}" Type="${REL_TYPE.chart}" Target="${escapeXml(target)}"/>`,
    )
    .join("");
  return XML_DECLARATION + `<Relationships xmlns="${NS.packageRelationships}">${rels}</Relationships>`;
}

const marker = (tag: "from" | "to", column: number, row: number) =>
  `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

function anchorXml(chart: ChartPlan, relationshipId: string, shapeId: number): string {
  const rect = parseRect(chart.position);
  const title = escapeXml(chart.title);
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("from", rect.left, rect.top) +
    marker("to", rect.left + rect.columns, rect.top + rect.rows) +
    '<xdr:graphicFrame macro="">' +
    // The description is the chart's text alternative for screen readers.
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="Chart ${shapeId - 1}" descr="${title}"/>` +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.relationships}" r:id="${relationshipId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}
