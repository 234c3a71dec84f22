import { computeInvestmentCase } from "../../core/model";
import { toCaseInputs } from "../../scenario/types";
import { isScenarioInput, inputRef, scenarioInputRef, type InputId } from "./inputs";
import { irrLayout, type IrrLayout } from "./payback-irr-layout";
import type { PaybackFlagRows } from "./payback-search";
import { ROW } from "./grid";
import { searchRowsFrom, type GrowthSearchRows } from "./sensitivity-layout";
import type { PlanContext } from "./sheet-module";

/**
 * Where things sit on the Scenarios sheet (model.md, "Scenarios side by side"): the comparison table at the top, one
 * column per scenario, its chart, and below them one block per scenario that computes that scenario's case from its
 * own column on Inputs, whichever scenario is active.
 */

/** The comparison table's rows; its columns are the scenario columns, F on, as on Inputs. */
export const SUMMARY_ROWS = {
  heading: ROW.firstContent,
  name: ROW.firstContent + 1,
  number: ROW.firstContent + 2,
  active: ROW.firstContent + 3,
  simplePayback: ROW.firstContent + 4,
  discountedPayback: ROW.firstContent + 5,
  requiredGrowth: ROW.firstContent + 6,
  npv: ROW.firstContent + 7,
  irr: ROW.firstContent + 8,
  trough: ROW.firstContent + 9,
} as const;

export const CHART_TOP = SUMMARY_ROWS.trough + 2;
const CHART_HEIGHT = 17;
const FIRST_BLOCK = CHART_TOP + CHART_HEIGHT + 1;

/** Rows of one scenario's block: its case year by year, its results in column C, and its two searches. */
export interface ScenarioBlock {
  readonly heading: number;
  readonly year: number;
  readonly weight: number;
  readonly capex: number;
  readonly revenueWith: number;
  readonly revenueWithout: number;
  readonly cashFlow: number;
  readonly cumulative: number;
  readonly divisor: number;
  readonly discounted: number;
  readonly cumulativeDiscounted: number;
  readonly simple: PaybackFlagRows;
  readonly discountedSearch: PaybackFlagRows;
  readonly infraWindow: number;
  readonly infraCharge: number;
  readonly facilityWindow: number;
  readonly facilityCharge: number;
  readonly depreciation: number;
  readonly ebita: number;
  readonly margin: number;
  readonly resultsHeading: number;
  readonly simplePayback: number;
  readonly discountedPayback: number;
  readonly npv: number;
  readonly irr: number;
  readonly requiredGrowth: number;
  readonly trough: number;
  readonly irrSearch: IrrLayout;
  readonly growthSearch: GrowthSearchRows;
  /** The row after the block. */
  readonly end: number;
}

function blockFrom(start: number, horizon: number): ScenarioBlock {
  let row = start;
  const next = () => row++;
  const heading = next();
  const [year, weight, capex, revenueWith, revenueWithout] = [next(), next(), next(), next(), next()];
  const [cashFlow, cumulative, divisor, discounted, cumulativeDiscounted] = [next(), next(), next(), next(), next()];
  const search = (): PaybackFlagRows => ({
    negativeSoFar: next(),
    backToZero: next(),
    firstRecovery: next(),
    paybackPart: next(),
  });
  const simple = search();
  const discountedSearch = search();
  const [infraWindow, infraCharge, facilityWindow, facilityCharge] = [next(), next(), next(), next()];
  const [depreciation, ebita, margin] = [next(), next(), next()];
  row++;
  const resultsHeading = next();
  const [simplePayback, discountedPayback, npv, irr, requiredGrowth, trough] = [
    next(),
    next(),
    next(),
    next(),
    next(),
    next(),
  ];
  row++;
  const irrSearch = irrLayout(row, horizon);
  const growthSearch = searchRowsFrom(irrSearch.end + 1);
  return {
    heading,
    year,
    weight,
    capex,
    revenueWith,
    revenueWithout,
    cashFlow,
    cumulative,
    divisor,
    discounted,
    cumulativeDiscounted,
    simple,
    discountedSearch,
    infraWindow,
    infraCharge,
    facilityWindow,
    facilityCharge,
    depreciation,
    ebita,
    margin,
    resultsHeading,
    simplePayback,
    discountedPayback,
    npv,
    irr,
    requiredGrowth,
    trough,
    irrSearch,
    growthSearch,
    end: growthSearch.last + 2,
  };
}

/** The block of scenario column `index` (0-based), for a timeline of `horizon` years. */
export function scenarioBlock(index: number, horizon: number): ScenarioBlock {
  let block = blockFrom(FIRST_BLOCK, horizon);
  for (let j = 0; j < index; j++) block = blockFrom(block.end, horizon);
  return block;
}

// One context per scenario column and plan: the table, the block and its searches read the same core run, and the IRR
// and required-growth traces, cached by that run's result, are computed once.
const contexts = new WeakMap<PlanContext, PlanContext[]>();

/**
 * The plan context of scenario column `index`: its scenario and the core's case of it, with the plan's sheets and
 * names. The active column's is the plan's own (the same core run the other sheets cache).
 */
export function scenarioContext(ctx: PlanContext, index: number): PlanContext {
  if (index === ctx.activeScenario) return ctx;
  let columns = contexts.get(ctx);
  if (columns === undefined) contexts.set(ctx, (columns = []));
  let own = columns[index];
  if (own === undefined) {
    const scenario = ctx.scenarios[index];
    const inputs = toCaseInputs(scenario);
    columns[index] = own = Object.create(ctx, {
      scenario: { value: scenario },
      inputs: { value: inputs },
      result: { value: computeInvestmentCase(inputs) },
    }) as PlanContext;
  }
  return own;
}

/** How a block refers to an input: the scenario's own column for a scenario input, column C for a model constant. */
export function blockInput(ctx: PlanContext, index: number): (id: InputId) => string {
  return (id) => (isScenarioInput(id) ? scenarioInputRef(ctx, id, index) : inputRef(ctx, id));
}
