import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionArgument,
  type ImplementedFunctions,
  type Sheets,
} from "hyperformula";
import {
  cloudGrowth,
  depreciation,
  pacing,
  paybackYearFunction,
  requiredGrowthFunction,
} from "../../src/functions/functions";

/**
 * A HyperFormula plugin that makes the CAPEX custom functions callable from formulas, by calling the real adapters in
 * src/functions/functions.ts with arguments shaped the way Excel shapes them:
 * - a parameter declared as a matrix (`unknown[][]` in functions.ts) always gets rows of cells, even for one cell;
 * - a scalar parameter gets the cell value, and a multi-cell range there is #VALUE! (Excel would lift the call over
 *   the range instead; the CAPEX functions never need that);
 * - blank cells are `null` (Excel on the web) or `0` (desktop), chosen with `blankCellsAs`;
 * - an omitted or empty optional argument is `null`, as Excel passes it;
 * - an error value in an argument propagates without calling the function, as Excel does.
 * Row results spill to the right; `CustomFunctions.Error` codes become the HyperFormula errors of the same name.
 *
 * HyperFormula sizes an array result when it parses the formula, before anything is computed. The width of PACING and
 * CLOUDGROWTH is their `periods` argument, so that argument must be a literal number or a reference to a cell holding
 * a constant number that the engine already knows when the formula is entered (for example an input cell placed
 * before the formula, or set before it with setCellContents). Anything else is sized as one cell, and HyperFormula
 * then reports the wider result as an error rather than spilling it. DEPRECIATION's `periods` is optional: omitted or
 * empty, the width is the number of cells of its `capex` argument, a range or an array literal written in the formula.
 */

type ParameterShape = "scalar" | "matrix";

interface CapexFunctionSpec {
  /** The id users type, as functions.json lists it (without the namespace). */
  readonly id: string;
  readonly method: string;
  readonly parameters: readonly ParameterShape[];
  /** How many leading parameters are required; the rest are optional. */
  readonly required: number;
  /** Index of the `periods` parameter for functions whose result is a row that long. */
  readonly periodsIndex?: number;
  /** Index of the range parameter whose number of cells is the width when `periods` is omitted. */
  readonly defaultPeriodsFromIndex?: number;
  readonly call: (...args: unknown[]) => unknown;
}

export const CAPEX_NAMESPACE = "CAPEX";

/** What the plugin registers. tests/functions checks it against the built functions.json so the two cannot drift. */
export const CAPEX_FUNCTION_SPECS: readonly CapexFunctionSpec[] = [
  {
    id: "PACING",
    method: "pacing",
    parameters: ["scalar", "scalar", "scalar", "matrix"],
    required: 2,
    periodsIndex: 1,
    call: (...a) => pacing(a[0], a[1], a[2], a[3] as unknown[][] | undefined),
  },
  {
    id: "CLOUDGROWTH",
    method: "cloudGrowth",
    parameters: ["scalar", "scalar", "scalar", "scalar"],
    required: 3,
    periodsIndex: 2,
    call: (...a) => cloudGrowth(a[0], a[1], a[2], a[3]),
  },
  {
    id: "PAYBACKYEAR",
    method: "paybackYear",
    parameters: ["matrix", "scalar", "scalar"],
    required: 1,
    call: (...a) => paybackYearFunction(a[0] as unknown[][], a[1], a[2]),
  },
  {
    id: "REQUIREDGROWTH",
    method: "requiredGrowth",
    parameters: ["scalar", "scalar", "scalar", "scalar", "scalar", "scalar", "scalar", "scalar"],
    required: 5,
    call: (...a) => requiredGrowthFunction(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
  },
  {
    id: "DEPRECIATION",
    method: "depreciation",
    parameters: ["matrix", "scalar", "scalar", "scalar"],
    required: 2,
    periodsIndex: 2,
    defaultPeriodsFromIndex: 0,
    call: (...a) => depreciation(a[0] as unknown[][], a[1], a[2], a[3]),
  },
];

const MAX_ROW_WIDTH = 600;

const EXCEL_TO_HYPERFORMULA_ERROR: Readonly<Record<string, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  // HyperFormula has no #NULL!; its generic error is the nearest.
  "#NULL!": ErrorType.ERROR,
};

