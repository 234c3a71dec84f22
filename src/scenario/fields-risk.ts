import { MAX_SEED } from "../core/random";
import { MAX_TRIALS } from "../core/risk";
import { atLeast, atMost, type Bound, type NumberFormatKey, type UnitKey } from "./field-types";
import { DEFAULT_RISK } from "./risk";

/** A number of the risk block: optional in a scenario, saved under `json`, shown in the Inputs sheet's risk section. */
function riskField<K extends string, Kind extends "wholeNumber" | "rate">(
  key: K,
  kind: Kind,
  unit: UnitKey,
  json: readonly (string | number)[],
  value: number,
  min: Bound,
  max: Bound,
) {
  const workbookName = key.charAt(0).toUpperCase() + key.slice(1);
  const numberFormat: NumberFormatKey = kind === "rate" ? "rate" : "count";
  return {
    key,
    kind,
    unit,
    json,
    default: value,
    optional: true as const,
    min,
    max,
    numberFormat,
    workbookName,
    textKey: key,
    sheet: { section: "risk" as const },
  };
}

/**
 * The risk block (model.md, "Risk"): saved as `risk: { trials, seed, spreads: { growth: [below, above], ... } }`,
 * from scenario file version 2 on; a file without it gets these defaults (src/scenario/risk.ts says why).
 */
export const RISK_FIELDS = [
  riskField(
    "riskTrials",
    "wholeNumber",
    "count",
    ["risk", "trials"],
    DEFAULT_RISK.trials,
    atLeast(1),
    atMost(MAX_TRIALS),
  ),
  riskField("riskSeed", "wholeNumber", "count", ["risk", "seed"], DEFAULT_RISK.seed, atLeast(0), atMost(MAX_SEED)),
  riskField(
    "riskGrowthBelow",
    "rate",
    "percentPoints",
    ["risk", "spreads", "growth", 0],
    DEFAULT_RISK.spreads.growth[0],
    atLeast(0),
    atMost(1),
  ),
  riskField(
    "riskGrowthAbove",
    "rate",
    "percentPoints",
    ["risk", "spreads", "growth", 1],
    DEFAULT_RISK.spreads.growth[1],
    atLeast(0),
    atMost(1),
  ),
  riskField(
    "riskTerminalGrowthBelow",
    "rate",
    "percentPoints",
    ["risk", "spreads", "terminalGrowth", 0],
    DEFAULT_RISK.spreads.terminalGrowth[0],
    atLeast(0),
    atMost(1),
  ),
  riskField(
    "riskTerminalGrowthAbove",
    "rate",
    "percentPoints",
    ["risk", "spreads", "terminalGrowth", 1],
    DEFAULT_RISK.spreads.terminalGrowth[1],
    atLeast(0),
    atMost(1),
  ),
  riskField(
    "riskMarginBelow",
    "rate",
    "percentPoints",
    ["risk", "spreads", "margin", 0],
    DEFAULT_RISK.spreads.margin[0],
    atLeast(0),
    atMost(1),
  ),
  riskField(
    "riskMarginAbove",
    "rate",
    "percentPoints",
    ["risk", "spreads", "margin", 1],
    DEFAULT_RISK.spreads.margin[1],
    atLeast(0),
    atMost(1),
  ),
  riskField(
    "riskCapexBelow",
    "rate",
    "shareOfPlan",
    ["risk", "spreads", "capexTotal", 0],
    DEFAULT_RISK.spreads.capexTotal[0],
    atLeast(0),
    atMost(1),
  ),
  riskField(
    "riskCapexAbove",
    "rate",
    "shareOfPlan",
    ["risk", "spreads", "capexTotal", 1],
    DEFAULT_RISK.spreads.capexTotal[1],
    atLeast(0),
    atMost(10),
  ),
] as const;
