import type { RiskSettings } from "../core/risk";

/**
 * The risk block a scenario gets when its file has none (scenario JSON version 1, or version 2 without `risk`).
 * Spreads are distances below and above the scenario's own value; why these:
 * - growth −5 / +10 points: Alibaba Cloud's reported growth moved from 3–7% (2024) to 26–36% (2025) within a year, and
 *   the upside has been the surprise;
 * - terminal growth ±2 points: the long-run rate is the least known and the least moved by one year's news;
 * - cash margin −10 / +5 points: price competition in China's cloud market has pushed margins down before;
 * - capex −0 / +25%: the plan is a floor ("at least RMB 380 bn") and management has said it may spend more; Goldman's
 *   RMB 460 bn base case is 21% above it.
 * 1,000 trials give probabilities to about ±1.5 points (95%); the seed makes the draws repeatable.
 */
export const DEFAULT_RISK: RiskSettings = {
  trials: 1000,
  seed: 2025,
  spreads: {
    growth: [0.05, 0.1],
    terminalGrowth: [0.02, 0.02],
    margin: [0.1, 0.05],
    capexTotal: [0, 0.25],
  },
};
