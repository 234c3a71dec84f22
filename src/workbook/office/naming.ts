import { UserFacingError } from "../../core/user-messages";
import { MAX_SHEET_NAME } from "../cell-text";
import { DEFAULT_SHEET_NAMES } from "../plan";
import type { SheetKey, WorkbookPlan } from "../plan-types";
import { isModelTableName, modelTableName, refersToSheet, refersToTable, retargetFormula } from "./ownership";
import { ownedNameTest, type ExistingName, type WorkbookState } from "./read-workbook";

/**
 * Every name a build gives or changes, decided from what the workbook holds before anything is written: the model's
 * sheets and tables (final and temporary), its defined names, and the user's names that point into the old model.
 */

const lower = (s: string) => s.toLowerCase();

export type SheetNameOverrides = Partial<Record<SheetKey, string>>;

function freeName(wanted: string, taken: (candidate: string) => boolean): string {
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

export interface SheetNaming {
  /** Names for the plan: only the sheets whose default name a user's sheet has. */
  readonly overrides: SheetNameOverrides;
  readonly renamed: readonly { readonly key: SheetKey; readonly wanted: string; readonly got: string }[];
}

/** Final sheet names: the wanted one unless a user's sheet has it, then the next free "Name (2)". */
export function chooseSheetNames(
  state: WorkbookState,
  wantedNames: Readonly<Record<SheetKey, string>> = DEFAULT_SHEET_NAMES,
): SheetNaming {
  const userSheets = new Set(state.sheets.filter((s) => s.key === null).map((s) => lower(s.name)));
  const chosen = new Set<string>();
  const overrides: SheetNameOverrides = {};
  const renamed: { key: SheetKey; wanted: string; got: string }[] = [];
  for (const [key, wanted] of Object.entries(wantedNames) as [SheetKey, string][]) {
    const got = freeName(wanted, (c) => chosen.has(lower(c)) || userSheets.has(lower(c)));
    chosen.add(lower(got));
    if (got !== wanted) {
      overrides[key] = got;
      renamed.push({ key, wanted, got });
    }
  }
  return { overrides, renamed };
}

export interface NamePlanOfBuild {
  /** The sheet's name while the build writes it, beside the old model. */
  readonly tempSheet: ReadonlyMap<SheetKey, string>;
  /** Plan table name → final name and temporary name. */
  readonly finalTable: ReadonlyMap<string, string>;
  readonly tempTable: ReadonlyMap<string, string>;
  readonly tablesRenamed: readonly { readonly wanted: string; readonly got: string }[];
  /** The model's names to delete (the plan no longer has them) and to keep and re-point (by lower-case name). */
  readonly deleteNames: readonly ExistingName[];
  readonly keepNames: ReadonlyMap<string, ExistingName>;
  /** The plan's names left out because a user's name or table has them. */
  readonly namesSkipped: readonly string[];
  /** The names this build owns: the record it writes on its sheets. */
  readonly owned: readonly string[];
  /** The user's names that point into the old model, and the formula that points them at the new one. */
  readonly repoint: readonly { readonly name: ExistingName; readonly formula: string }[];
}

export function planNames(state: WorkbookState, plan: WorkbookPlan): NamePlanOfBuild {
  const allSheets = new Set(state.sheets.map((s) => lower(s.name)));
  const userSheets = new Set(state.sheets.filter((s) => s.key === null).map((s) => lower(s.name)));
  for (const sheet of plan.sheets) {
    // Guards a caller whose plan chose its own names: a user's sheet is never replaced or renamed.
    if (userSheets.has(lower(sheet.name)))
      throw new UserFacingError({ key: "sheetIsUsers", params: { name: sheet.name } });
  }
  const tempSheet = new Map(
    plan.sheets.map((s) => [s.key, freeName(`~capex ${s.key}`, (c) => allSheets.has(lower(c)))] as const),
  );

  const isOurs = ownedNameTest(
    state,
    plan.names.map((n) => n.name),
  );
  const userNames = new Set(state.names.filter((n) => !isOurs(n.name, n.formula)).map((n) => lower(n.name)));
  const userTables = new Set(state.sheets.filter((s) => s.key === null).flatMap((s) => s.tables.map(lower)));
  const allTables = new Set(state.sheets.flatMap((s) => s.tables.map(lower)));
  const allNames = new Set(state.names.map((n) => lower(n.name)));

  const finalTable = new Map<string, string>();
  const tempTable = new Map<string, string>();
  const tablesRenamed: { wanted: string; got: string }[] = [];
  let counter = 0;
  for (const table of plan.sheets.flatMap((s) => s.tables)) {
    const got = modelTableName(table.name, (c) => userTables.has(lower(c)) || userNames.has(lower(c)));
    if (got !== table.name) tablesRenamed.push({ wanted: table.name, got });
    finalTable.set(table.name, got);
    let temp: string;
    do temp = `capexBuild${++counter}`;
    while (allTables.has(lower(temp)) || allNames.has(lower(temp)));
    tempTable.set(table.name, temp);
  }

  const planned = new Set(plan.names.map((n) => lower(n.name)));
  const ours = state.names.filter((n) => isOurs(n.name, n.formula));
  const keepNames = new Map(ours.filter((n) => planned.has(lower(n.name))).map((n) => [lower(n.name), n] as const));
  const skipped = plan.names.filter(
    (n) => !keepNames.has(lower(n.name)) && (userNames.has(lower(n.name)) || userTables.has(lower(n.name))),
  );
  const namesSkipped = skipped.map((n) => n.name);
  return {
    tempSheet,
    finalTable,
    tempTable,
    tablesRenamed,
    deleteNames: ours.filter((n) => !planned.has(lower(n.name))),
    keepNames,
    namesSkipped,
    owned: plan.names.filter((n) => !skipped.includes(n)).map((n) => n.name),
    repoint: userNamesIntoModel(state, plan, finalTable, isOurs),
  };
}

/**
 * The user's names (workbook-wide, or scoped to a user's sheet) whose formula points at an old model sheet or table.
 * Deleting the old sheet would leave them at #REF!; they are pointed at the new sheet of the same key instead.
 */
function userNamesIntoModel(
  state: WorkbookState,
  plan: WorkbookPlan,
  finalTable: ReadonlyMap<string, string>,
  isOurs: (name: string, formula: string) => boolean,
): { name: ExistingName; formula: string }[] {
  const newName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const sheets = new Map<string, string>();
  const tables = new Map<string, string>();
  for (const old of state.sheets) {
    if (old.key === null) continue;
    const target = newName.get(old.key);
    if (target !== undefined) sheets.set(old.name, target);
    const planTables = plan.sheets.find((s) => s.key === old.key)?.tables ?? [];
    for (const table of old.tables) {
      // Followed by the naming rule; a table the plan no longer has cannot be followed.
      const planTable = planTables.find((t) => isModelTableName(t.name, table));
      if (planTable !== undefined) tables.set(table, finalTable.get(planTable.name) ?? planTable.name);
    }
  }
  const candidates = [
    ...state.names.filter((n) => !isOurs(n.name, n.formula)),
    ...state.sheets.filter((s) => s.key === null).flatMap((s) => s.names),
  ];
  return candidates
    .filter(
      (n) =>
        [...sheets.keys()].some((sheet) => refersToSheet(n.formula, sheet)) ||
        [...tables.keys()].some((table) => refersToTable(n.formula, table)),
    )
    .map((name) => ({ name, formula: retargetFormula(name.formula, sheets, tables) }));
}
