import type { BenchmarkDataset } from "../../benchmarks/schema";
import { BENCHMARK_TABLE_HEADERS, benchmarkTableRows, type BenchmarkTableCell } from "../../benchmarks/table";
import { columnName, officeConstant, quoteSheetName, rectAddress } from "../cell-text";
import {
  BENCHMARK_COLUMN_NAMES,
  BENCHMARK_ROWS,
  BENCHMARK_TABLE_NAME,
  benchmarksSheet,
  datasetNoteText,
} from "../sheets/benchmarks";
import { cell, COL } from "../sheets/layout";
import { languageOfHeaders, localizeText } from "../i18n/texts";
import { isModelTableName, MARKER, modelNamePredicate, namesRecordKey } from "./ownership";

/**
 * The in-place refresh of the Benchmarks sheet's figures table: the same table object (name, style, position) takes
 * the new rows, and the defined names the comparison formulas read are pointed at its new data body, so that every
 * formula on the sheet, and a user's formula that uses the table or the names, recalculates without a rebuild.
 *
 * Requirement sets relied on: ExcelApi 1.12 (worksheet custom properties, which mark the add-in's sheets), 1.13
 * (Table.resize, to shrink), 1.7 (NamedItem.formula), 1.6 (suspending calculation), 1.4 (adding several table rows
 * at once). TableRowCollection.deleteRows/deleteRowsAt would shrink without a resize but exist only in Excel on the
 * web (ExcelApiOnline). A host without a set fails at its first use, before any write of the batch lands.
 *
 * Round trips: two reads (the workbook's tables, then which of them is ours with its current contents) and one write,
 * whatever the size of the dataset; one more read only when the user renamed the table. Nothing is written until
 * everything has been read. If the write fails part-way (Office has no rollback), the table, the note and the names
 * are put back from what the reads saw, in two more round trips.
 */

export type TableUpdate =
  | {
      readonly kind: "updated";
      readonly sheet: string;
      readonly table: string;
      /** Data rows before and after; a table with no figures still has one empty row. */
      readonly rowsBefore: number;
      readonly rowsAfter: number;
      /** Names that a user's name of the same name kept us from re-pointing (they are left alone). */
      readonly namesLeft: readonly string[];
      readonly syncs: number;
    }
  /** The workbook has no Benchmarks sheet of the add-in with a table on it: nothing was written. */
  | { readonly kind: "noModel"; readonly syncs: number }
  /** The table's columns are not the add-in's (edited, or an older build): only a rebuild can update it. */
  | { readonly kind: "shapeChanged"; readonly sheet: string; readonly table: string; readonly syncs: number };

/** A write that failed; `restored` says whether the table, note and names were put back as they were. */
export class TableUpdateError extends Error {
  constructor(
    message: string,
    readonly restored: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "TableUpdateError";
  }
}

export interface TableUpdateOptions {
  /** Custom property that marks the add-in's sheets (as for the renderer). */
  readonly marker?: string;
}

const isOurTable = (name: string) => isModelTableName(BENCHMARK_TABLE_NAME, name);
const NOTE_ADDRESS = cell(COL.label, BENCHMARK_ROWS.datasetNote);
const COLUMN_NAMES = Object.values(BENCHMARK_COLUMN_NAMES);

interface Snapshot {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly note: { readonly values: unknown[][]; readonly formulas: unknown[][] };
}

interface Candidate {
  readonly table: Excel.Table;
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly marker: Excel.WorksheetCustomProperty;
  /** The model's names record on the table's sheet (see office/ownership.ts). */
  readonly record: Excel.WorksheetCustomProperty;
  readonly columns: Excel.TableColumnCollection;
  readonly body: Excel.Range;
  readonly note: Excel.Range | null;
}

/** The table's headers in the language the model was built in (the note is written in it too), else undefined. */
const headersLanguage = (names: readonly string[]) => languageOfHeaders(names, BENCHMARK_TABLE_HEADERS);
const sameHeaders = (names: readonly string[]) => headersLanguage(names) !== undefined;

/** What a cell held, as `range.formulas` must write it back: a formula stays a formula, everything else a constant. */
function restoreEntry(value: unknown, formula: unknown): string | number | boolean {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return officeConstant(value);
  return "";
}

