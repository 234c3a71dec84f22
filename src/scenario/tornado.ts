import { TORNADO_INPUTS, type TornadoInput, type TornadoSteps } from "../core/tornado";
import type { Scenario } from "./types";

/**
 * The tornado's steps a scenario gets when its file has none (model.md, "Tornado"). Rates move by points in their own
 * unit, amounts by a fraction of themselves; why these:
 * - growth ±5 points and cash margin ±5 points: about one year's move in Alibaba Cloud's reported growth and in its
 *   margin during the 2023–2025 price war;
 * - terminal and baseline growth ±2 points: the long-run rates are the least moved by one year's news;
 * - discount rate ±1 point: the usual spread of analysts' costs of capital for large Chinese technology companies;
 * - capex ±20%: the plan is "at least" RMB 380 bn, and Goldman's RMB 460 bn base case is 21% above it;
 * - base revenue ±10%: the gap between calendar-year and fiscal-year cloud revenue as reported.
 */
export const DEFAULT_TORNADO_STEPS: TornadoSteps = {
  growth: 0.05,
  terminalGrowth: 0.02,
  baselineGrowth: 0.02,
  margin: 0.05,
  discountRate: 0.01,
  capexTotal: 0.2,
  baseRevenue: 0.1,
};

/** The registry field that holds each input's step. */
export const TORNADO_STEP_FIELDS = {
  growth: "tornadoGrowthStep",
  terminalGrowth: "tornadoTerminalGrowthStep",
  baselineGrowth: "tornadoBaselineGrowthStep",
  margin: "tornadoMarginStep",
  discountRate: "tornadoDiscountRateStep",
  capexTotal: "tornadoCapexStep",
  baseRevenue: "tornadoBaseRevenueStep",
} as const satisfies Readonly<Record<TornadoInput, string>>;

/** The tornado's view of a scenario: its steps, each falling back to the default. */
export function toTornadoSteps(scenario: Scenario): TornadoSteps {
  const steps = {} as Record<TornadoInput, number>;
  for (const input of TORNADO_INPUTS)
    steps[input] = scenario[TORNADO_STEP_FIELDS[input]] ?? DEFAULT_TORNADO_STEPS[input];
  return steps;
}
