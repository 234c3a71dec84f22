import {
  blockAddress,
  MAX_SHEET_NAME,
  columnName,
  officeConstant,
  officeFormula,
  parseCell,
  parseRect,
  quoteSheetName,
  rectAddress,
  splitSheetRange,
} from "./cell-text";
import {
  isFormulaCell,
  type ChartPlan,
  type ConditionalFormatPlan,
  type PlanCell,
  type SheetKey,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from "./plan-types";
import { STYLES, widthToPoints, type BorderLine, type CellStyle } from "./styles";

/**
 * Renders a workbook plan into the open workbook with Office.js, safely and in a fixed number of round trips.
 *
 * Round trips (context.sync), whatever the horizon: 1) list sheets and names, 2) read each sheet's marker and
 * tables, 3) build the whole new model into new sheets under temporary names, 4) swap: drop the old model, rename
 * the new sheets and tables, point the defined names at them. Each block is one 2-D write, calculation is suspended
 * during the build and the swap.
 *
 * Safety:
 * - The add-in's sheets carry a worksheet custom property (MARKER = sheet key). Only marked sheets are ever deleted.
 * - A user's sheet that has the name one of ours wants is left alone; ours gets the next free "Name (2)" and the
 *   plan is made with that name, so formulas point at it; the report lists it.
 * - Until step 4 the previous model is untouched: if the build fails, the new sheets are deleted and the error is
 *   rethrown. The new sheets' formulas point at the temporary names during the build and Excel rewrites them when
 *   the sheets are renamed; tables are built under temporary names for the same reason (table and defined names
 *   are workbook-wide). Defined names that already exist are repointed rather than recreated, so a user's formula
 *   that uses one keeps working across rebuilds.
 * - A failure inside step 4 can leave a mix; every new sheet is already marked, so the next build cleans it up.
 *
 * Known limit: a user's formula that points straight at a cell of the old model becomes #REF! when the old sheet is
 * deleted (Excel has no way to move references to another sheet); referencing the model's defined names avoids this.
 */

export const MARKER = "capexAddin";

export type SheetNameOverrides = Partial<Record<SheetKey, string>>;

export interface RenderOptions {
  /** Custom property that marks the add-in's sheets (tests use their own). */
  readonly marker?: string;
}

export interface RenderReport {
  readonly sheetsWritten: number;
  /** Sheets that could not have the name they wanted because a user's sheet has it. */
  readonly renamed: readonly { readonly key: SheetKey; readonly wanted: string; readonly got: string }[];
  /** Tables whose name a user's table or name already has. */
  readonly tablesRenamed: readonly { readonly wanted: string; readonly got: string }[];
  /** Defined names left out because a user's name or table already has them. */
  readonly namesSkipped: readonly string[];
  readonly syncs: number;
}

interface ExistingSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly position: number;
  readonly marker: Excel.WorksheetCustomProperty;
  readonly tables: Excel.TableCollection;
}

const lower = (s: string) => s.toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Outside string literals, replaces references to the sheets and tables in `sheets`/`tables` by their new names. */
export function retargetFormula(
  formula: string,
  sheets: ReadonlyMap<string, string>,
  tables: ReadonlyMap<string, string>,
): string {
  const rewrite = (part: string): string => {
    let out = part;
    for (const [from, to] of sheets) {
      const target = `${quoteSheetName(to)}!`;
      out = out
        .replace(new RegExp(`'${escapeRegExp(from.replace(/'/g, "''"))}'!`, "gi"), () => target)
        .replace(new RegExp(`(^|[^A-Za-z0-9_.'!])${escapeRegExp(from)}!`, "gi"), (_m, lead: string) => lead + target);
    }
    for (const [from, to] of tables) {
      out = out.replace(
        new RegExp(`(^|[^A-Za-z0-9_.'!])${escapeRegExp(from)}\\[`, "gi"),
        (_m, lead: string) => `${lead}${to}[`,
      );
    }
    return out;
  };
  // Split into string literals ("...", with "" inside) and the rest; only the rest holds references.
  return formula.replace(/("(?:[^"]|"")*")|([^"]+)/g, (_m, literal: string | undefined, code: string | undefined) =>
    literal !== undefined ? literal : rewrite(code ?? ""),
  );
}

