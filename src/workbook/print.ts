import type * as ExcelJSNamespace from "exceljs";
import { columnName, parseCell } from "./cell-text";
import type { PrintPlan, SheetKey, SheetPlan } from "./plan-types";

/**
 * The print setup of every sheet, derived in one place from what the sheet already says about itself: landscape,
 * one page wide (as many tall as it takes, except those in PAGES_TALL), the frozen timeline header and label columns repeated on every page, the
 * scenario the workbook was built from and the sheet name in the header (row 3, a print title, shows the active one), the page number and print date in the footer. Both renderers apply the
 * same `PrintPlan` (`applyXlsxPrint`, `applyOfficePrint`).
 *
 * Header and footer text uses Excel's codes (&P page, &N pages, &D date, &A sheet name), which Office.js takes too;
 * a literal "&" in the scenario's name is written "&&" so that it cannot start a code.
 */

/** Excel keeps at most 255 characters of each header or footer; the scenario's name is cut well below that. */
const MAX_NAME = 120;

/**
 * Sheets held to a number of pages tall; the others take as many as they need. The Dashboard is one picture: its
 * charts are not cut across pages. The Tornado sheet's inputs' 7 lists and the ranking's 8 (a row per input each,
 * 145 rows) took 3 pages one page wide (2 since its columns fit their numbers); the issue allows 2 per sheet.
 */
const PAGES_TALL: Partial<Record<SheetKey, number>> = { dashboard: 1, tornado: 2 };

export function printSetup(sheet: SheetPlan, scenarioName: string): PrintPlan {
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  const name = scenarioName.length > MAX_NAME ? `${scenarioName.slice(0, MAX_NAME - 1)}…` : scenarioName;
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    fitToPagesTall: PAGES_TALL[sheet.key] ?? 0,
    ...(rows > 0 ? { titleRows: `$1:$${rows}` } : {}),
    ...(columns > 0 ? { titleColumns: `$A:$${columnName(columns - 1)}` } : {}),
    ...(sheet.printThroughRow !== undefined ? { area: printArea(sheet, sheet.printThroughRow) } : {}),
    header: { left: `Built from scenario: ${escapeHeaderText(name)}`, center: "", right: "&A" },
    footer: { left: "Page &P of &N", center: "", right: "Printed &D" },
  };
}

/** From A1 to the last row that prints, as wide as the cells on those rows reach. */
function printArea(sheet: SheetPlan, lastRow: number): string {
  let lastColumn = 0;
  for (const block of sheet.blocks) {
    const at = parseCell(block.anchor);
    block.cells.forEach((cells, r) => {
      if (at.row + r + 1 <= lastRow) lastColumn = Math.max(lastColumn, at.column + cells.length - 1);
    });
  }
  return `$A$1:$${columnName(lastColumn)}$${lastRow}`;
}

/** The sheet with its print setup (the plan builder calls this for every sheet). */
export function withPrintSetup(sheet: SheetPlan, scenarioName: string): SheetPlan {
  return { ...sheet, print: printSetup(sheet, scenarioName) };
}

export function escapeHeaderText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** "&L...&C...&R..." as the .xlsx stores a header or footer. */
export function headerFooterCode(part: PrintPlan["header"]): string {
  return `&L${part.left}&C${part.center}&R${part.right}`;
}

const XLSX_PAPER_SIZE: Readonly<Record<PrintPlan["paperSize"], ExcelJSNamespace.PaperSize>> = { A4: 9 };

export function applyXlsxPrint(sheet: ExcelJSNamespace.Worksheet, print: PrintPlan): void {
  Object.assign(sheet.pageSetup, {
    orientation: print.orientation,
    paperSize: XLSX_PAPER_SIZE[print.paperSize],
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: print.fitToPagesTall,
    ...(print.titleRows ? { printTitlesRow: print.titleRows.replace(/\$/g, "") } : {}),
    ...(print.titleColumns ? { printTitlesColumn: print.titleColumns.replace(/\$/g, "") } : {}),
    // ExcelJS writes "$" + each corner: "A$1" becomes "$A$1". Given "A1" it would write "$A1", which LibreOffice
    // does not take as a print range (it printed the whole sheet).
    ...(print.area ? { printArea: print.area.replace(/(^|:)\$/g, "$1") } : {}),
  });
  sheet.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: headerFooterCode(print.header),
    oddFooter: headerFooterCode(print.footer),
  } as ExcelJSNamespace.HeaderFooter;
}

export function applyOfficePrint(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize;
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: print.fitToPagesTall };
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
  if (print.titleColumns) layout.setPrintTitleColumns(print.titleColumns);
  if (print.area) layout.setPrintArea(print.area);
  const pages = layout.headersFooters.defaultForAllPages;
  pages.leftHeader = print.header.left;
  pages.centerHeader = print.header.center;
  pages.rightHeader = print.header.right;
  pages.leftFooter = print.footer.left;
  pages.centerFooter = print.footer.center;
  pages.rightFooter = print.footer.right;
}
