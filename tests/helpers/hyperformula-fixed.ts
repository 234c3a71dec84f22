import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from "hyperformula";

/**
 * Excel's FIXED(number, [decimals], [no_commas]), which HyperFormula lacks: the number rounded half away from zero to
 * `decimals` places, as text with the spreadsheet app's decimal separator (and, unless no_commas, its thousands
 * separator). The app's separators are a setting here, so that a test can compute the same workbook as an English
 * and as a German Excel would (number-text.ts builds sentences that must read the same in both).
 */

export type AppDecimalSeparator = "." | ",";

let appDecimalSeparator: AppDecimalSeparator = ".";

/** Computes the following evaluations as an app whose decimal separator is `separator` would. */
export function setAppDecimalSeparator(separator: AppDecimalSeparator): void {
  appDecimalSeparator = separator;
}

interface CallNode {
  readonly args: unknown[];
}

export function excelFixed(x: number, decimals: number, noCommas: boolean, separator: AppDecimalSeparator): string {
  const places = Math.trunc(decimals);
  const factor = 10 ** places;
  // Round half away from zero on the decimal the app shows (15 significant digits), not on the binary double.
  const rounded = (Math.sign(x) * Math.round(Number((Math.abs(x) * factor).toPrecision(15)))) / factor;
  const [whole, fraction] = Math.abs(rounded).toFixed(Math.max(places, 0)).split(".");
  const thousands = separator === "." ? "," : ".";
  const grouped = noCommas ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = rounded < 0 ? "-" : "";
  return sign + grouped + (fraction === undefined ? "" : separator + fraction);
}

export class FixedPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    FIXED: {
      method: "fixed",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
      ],
    },
  };

  fixed(ast: CallNode, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata("FIXED"),
      (x: number, d: number, plain: boolean) => excelFixed(x, d, plain, appDecimalSeparator),
    );
  }
}

/** Registers FIXED once per process; HyperFormula keeps plugins in a global registry. */
export function registerFixed(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("FIXED")) return;
  HyperFormula.registerFunctionPlugin(FixedPlugin, { enGB: { FIXED: "FIXED" }, enUS: { FIXED: "FIXED" } });
}