function restoreMatrix(snapshot: { values: unknown[][]; formulas: unknown[][] }): (string | number | boolean)[][] {
  return snapshot.values.map((row, i) => row.map((value, j) => restoreEntry(value, snapshot.formulas[i]?.[j])));
}

/** What steps 1 and 2 find: the add-in's table on its Benchmarks sheet, or why there is none to update. */
type Located =
  | { readonly kind: "noModel" }
  | { readonly kind: "shapeChanged"; readonly sheet: string; readonly table: string }
  | {
      readonly kind: "found";
      readonly chosen: Candidate;
      readonly sheetName: string;
      readonly names: readonly { readonly column: (typeof COLUMN_NAMES)[number]; readonly item: Excel.NamedItem }[];
    };

/** Loads the table's contents and the note below the sheet's headings, to put back if a write fails. */
function readSnapshot(body: Excel.Range, worksheet: Excel.Worksheet): Excel.Range {
  body.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
  return worksheet.getRange(NOTE_ADDRESS).load("values,formulas");
}

/** Steps 1 and 2, in two round trips: every table, the names the comparisons read, and which table is ours. */
async function locateTable(context: Excel.RequestContext, marker: string, sync: () => Promise<void>): Promise<Located> {
  // 1) Every table (table names are workbook-wide) and the names the comparisons read.
  const tables = context.workbook.tables.load("items/name");
  const names = COLUMN_NAMES.map((column) => ({
    column,
    item: context.workbook.names.getItemOrNullObject(column.name).load("formula"),
  }));
  await sync();
  if (tables.items.length === 0) return { kind: "noModel" };

  // 2) Which tables sit on a marked Benchmarks sheet; the contents of the likely one, to put back if a write fails.
  const candidates: Candidate[] = tables.items.map((table) => {
    const worksheet = table.worksheet.load("name");
    const body = table.getDataBodyRange();
    table.load("showHeaders");
    const likely = isOurTable(table.name);
    if (!likely) body.load("rowIndex,columnIndex,rowCount,columnCount");
    return {
      table,
      name: table.name,
      worksheet,
      marker: worksheet.customProperties.getItemOrNullObject(marker).load("value"),
      record: worksheet.customProperties.getItemOrNullObject(namesRecordKey(marker)).load("value"),
      columns: table.columns.load("items/name"),
      body,
      note: likely ? readSnapshot(body, worksheet) : null,
    };
  });
  await sync();

  const onOurSheets = candidates.filter((c) => !c.marker.isNullObject && c.marker.value === benchmarksSheet.key);
  if (onOurSheets.length === 0) return { kind: "noModel" };
  const sheetName = onOurSheets[0].worksheet.name;
  const onSheet = onOurSheets.filter((c) => c.worksheet.name === sheetName);
  const byHeaders = onSheet.filter((c) => sameHeaders(c.columns.items.map((col) => col.name)));
  const chosen =
    onSheet.find((c) => isOurTable(c.name)) ??
    (byHeaders.length === 1 ? byHeaders[0] : undefined) ??
    (onSheet.length === 1 ? onSheet[0] : undefined);
  if (chosen === undefined || !sameHeaders(chosen.columns.items.map((col) => col.name))) {
    return { kind: "shapeChanged", sheet: sheetName, table: (chosen ?? onSheet[0]).name };
  }
  return { kind: "found", chosen, sheetName, names };
}