/** True when the formula refers to the sheet (quoted or bare), outside string literals. */
function refersToSheet(formula: string, sheet: string): boolean {
  const probe = retargetFormula(formula, new Map([[sheet, "\u0000"]]), new Map());
  return probe !== formula;
}

function freeName(wanted: string, taken: (candidate: string) => boolean): string {
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

export async function renderPlanToWorkbook(
  context: Excel.RequestContext,
  makePlan: (sheetNames: SheetNameOverrides) => WorkbookPlan,
  options: RenderOptions = {},
): Promise<RenderReport> {
  const marker = options.marker ?? MARKER;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  // 1) What is in the workbook now.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await sync();

  // 2) Which sheets are ours, and every table (table names are workbook-wide).
  const existing: ExistingSheet[] = worksheets.items.map((sheet) => ({
    sheet,
    name: sheet.name,
    position: sheet.position,
    marker: sheet.customProperties.getItemOrNullObject(marker).load("value"),
    tables: sheet.tables.load("items/name"),
  }));
  await sync();

  const ours = existing.filter((s) => !s.marker.isNullObject);
  const oursNames = new Set(ours.map((s) => lower(s.name)));
  const allNames = new Set(existing.map((s) => lower(s.name)));
  const userTables = new Set(
    existing.filter((s) => s.marker.isNullObject).flatMap((s) => s.tables.items.map((t) => lower(t.name))),
  );
  const allTables = new Set(existing.flatMap((s) => s.tables.items.map((t) => lower(t.name))));
  const existingNames = names.items.map((n) => ({ item: n, name: n.name, formula: String(n.formula) }));
  const isOurName = (formula: string) => ours.some((s) => refersToSheet(formula, s.name)) || formula.includes("#REF!");

  // The plan, with final names chosen so that no user's sheet is touched.
  const first = makePlan({});
  const renamed: { key: SheetKey; wanted: string; got: string }[] = [];
  const overrides: SheetNameOverrides = {};
  const chosen = new Set<string>();
  for (const sheet of first.sheets) {
    const got = freeName(
      sheet.name,
      (c) => chosen.has(lower(c)) || (allNames.has(lower(c)) && !oursNames.has(lower(c))),
    );
    chosen.add(lower(got));
    overrides[sheet.key] = got;
    if (got !== sheet.name) renamed.push({ key: sheet.key, wanted: sheet.name, got });
  }
  const plan = renamed.length > 0 ? makePlan(overrides) : first;

  // Temporary sheet and table names for the build.
  const tempSheet = new Map<string, string>();
  for (const sheet of plan.sheets) {
    tempSheet.set(
      sheet.name,
      freeName(`~capex ${sheet.key}`, (c) => allNames.has(lower(c))),
    );
  }
  const userNames = new Set(existingNames.filter((n) => !isOurName(n.formula)).map((n) => lower(n.name)));
  const tablesRenamed: { wanted: string; got: string }[] = [];
  const tempTable = new Map<string, string>();
  const finalTable = new Map<string, string>();
  let tableCounter = 0;
  for (const table of plan.sheets.flatMap((s) => s.tables)) {
    const clash = (c: string) => userTables.has(lower(c)) || userNames.has(lower(c));
    let got = table.name;
    for (let n = 2; clash(got); n++) got = `${table.name}_${n}`;
    if (got !== table.name) tablesRenamed.push({ wanted: table.name, got });
    finalTable.set(table.name, got);
    let temp: string;
    do temp = `capexBuild${++tableCounter}`;
    while (allTables.has(lower(temp)) || existingNames.some((n) => lower(n.name) === lower(temp)));
    tempTable.set(table.name, temp);
  }

  // 3) Build the new model beside the old one.
  const built = new Map<string, Excel.Worksheet>();
  try {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const sheet of plan.sheets) {
      const ws = worksheets.add(tempSheet.get(sheet.name));
      ws.customProperties.add(marker, sheet.key);
      if (sheet.tabColor) ws.tabColor = sheet.tabColor;
      built.set(lower(sheet.name), ws);
    }
    const sheetOf = (name: string) => built.get(lower(name)) ?? worksheets.getItem(name);
    for (const sheet of plan.sheets) {
      writeSheet(built.get(lower(sheet.name)) as Excel.Worksheet, sheet, tempSheet, tempTable, sheetOf);
    }
    await sync();
  } catch (error) {
    await discard(context, [...tempSheet.values()]);
    throw error;
  }

  // 4) Swap: the old model goes, the new one takes its names and place.
  try {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const planNames = new Set(plan.names.map((n) => lower(n.name)));
    const keptNames = new Map<string, Excel.NamedItem>();
    for (const n of existingNames) {
      if (!isOurName(n.formula)) continue;
      if (planNames.has(lower(n.name))) keptNames.set(lower(n.name), n.item);
      else n.item.delete();
    }
    for (const old of ours) old.sheet.delete();
    for (const sheet of plan.sheets) {
      const ws = built.get(lower(sheet.name)) as Excel.Worksheet;
      for (const table of sheet.tables) {
        ws.tables.getItem(tempTable.get(table.name) as string).name = finalTable.get(table.name) as string;
      }
      ws.name = sheet.name;
    }
    const firstOld = ours.length > 0 ? Math.min(...ours.map((s) => s.position)) : null;
    if (firstOld !== null) {
      const before = existing.filter((s) => s.marker.isNullObject && s.position < firstOld).length;
      plan.sheets.forEach((sheet, i) => {
        (built.get(lower(sheet.name)) as Excel.Worksheet).position = before + i;
      });
    }
    const sheetNames = new Map(plan.sheets.map((s) => [s.key, s.name]));
    const namesSkipped: string[] = [];
    for (const name of plan.names) {
      const sheetName = sheetNames.get(name.sheet);
      if (sheetName === undefined) throw new Error(`Defined name ${name.name} refers to a sheet the plan lacks`);
      const reference = `=${quoteSheetName(sheetName)}!${name.range}`;
      const kept = keptNames.get(lower(name.name));
      if (kept) {
        kept.formula = reference;
        kept.comment = name.comment;
      } else if (userNames.has(lower(name.name)) || userTables.has(lower(name.name))) {
        namesSkipped.push(name.name);
      } else {
        context.workbook.names.add(name.name, reference, name.comment);
      }
    }
    await sync();
    return { sheetsWritten: plan.sheets.length, renamed, tablesRenamed, namesSkipped, syncs };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Replacing the previous model failed part-way (${message}); build again to repair it.`, {
      cause: error,
    });
  }
}

/** Best effort: removes the sheets of a failed build. The original error matters more than a failed clean-up. */
async function discard(context: Excel.RequestContext, tempNames: readonly string[]): Promise<void> {
  try {
    const probes = tempNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const probe of probes) if (!probe.isNullObject) probe.delete();
    await context.sync();
  } catch {
    // The sheets are marked, so the next build deletes them anyway.
  }
}

function writeSheet(
  ws: Excel.Worksheet,
  sheet: SheetPlan,
  tempSheet: ReadonlyMap<string, string>,
  tempTable: ReadonlyMap<string, string>,
  sheetOf: (name: string) => Excel.Worksheet,
): void {
  const entry = (cell: PlanCell) =>
    isFormulaCell(cell) ? officeFormula(retargetFormula(cell.formula, tempSheet, tempTable)) : officeConstant(cell);

  for (const { column, width } of sheet.columnWidths) {
    const letters = columnName(column - 1);
    ws.getRange(`${letters}:${letters}`).format.columnWidth = widthToPoints(width);
  }
  for (const block of sheet.blocks) {
    if (block.cells.length === 0 || block.cells[0].length === 0) continue;
    ws.getRange(blockAddress(block.anchor, block.cells.length, block.cells[0].length)).formulas = block.cells.map(
      (row) => row.map(entry),
    );
  }
  for (const table of sheet.tables) writeTable(ws, table, tempTable.get(table.name) as string);
  for (const format of sheet.formats) {
    const range = ws.getRange(format.range);
    if (format.style) applyStyle(range, STYLES[format.style], parseRect(format.range));
    if (format.numberFormat !== undefined) {
      const rect = parseRect(format.range);
      const numberFormat = format.numberFormat;
      range.numberFormat = Array.from({ length: rect.rows }, () =>
        Array.from({ length: rect.columns }, () => numberFormat),
      );
    }
  }
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(rectAddress({ top: 0, left: 0, rows, columns })));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(columns);
  }
  for (const cf of sheet.conditionalFormats) addConditionalFormat(ws, cf);
  for (const chart of sheet.charts) addChart(ws, chart, sheetOf);
}

function writeTable(ws: Excel.Worksheet, table: TablePlan, tempName: string): void {
  const { row, column } = parseCell(table.anchor);
  const width = table.headers.length;
  // Header and rows in one write, guarded like any text; the table is then laid over them.
  const address = blockAddress(table.anchor, table.rows.length + 1, width);
  ws.getRange(address).formulas = [table.headers.map(officeConstant), ...table.rows.map((r) => r.map(officeConstant))];
  const created = ws.tables.add(address, true);
  created.name = tempName;
  created.style = table.style;
  table.headers.forEach((header, j) => {
    const numberFormat = table.numberFormats?.[header];
    if (numberFormat === undefined || table.rows.length === 0) return;
    const body = rectAddress({ top: row + 1, left: column + j, rows: table.rows.length, columns: 1 });
    ws.getRange(body).numberFormat = table.rows.map(() => [numberFormat]);
  });
}

function setBorder(
  range: Excel.Range,
  edge: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical",
  line: BorderLine,
): void {
  const border = range.format.borders.getItem(edge);
  if (line.weight === "double") {
    border.style = "Double";
  } else {
    border.style = "Continuous";
    border.weight = line.weight === "medium" ? "Medium" : "Thin";
  }
  border.color = line.color;
}

/**
 * Font and fill replace what was there; borders add up, and belong to every cell of the range (as in ExcelJS), so
 * the lines between cells are drawn too.
 */
function applyStyle(range: Excel.Range, style: CellStyle, rect: { rows: number; columns: number }): void {
  const font = range.format.font;
  font.color = style.fontColor;
  font.bold = style.bold;
  font.italic = style.italic;
  font.size = style.fontSize;
  if (style.fill === null) range.format.fill.clear();
  else range.format.fill.color = style.fill;
  const { top, bottom, left, right } = style.borders;
  if (top) setBorder(range, "EdgeTop", top);
  if (bottom) setBorder(range, "EdgeBottom", bottom);
  if (left) setBorder(range, "EdgeLeft", left);
  if (right) setBorder(range, "EdgeRight", right);
  const horizontal = bottom ?? top;
  const vertical = right ?? left;
  if (rect.rows > 1 && horizontal) setBorder(range, "InsideHorizontal", horizontal);
  if (rect.columns > 1 && vertical) setBorder(range, "InsideVertical", vertical);
}

function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const range = ws.getRange(cf.range);
  if (cf.kind === "threeColorScale") {
    const format = range.conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { type: "LowestValue", color: cf.colors[0] },
      midpoint: { formula: "50", type: "Percentile", color: cf.colors[1] },
      maximum: { type: "HighestValue", color: cf.colors[2] },
    };
    return;
  }
  const format = range.conditionalFormats.add("CellValue");
  format.cellValue.format.font.color = cf.fontColor;
  format.cellValue.format.fill.color = cf.fill;
  format.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
}

function addChart(ws: Excel.Worksheet, chart: ChartPlan, sheetOf: (name: string) => Excel.Worksheet): void {
  if (chart.series.length === 0) return;
  const rangeOf = (reference: string) => {
    const { sheet, range } = splitSheetRange(reference);
    return sheetOf(sheet).getRange(range);
  };
  const firstValues = splitSheetRange(chart.series[0].values).range;
  const byRows = parseRect(firstValues).rows === 1;
  const created = ws.charts.add(
    chart.kind === "line" ? "Line" : "ColumnClustered",
    rangeOf(chart.series[0].values),
    byRows ? "Rows" : "Columns",
  );
  created.title.text = chart.title;
  const [start, end] = chart.position.split(":");
  created.setPosition(start, end);
  const categories = rangeOf(chart.categories);
  chart.series.forEach((series, i) => {
    const target = i === 0 ? created.series.getItemAt(0) : created.series.add(series.name);
    if (i > 0) target.setValues(rangeOf(series.values));
    target.name = series.name;
    target.setXAxisValues(categories);
  });
}
