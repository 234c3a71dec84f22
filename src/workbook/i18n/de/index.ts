import type { SheetKey } from "../../plan-types";
import type { Catalog } from "../translator";
import { DE_BENCHMARKS, DE_BENCHMARKS_TEMPLATES } from "./benchmarks-sheet";
import { DE_CALCULATION } from "./calculation-sheets";
import { DE_EARNINGS, DE_EARNINGS_TEMPLATES } from "./earnings-sheet";
import { DE_FIELD_ENTRIES } from "./fields";
import { DE_FRONT } from "./front-sheets";
import { DE_RISK } from "./risk-sheet";
import { DE_SCENARIOS } from "./scenarios-sheet";
import { DE_TEMPLATES } from "./templates";
import { DE_TORNADO, DE_TORNADO_TEMPLATES } from "./tornado-sheet";

/** The workbook in German: the sheets' names and every text the add-in writes, keyed by its English text. */

export const DE_SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  cover: "Deckblatt",
  inputs: "Eingaben",
  capex: "Investitionen",
  cloud: "Cloud",
  payback: "Amortisation",
  sensitivity: "Sensitivität",
  risk: "Risiko",
  earnings: "Ergebnis",
  benchmarks: "Vergleichswerte",
  checks: "Prüfungen",
  dashboard: "Übersicht",
  tornado: "Tornado",
  scenarios: "Szenarien",
};

/** The hand-written entries, each of which some plan uses (the completeness test holds them to that). */
export const DE_WRITTEN: Readonly<Record<string, string>> = {
  ...DE_FRONT,
  ...DE_CALCULATION,
  ...DE_EARNINGS,
  ...DE_BENCHMARKS,
  ...DE_RISK,
  ...DE_TORNADO,
  ...DE_SCENARIOS,
};

export const DE_CATALOG: Catalog = {
  // The inputs' words come first, from the field texts the pane shows; a hand-written entry may not contradict them.
  exact: { ...DE_FIELD_ENTRIES, ...DE_WRITTEN },
  templates: [...DE_TEMPLATES, ...DE_EARNINGS_TEMPLATES, ...DE_BENCHMARKS_TEMPLATES, ...DE_TORNADO_TEMPLATES],
};
