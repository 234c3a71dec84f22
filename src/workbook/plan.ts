import type { BenchmarkDataset } from "../benchmarks/schema";
import { computeInvestmentCase } from "../core/model";
import { UserFacingError } from "../core/user-messages";
import { toCaseInputs, type Scenario } from "../scenario/types";
import { validateScenario } from "../scenario/validate";
import { MAX_SHEET_NAME } from "./cell-text";
import { withFittedPlanWidths } from "./column-fit";
import type { NamePlan, SheetKey, WorkbookPlan } from "./plan-types";
import { foreignTexts, localizePlan } from "./i18n/localize-plan";
import { sheetNamesFor } from "./i18n/catalogs";
import type { WorkbookLanguage } from "./i18n/translator";
import { withPrintSetup } from "./print";
import { scenarioSet } from "./scenario-set";
import { benchmarksSheet } from "./sheets/benchmarks";
import { capexSheet } from "./sheets/capex";
import { capexYearsCheck, checksSheet, timelineCheck } from "./sheets/checks";
import { cloudSheet } from "./sheets/cloud";
import { coverSheet } from "./sheets/cover";
import { dashboardSheet } from "./sheets/dashboard";
import { earningsSheet } from "./sheets/earnings";
import { inputsSheet } from "./sheets/inputs";
import { sheetRef } from "./sheet-ref";
import type { CheckSpec, PlanContext, SheetModule } from "./sheets/layout";
import { paybackSheet } from "./sheets/payback";
import { riskSheet } from "./sheets/risk";
import { scenariosSheet } from "./sheets/scenarios";
import { tornadoSheet } from "./sheets/tornado";
import { sensitivitySheet } from "./sheets/sensitivity";

export { DEFAULT_SHEET_NAMES, NOT_WITHIN_HORIZON, NOTHING_TO_PAY_BACK } from "./sheets/layout";
export { sheetNamesFor } from "./i18n/catalogs";

export interface WorkbookPlanOptions {
  /** Display names to use instead of the defaults, e.g. when the user's workbook already has a sheet "Inputs". */
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
  /**
   * Extra sheet modules, placed by their key in SHEET_ORDER; one with the key of a built-in module replaces it. Their
   * checks join the Checks sheet.
   */
  readonly extraSheets?: readonly SheetModule[];
  /**
   * The language of every text the add-in writes, sheet names included (default English). Formulas and the user's and
   * the dataset's texts stay as they are (see i18n/localize-plan.ts).
   */
  readonly language?: WorkbookLanguage;
  /**
   * Scenarios to carry beside the one the workbook is built from and the presets, each a column on Inputs (see
   * scenario-set.ts). The built scenario starts active.
   */
  readonly scenarios?: readonly Scenario[];
}

/** Tab order of the sheets; a key without a module is skipped. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "cover",
  "dashboard",
  "inputs",
  "capex",
  "cloud",
  "payback",
  "earnings",
  "scenarios",
  "sensitivity",
  "risk",
  "tornado",
  "benchmarks",
  "checks",
];

/** The sheets every plan has, apart from Cover and Checks, which are made from the others. */
const CORE_MODULES: readonly SheetModule[] = [
  dashboardSheet,
  inputsSheet,
  capexSheet,
  cloudSheet,
  paybackSheet,
  earningsSheet,
  scenariosSheet,
  sensitivitySheet,
  riskSheet,
  tornadoSheet,
  benchmarksSheet,
];

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

function resolveSheetNames(
  defaults: Readonly<Record<SheetKey, string>>,
  overrides: Partial<Record<SheetKey, string>> = {},
): Record<SheetKey, string> {
  const names = { ...defaults, ...overrides };
  const seen = new Map<string, SheetKey>();
  for (const [key, name] of Object.entries(names) as [SheetKey, string][]) {
    if (
      name.trim() === "" ||
      name.length > MAX_SHEET_NAME ||
      FORBIDDEN_IN_SHEET_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw new Error(
        `Sheet name "${name}" for ${key} is not allowed: use 1-${MAX_SHEET_NAME} characters, none of [ ] : * ? / \\, ` +
          "and no apostrophe at either end.",
      );
    }
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) throw new Error(`Sheets ${other} and ${key} cannot both be named "${name}".`);
    seen.set(name.toLowerCase(), key);
  }
  return names;
}

/**
 * The whole workbook as a declarative plan: every model figure a native formula of the Inputs sheet, carrying the
 * finance core's value as its cached result. Throws when the scenario is invalid (see `validateScenario`) or a sheet
 * name is not allowed.
 */
export function buildWorkbookPlan(
  scenario: Scenario,
  dataset?: BenchmarkDataset,
  options: WorkbookPlanOptions = {},
): WorkbookPlan {
  const issues = validateScenario(scenario);
  if (issues.length > 0) {
    throw new UserFacingError({ key: "scenarioInvalid", params: { problems: issues.map((i) => i.message) } });
  }
  const language = options.language ?? "en";
  const names = resolveSheetNames(sheetNamesFor(language), options.sheetNames);
  const inputs = toCaseInputs(scenario);
  const set = scenarioSet(scenario, options.scenarios ?? [], language);
  const extra = options.extraSheets ?? [];
  const modules = [...CORE_MODULES.filter((m) => !extra.some((e) => e.key === m.key)), ...extra];
  const present: SheetKey[] = ["cover", ...modules.map((m) => m.key), "checks"];
  const timelineSheets = modules.filter((m) => m.hasTimeline).map((m) => m.key);

  // One context for the whole plan. The checks are gathered from it first; the master check's value, which every
  // sheet shows, is theirs, so reading it before they are gathered is a mistake in a module, not a draft to redo.
  let specs: CheckSpec[] | undefined;
  const ctx: PlanContext = {
    scenario,
    inputs,
    result: computeInvestmentCase(inputs),
    dataset,
    horizon: scenario.horizon,
    language,
    scenarios: set.scenarios,
    activeScenario: set.active,
    sheetName: (key: SheetKey) => names[key],
    ref: sheetRef,
    get allChecksPass(): boolean {
      if (specs === undefined) throw new Error("allChecksPass was read while the checks were being gathered.");
      return specs.every((s) => s.value);
    },
  };
  specs = [capexYearsCheck(ctx), timelineCheck(ctx, timelineSheets), ...modules.flatMap((m) => m.checks?.(ctx) ?? [])];
  const all = [coverSheet(present), ...modules, checksSheet(specs)];
  const byKey = new Map(all.map((m) => [m.key, m]));
  if (byKey.size !== all.length) throw new Error("Two sheet modules have the same key.");
  const ordered = SHEET_ORDER.flatMap((key) => (byKey.has(key) ? [byKey.get(key)!] : []));

  const plan: WorkbookPlan = {
    title: `Cloud capex model: ${scenario.name}`,
    sheets: ordered.map((m) => withPrintSetup(m.build(ctx), scenario.name)),
    names: ordered.flatMap((m): NamePlan[] => m.names?.(ctx) ?? []),
  };
  // Widths last, from the numbers as the plan's language formats them (units such as "Mrd. RMB" are wider).
  return withFittedPlanWidths(
    language === "en" ? plan : localizePlan(plan, language, foreignTexts(set.scenarios, dataset)),
  );
}
