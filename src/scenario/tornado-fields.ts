import type { TornadoInput } from "../core/tornado";
import { DEFAULT_TORNADO_STEPS } from "./tornado";

/**
 * The tornado's steps as registry fields (see `fields.ts`): optional numbers saved as model.md's `tornado` block
 * (`tornado: { growth, terminalGrowth, ... }`, each input's step), shown in the Inputs sheet's tornado section. Rates
 * step by points (0.05 is ±5 points), amounts by a share of themselves (0.2 is ±20%), both at most 1.
 */
function tornadoField<K extends string>(key: K, input: TornadoInput, relative: boolean) {
  return {
    key,
    kind: "rate" as const,
    unit: relative ? ("shareOfPlan" as const) : ("percentPoints" as const),
    json: ["tornado", input] as const,
    default: DEFAULT_TORNADO_STEPS[input],
    optional: true as const,
    min: { value: 0, inclusive: true },
    max: { value: 1, inclusive: true },
    numberFormat: "rate" as const,
    workbookName: key.charAt(0).toUpperCase() + key.slice(1),
    textKey: key,
    sheet: { section: "tornado" as const },
  };
}

export const TORNADO_FIELDS = [
  tornadoField("tornadoGrowthStep", "growth", false),
  tornadoField("tornadoTerminalGrowthStep", "terminalGrowth", false),
  tornadoField("tornadoBaselineGrowthStep", "baselineGrowth", false),
  tornadoField("tornadoMarginStep", "margin", false),
  tornadoField("tornadoDiscountRateStep", "discountRate", false),
  tornadoField("tornadoCapexStep", "capexTotal", true),
  tornadoField("tornadoBaseRevenueStep", "baseRevenue", true),
] as const;