/** The parts of HyperFormula's parse tree the size prediction reads (the full types are not exported). */
interface AstNode {
  readonly type: string;
  readonly value?: unknown;
  readonly reference?: CellReference;
  /** The corners of a CELL_RANGE. */
  readonly start?: CellReference;
  readonly end?: CellReference;
  /** The rows of an ARRAY literal. */
  readonly args?: readonly (readonly unknown[])[];
}
interface CellReference {
  toSimpleCellAddress(base: unknown): unknown;
}
interface CallNode {
  readonly args: AstNode[];
}

/** How blank cells inside ranges reach the functions: `null` as Excel on the web passes them, `0` as desktop does. */
let blankCell: null | 0 = null;

/** Turns a thrown or returned `CustomFunctions.Error` into the HyperFormula error of the same name. */
export function toHyperFormulaError(error: CustomFunctions.Error): CellError {
  const type = EXCEL_TO_HYPERFORMULA_ERROR[error.code];
  if (type === undefined) throw new Error(`No HyperFormula error for Excel error code ${String(error.code)}.`);
  return new CellError(type, error.message);
}

function cellToExcel(value: unknown): unknown {
  return value === EmptyValue ? blankCell : value;
}

function firstError(rows: readonly (readonly unknown[])[]): CellError | undefined {
  for (const row of rows) for (const cell of row) if (cell instanceof CellError) return cell;
  return undefined;
}

/** Shapes one evaluated argument the way Excel hands it to a custom function, or gives the error to return. */
function argumentToExcel(value: unknown, shape: ParameterShape): { value: unknown } | { error: CellError } {
  if (value === undefined) return { value: null };
  if (value instanceof CellError) return { error: value };
  if (value instanceof SimpleRangeValue) {
    const rows = value.data;
    const error = firstError(rows);
    if (error) return { error };
    if (shape === "matrix") return { value: rows.map((row) => row.map(cellToExcel)) };
    if (value.width() !== 1 || value.height() !== 1) {
      return { error: new CellError(ErrorType.VALUE, "A single value is expected here, not a range.") };
    }
    return { value: cellToExcel(rows[0][0]) };
  }
  // Optional parameters count a blank as omitted, so a lone blank is null whatever the platform.
  const cell = value === EmptyValue ? null : value;
  return { value: shape === "matrix" ? [[cell ?? blankCell]] : cell };
}

function resultToHyperFormula(result: unknown): number | SimpleRangeValue | CellError {
  if (result instanceof CustomFunctions.Error) return toHyperFormulaError(result);
  if (typeof result === "number") return result;
  if (Array.isArray(result) && result.every((row) => Array.isArray(row) && row.every((c) => typeof c === "number"))) {
    return SimpleRangeValue.onlyNumbers(result as number[][]);
  }
  throw new Error(`A CAPEX function returned something Excel cannot show: ${JSON.stringify(result)}`);
}

const parameterMetadata = (spec: CapexFunctionSpec): FunctionArgument[] =>
  spec.parameters.map((_, index) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: index >= spec.required }));

