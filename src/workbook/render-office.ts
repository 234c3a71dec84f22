import { UserFacingError } from "../core/user-messages";
import { quoteSheetName } from "./cell-text";
import { chooseSheetNames, planNames, type NamePlanOfBuild, type SheetNameOverrides } from "./office/naming";
import { formatNamesRecord, MARKER, namesRecordKey } from "./office/ownership";
import { readWorkbook, type WorkbookState } from "./office/read-workbook";
import { writeSheet } from "./office/write-sheet";
import type { SheetKey, WorkbookPlan } from "./plan-types";

/**
 * Renders a workbook plan into the open workbook with Office.js, safely and in a fixed number of round trips.
 *
 * Round trips (context.sync), whatever the horizon: 1) list sheets and names, 2) read each sheet's marks, tables and
 * names, 3) build the whole new model into new sheets under temporary names, 4) swap: drop the old model, rename the
 * new sheets and tables, point the defined names at them. Each block is one 2-D write, calculation is suspended
 * during the build and the swap.
 *
 * The plan is built once, after step 2, with the final sheet names (so its text names the sheets the user will
 * see); its formulas refer to sheets symbolically and are resolved once, to the temporary names, as they are
 * written. Excel carries the references along when step 4 renames the sheets.
 *
 * Safety (what the model owns is decided in office/ownership.ts):
 * - Only sheets that carry the add-in's marker are ever deleted, and only names the model's record lists.
 * - A user's sheet that has the name one of ours wants is left alone; ours gets the next free "Name (2)" and the
 *   plan is made with that name; the report lists it. Table names follow one rule (`modelTableName`).
 * - A user's name that points into the old model (`MyCell = Inputs!$C$11`) is pointed at the new sheet of the same
 *   key after the swap, so it, and the user's formulas that use it, keep working; the report lists it.
 * - Until step 4 the previous model is untouched: if the build fails, the new sheets are deleted and the error is
 *   rethrown. A failure inside step 4 can leave a mix; every new sheet is already marked, so the next build cleans up.
 *
 * Known limit: a user's formula in a cell that points straight at a cell of the old model becomes #REF! when the old
 * sheet is deleted (Excel has no way to move references to another sheet); a defined name avoids this.
 */

export { MARKER } from "./office/ownership";
export { retargetFormula } from "./office/ownership";
export type { SheetNameOverrides } from "./office/naming";

export interface RenderOptions {
  /** Custom property that marks the add-in's sheets (tests use their own). */
  readonly marker?: string;
  /** The names the sheets want before any clash with a user's sheet (a language's names); the defaults otherwise. */
  readonly sheetNames?: Readonly<Record<SheetKey, string>>;
}

export interface RenderReport {
  readonly sheetsWritten: number;
  /** Sheets that could not have the name they wanted because a user's sheet has it. */
  readonly renamed: readonly { readonly key: SheetKey; readonly wanted: string; readonly got: string }[];
  /** Tables whose name a user's table or name already has. */
  readonly tablesRenamed: readonly { readonly wanted: string; readonly got: string }[];
  /** Defined names left out because a user's name or table already has them. */
  readonly namesSkipped: readonly string[];
  /** The user's own names that pointed into the old model and now point at the new one. */
  readonly namesRepointed: readonly string[];
  readonly syncs: number;
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

  // 1, 2) What is in the workbook now; then the plan, once, with names that touch no sheet of the user's.
  const state = await readWorkbook(context, marker, sync);
  const { overrides, renamed } = chooseSheetNames(state, options.sheetNames);
  const plan = makePlan(overrides);
  const naming = planNames(state, plan);

  // 3) Build the new model beside the old one.
  let built: Map<SheetKey, Excel.Worksheet>;
  try {
    built = buildSheets(context, plan, naming, marker);
    await sync();
  } catch (error) {
    await discard(context, [...naming.tempSheet.values()]);
    throw error;
  }

  // 4) Swap: the old model goes, the new one takes its names and place.
  try {
    const namesSkipped = swap(context, state, plan, naming, built);
    await sync();
    return {
      sheetsWritten: plan.sheets.length,
      renamed: renamed.filter((r) => plan.sheets.some((s) => s.key === r.key)),
      tablesRenamed: naming.tablesRenamed,
      namesSkipped,
      namesRepointed: naming.repoint.map((r) => r.name.name),
      syncs,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserFacingError({ key: "modelReplaceFailed", params: { detail: message } }, { cause: error });
  }
}

/** Queues the new sheets under their temporary names, marked and with the model's names record, and their contents. */
function buildSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  naming: NamePlanOfBuild,
  marker: string,
): Map<SheetKey, Excel.Worksheet> {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const built = new Map<SheetKey, Excel.Worksheet>();
  const record = formatNamesRecord(naming.owned);
  for (const sheet of plan.sheets) {
    const ws = context.workbook.worksheets.add(naming.tempSheet.get(sheet.key));
    ws.customProperties.add(marker, sheet.key);
    ws.customProperties.add(namesRecordKey(marker), record);
    if (sheet.tabColor) ws.tabColor = sheet.tabColor;
    built.set(sheet.key, ws);
  }
  const targets = {
    sheetName: (key: SheetKey) => {
      const name = naming.tempSheet.get(key);
      if (name === undefined) throw new Error(`The plan refers to a sheet "${key}" it does not have.`);
      return name;
    },
    worksheet: (key: SheetKey) => built.get(key) as Excel.Worksheet,
    tableName: (planName: string) => naming.tempTable.get(planName) as string,
  };
  for (const sheet of plan.sheets) writeSheet(built.get(sheet.key) as Excel.Worksheet, sheet, targets);
  return built;
}

/** Queues the swap; returns the plan's names left out because a user's name or table has them. */
function swap(
  context: Excel.RequestContext,
  state: WorkbookState,
  plan: WorkbookPlan,
  naming: NamePlanOfBuild,
  built: ReadonlyMap<SheetKey, Excel.Worksheet>,
): readonly string[] {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const n of naming.deleteNames) n.item.delete();
  const ours = state.sheets.filter((s) => s.key !== null);
  for (const old of ours) old.sheet.delete();
  for (const sheet of plan.sheets) {
    const ws = built.get(sheet.key) as Excel.Worksheet;
    for (const table of sheet.tables) {
      ws.tables.getItem(naming.tempTable.get(table.name) as string).name = naming.finalTable.get(table.name) as string;
    }
    ws.name = sheet.name;
  }
  if (ours.length > 0) {
    const firstOld = Math.min(...ours.map((s) => s.position));
    const before = state.sheets.filter((s) => s.key === null && s.position < firstOld).length;
    plan.sheets.forEach((sheet, i) => {
      (built.get(sheet.key) as Excel.Worksheet).position = before + i;
    });
  }
  const sheetNames = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const skipped = new Set(naming.namesSkipped);
  for (const name of plan.names) {
    const sheetName = sheetNames.get(name.sheet);
    if (sheetName === undefined) throw new Error(`Defined name ${name.name} refers to a sheet the plan lacks`);
    if (skipped.has(name.name)) continue;
    const reference = `=${quoteSheetName(sheetName)}!${name.range}`;
    const kept = naming.keepNames.get(name.name.toLowerCase());
    if (kept) {
      kept.item.formula = reference;
      kept.item.comment = name.comment;
    } else {
      context.workbook.names.add(name.name, reference, name.comment);
    }
  }
  // After the renames, so that the user's names bind to the new sheets, not to the old ones just deleted.
  for (const { name, formula } of naming.repoint) name.item.formula = formula;
  return naming.namesSkipped;
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