export async function updateBenchmarkTable(
  context: Excel.RequestContext,
  dataset: BenchmarkDataset,
  options: TableUpdateOptions = {},
): Promise<TableUpdate> {
  const marker = options.marker ?? MARKER;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  const located = await locateTable(context, marker, sync);
  if (located.kind !== "found") return { ...located, syncs };
  const { chosen, sheetName, names } = located;

  let noteRange = chosen.note;
  if (noteRange === null) {
    // The user renamed the table, so step 2 did not read its contents.
    noteRange = readSnapshot(chosen.body, chosen.worksheet);
    await sync();
  }
  const { table, worksheet, body } = chosen;
  const snapshot: Snapshot = {
    values: body.values,
    formulas: body.formulas,
    numberFormat: body.numberFormat,
    note: { values: noteRange.values, formulas: noteRange.formulas },
  };
  const top = body.rowIndex;
  const left = body.columnIndex;
  const width = BENCHMARK_TABLE_HEADERS.length;
  const rowsBefore = body.rowCount;
  const isModelName = modelNamePredicate({
    records: [chosen.record.isNullObject ? null : chosen.record.value],
    modelSheets: [sheetName],
    modelNames: COLUMN_NAMES.map((column) => column.name),
  });
  const ours = names.filter((n) => !n.item.isNullObject && isModelName(n.column.name, n.item.formula));
  const namesLeft = names.filter((n) => !ours.includes(n)).map((n) => n.column.name);
  const oldFormulas = ours.map((n) => n.item.formula);

  const rows: BenchmarkTableCell[][] = benchmarkTableRows(dataset).rows;
  // A table keeps at least one data row; with no figures it is one empty row, as a fresh build makes it.
  const body2d = rows.length > 0 ? rows.map((row) => row.map(officeConstant)) : [BENCHMARK_TABLE_HEADERS.map(() => "")];
  const rowsAfter = body2d.length;
  const tableTop = top - (table.showHeaders ? 1 : 0);

  const bodyAddress = (rows: number) => rectAddress({ top, left, rows, columns: width });

  /**
   * Grows by appending rows inside the table (`insert`), or resizes it over the rows below; a shrink clears the rows
   * the table let go of, so that no stale figure stays under it.
   */
  const resizeBody = (from: number, to: number, insert: boolean) => {
    if (to > from && insert) {
      // Inserted within the table's columns, so anything a user put below the table moves down rather than being
      // overwritten; the new rows take the table's formats, as rows typed below a table do.
      table.rows.add(
        undefined,
        Array.from({ length: to - from }, () => Array.from({ length: width }, () => "")),
      );
    } else if (to !== from) {
      const whole = rectAddress({ top: tableTop, left, rows: top - tableTop + to, columns: width });
      table.resize(`${quoteSheetName(sheetName)}!${whole}`);
      if (to < from) worksheet.getRange(rectAddress({ top: top + to, left, rows: from - to, columns: width })).clear();
    }
  };

  const setNames = (formula: (index: number) => string) =>
    ours.forEach((n, i) => {
      n.item.formula = formula(i);
    });

  // 3) All writes in one batch: size, the rows as one block through the text guard, the note, the names.
  try {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    resizeBody(rowsBefore, rowsAfter, true);
    worksheet.getRange(bodyAddress(rowsAfter)).formulas = body2d;
    const language = headersLanguage(chosen.columns.items.map((col) => col.name)) ?? "en";
    worksheet.getRange(NOTE_ADDRESS).formulas = [
      [officeConstant(localizeText(datasetNoteText(dataset), language, dataset))],
    ];
    setNames((i) => {
      const column = columnName(left + BENCHMARK_TABLE_HEADERS.indexOf(ours[i].column.header));
      return `=${quoteSheetName(sheetName)}!$${column}$${top + 1}:$${column}$${top + rowsAfter}`;
    });
    await sync();
  } catch (error) {
    let restored = false;
    try {
      // The failed batch may have stopped before or after the resize; ask the table how big it is now.
      const now = table.getDataBodyRange().load("rowCount");
      await sync();
      context.workbook.application.suspendApiCalculationUntilNextSync();
      // Resized rather than inserted: the old rows' cells may still be there, and must not be pushed down.
      resizeBody(now.rowCount, rowsBefore, false);
      const restoredBody = worksheet.getRange(bodyAddress(rowsBefore));
      restoredBody.formulas = restoreMatrix(snapshot);
      restoredBody.numberFormat = snapshot.numberFormat;
      worksheet.getRange(NOTE_ADDRESS).formulas = restoreMatrix(snapshot.note);
      setNames((i) => oldFormulas[i]);
      await sync();
      restored = true;
    } catch {
      // Reported through `restored`: the caller tells the user to rebuild.
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new TableUpdateError(message, restored, { cause: error });
  }
  return { kind: "updated", sheet: sheetName, table: chosen.name, rowsBefore, rowsAfter, namesLeft, syncs };
}