export class CapexPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    CAPEX_FUNCTION_SPECS.map((spec) => [
      `${CAPEX_NAMESPACE}.${spec.id}`,
      {
        method: spec.method,
        parameters: parameterMetadata(spec),
        vectorizationForbidden: true,
        ...(spec.periodsIndex === undefined ? {} : { sizeOfResultArrayMethod: "rowArraySize" }),
      },
    ]),
  );

  pacing(ast: CallNode, state: unknown) {
    return this.invoke("PACING", ast, state);
  }

  cloudGrowth(ast: CallNode, state: unknown) {
    return this.invoke("CLOUDGROWTH", ast, state);
  }

  paybackYear(ast: CallNode, state: unknown) {
    return this.invoke("PAYBACKYEAR", ast, state);
  }

  requiredGrowth(ast: CallNode, state: unknown) {
    return this.invoke("REQUIREDGROWTH", ast, state);
  }

  depreciation(ast: CallNode, state: unknown) {
    return this.invoke("DEPRECIATION", ast, state);
  }

  /** Width of a row result: the `periods` argument, when it can be known before evaluation. */
  rowArraySize(ast: CallNode & { procedureName: string }, state: { formulaAddress: unknown }): ArraySize {
    const spec = specFor(ast.procedureName.slice(CAPEX_NAMESPACE.length + 1));
    const node = spec.periodsIndex === undefined ? undefined : ast.args[spec.periodsIndex];
    const omitted = node === undefined || node.type === "EMPTY";
    const periods =
      omitted && spec.defaultPeriodsFromIndex !== undefined
        ? cellCount(ast.args[spec.defaultPeriodsFromIndex], state.formulaAddress)
        : node === undefined
          ? undefined
          : this.constantNumber(node, state.formulaAddress);
    return periods !== undefined && Number.isInteger(periods) && periods >= 1 && periods <= MAX_ROW_WIDTH
      ? new ArraySize(periods, 1)
      : ArraySize.scalar();
  }

  private constantNumber(node: AstNode, formulaAddress: unknown): number | undefined {
    switch (node.type) {
      case "NUMBER":
        return node.value as number;
      case "PLUS_UNARY_OP":
        return this.constantNumber(node.value as AstNode, formulaAddress);
      case "MINUS_UNARY_OP": {
        const inner = this.constantNumber(node.value as AstNode, formulaAddress);
        return inner === undefined ? undefined : -inner;
      }
      case "CELL_REFERENCE": {
        try {
          const address = node.reference!.toSimpleCellAddress(formulaAddress);
          const value: unknown = this.dependencyGraph.getCellValue(address as never);
          return typeof value === "number" ? value : undefined;
        } catch {
          // A formula cell not computed yet: its value is unknown while the sheet is being parsed.
          return undefined;
        }
      }
      default:
        return undefined;
    }
  }

  private invoke(id: string, ast: CallNode, state: unknown) {
    const spec = specFor(id);
    const metadata = this.metadata(`${CAPEX_NAMESPACE}.${id}`);
    return this.runFunction(ast.args as never, state as never, metadata, (...raw: unknown[]) => {
      const args: unknown[] = [];
      for (let i = 0; i < spec.parameters.length; i++) {
        const shaped = argumentToExcel(raw[i], spec.parameters[i]);
        if ("error" in shaped) return shaped.error;
        args.push(shaped.value);
      }
      try {
        return resultToHyperFormula(spec.call(...args));
      } catch (error) {
        if (error instanceof CustomFunctions.Error) return toHyperFormulaError(error);
        throw error;
      }
    });
  }
}

/** How many cells a range or array literal written in the formula holds; undefined for anything else. */
function cellCount(node: AstNode | undefined, formulaAddress: unknown): number | undefined {
  if (node?.type === "ARRAY" && node.args) return node.args.length * (node.args[0]?.length ?? 0);
  if (node?.type !== "CELL_RANGE" || !node.start || !node.end) return undefined;
  const start = node.start.toSimpleCellAddress(formulaAddress) as { col: number; row: number };
  const end = node.end.toSimpleCellAddress(formulaAddress) as { col: number; row: number };
  return (Math.abs(end.col - start.col) + 1) * (Math.abs(end.row - start.row) + 1);
}

function specFor(id: string): CapexFunctionSpec {
  const spec = CAPEX_FUNCTION_SPECS.find((s) => s.id === id.toUpperCase());
  if (!spec) throw new Error(`Unknown CAPEX function ${id}.`);
  return spec;
}

const functionNames = Object.fromEntries(
  CAPEX_FUNCTION_SPECS.map((spec) => [`${CAPEX_NAMESPACE}.${spec.id}`, `${CAPEX_NAMESPACE}.${spec.id}`]),
);

/** Registers the plugin once per process; HyperFormula keeps plugins in a global registry. */
export function registerCapexFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes(`${CAPEX_NAMESPACE}.PACING`)) return;
  HyperFormula.registerFunctionPlugin(CapexPlugin, { enGB: functionNames, enUS: functionNames });
}

export interface CapexEngineOptions {
  /** How blank cells inside ranges reach the functions; default `null` (Excel on the web). */
  readonly blankCellsAs?: null | 0;
  readonly config?: Partial<ConfigParams>;
}

/**
 * A GPL-licensed HyperFormula engine (dev and tests only) with the CAPEX functions registered. Values come back
 * unrounded (`smartRounding: false`) so that they can be compared to 1e-9. The blank-cell convention applies to every
 * engine in the process, since HyperFormula's plugins are global; the last engine built sets it.
 */
export function buildCapexEngine(sheets: Sheets, options: CapexEngineOptions = {}): HyperFormula {
  registerCapexFunctions();
  blankCell = options.blankCellsAs ?? null;
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false, ...options.config });
}
