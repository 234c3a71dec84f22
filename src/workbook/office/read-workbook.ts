import type { SheetKey } from "../plan-types";
import { modelNamePredicate, namesRecordKey } from "./ownership";

/**
 * What a build needs to know about the open workbook before it writes anything, in two round trips: 1) the sheets
 * and the workbook's names, 2) each sheet's marks, tables and sheet-scoped names.
 */

export interface ExistingName {
  readonly item: Excel.NamedItem;
  readonly name: string;
  readonly formula: string;
}

export interface ExistingSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly position: number;
  /** The model's key when the add-in made this sheet, else null. */
  readonly key: SheetKey | null;
  readonly tables: readonly string[];
  /** Names scoped to this sheet. */
  readonly names: readonly ExistingName[];
}

export interface WorkbookState {
  readonly sheets: readonly ExistingSheet[];
  /** Workbook-scoped names. */
  readonly names: readonly ExistingName[];
  /** The NAMES records of the model's sheets, for the ownership predicate. */
  readonly records: readonly (string | null)[];
}

const nameEntries = (collection: Excel.NamedItemCollection): ExistingName[] =>
  collection.items.map((item) => ({ item, name: item.name, formula: String(item.formula) }));

export async function readWorkbook(
  context: Excel.RequestContext,
  marker: string,
  sync: () => Promise<void>,
): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets.load("items/name,items/position");
  const names = context.workbook.names.load("items/name,items/formula");
  await sync();

  const probes = worksheets.items.map((sheet) => ({
    sheet,
    marker: sheet.customProperties.getItemOrNullObject(marker).load("value"),
    record: sheet.customProperties.getItemOrNullObject(namesRecordKey(marker)).load("value"),
    tables: sheet.tables.load("items/name"),
    names: sheet.names.load("items/name,items/formula"),
  }));
  await sync();

  const sheets = probes.map((p): ExistingSheet => ({
    sheet: p.sheet,
    name: p.sheet.name,
    position: p.sheet.position,
    key: p.marker.isNullObject ? null : (p.marker.value as SheetKey),
    tables: p.tables.items.map((t) => t.name),
    names: nameEntries(p.names),
  }));
  const records = probes
    .filter((p) => !p.marker.isNullObject)
    .map((p) => (p.record.isNullObject ? null : p.record.value));
  return { sheets, names: nameEntries(names), records };
}

/** The ownership predicate for this workbook, given the names the new plan defines (for the fallback rule). */
export function ownedNameTest(
  state: WorkbookState,
  modelNames: readonly string[],
): (name: string, formula: string) => boolean {
  return modelNamePredicate({
    records: state.records,
    modelSheets: state.sheets.filter((s) => s.key !== null).map((s) => s.name),
    modelNames,
  });
}
