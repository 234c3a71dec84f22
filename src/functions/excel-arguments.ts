import { ModelInputError, type InputErrorKind } from "../core/errors";
import { boundedText, safeText } from "../core/safe-text";

/**
 * The seam between Excel's argument conventions and the finance core: type checks, blanks, ranges and the mapping of
 * core errors onto `CustomFunctions.Error`. Excel on the web passes blank cells as `null`, desktop as `0`.
 */

// Looked up when an error is made, not at load, so that this module loads before the custom-functions runtime does.
function errorCode(kind: InputErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

export function isBlank(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** How an argument of the wrong type is named in an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `text "${safeText(value)}"`;
  if (typeof value === "boolean") return `the boolean ${value ? "TRUE" : "FALSE"}`;
  return `a value of type ${Array.isArray(value) ? "range" : typeof value}`;
}

/** A number argument, typed strictly: text or booleans are #VALUE!, NaN and infinities #NUM!. Blank counts as 0. */
export function numberArgument(value: unknown, name: string): number {
  if (isBlank(value)) return 0;
  if (typeof value !== "number")
    throw new ModelInputError("value", `${name} must be a number, not ${describeValue(value)}.`);
  if (!Number.isFinite(value)) throw new ModelInputError("num", `${name} must be a finite number.`);
  return value;
}

/** An optional number argument: blank means omitted and gives the default. */
export function optionalNumberArgument(value: unknown, name: string, fallback: number): number {
  return isBlank(value) ? fallback : numberArgument(value, name);
}

/** An optional text choice, case-insensitive and trimmed; blank or empty means omitted. */
export function optionalChoiceArgument<T extends string>(
  value: unknown,
  name: string,
  choices: readonly T[],
): T | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== "string") {
    throw new ModelInputError(
      "value",
      `${name} must be text, one of ${choices.join(", ")}; got ${describeValue(value)}.`,
    );
  }
  const normalised = value.trim().toLowerCase();
  if (normalised === "") return undefined;
  const match = choices.find((choice) => choice === normalised);
  if (match === undefined) {
    throw new ModelInputError("value", `${name} "${safeText(value)}" is not known; use one of ${choices.join(", ")}.`);
  }
  return match;
}

/**
 * A row or column of numbers, flattened. Blank cells are 0; text or booleans, or a block with more than one row and
 * more than one column, are #VALUE!. A single value passed on its own counts as a one-cell range.
 */
export function vectorArgument(value: unknown, name: string): readonly number[] {
  if (!Array.isArray(value)) return [cellNumber(value, name, 0)];
  if (value.length === 1 && Array.isArray(value[0]) && isRowOfFiniteNumbers(value[0])) {
    // The usual case, a row without blanks, is handed on as it is: the core only reads it.
    return value[0];
  }
  // Plain loops: this runs for every range argument of every recalculation, so no intermediate arrays or closures.
  const height = value.length;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row: unknown = value[r];
    const rowWidth = Array.isArray(row) ? row.length : 1;
    if (rowWidth > width) width = rowWidth;
  }
  if (height > 1 && width > 1) {
    throw new ModelInputError("value", `${name} must be a single row or column, not a ${height}×${width} block.`);
  }
  const numbers = new Array<number>(height > 1 ? height : width);
  let index = 0;
  for (let r = 0; r < height; r++) {
    const row: unknown = value[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++, index++) numbers[index] = cellNumber(row[c], name, index);
    } else {
      numbers[index] = cellNumber(row, name, index);
      index++;
    }
  }
  numbers.length = index;
  return numbers;
}

function isRowOfFiniteNumbers(row: readonly unknown[]): row is number[] {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (typeof cell !== "number" || !Number.isFinite(cell)) return false;
  }
  return true;
}

function cellNumber(cell: unknown, name: string, index: number): number {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new ModelInputError("num", `${name} must hold only finite numbers.`);
    return cell;
  }
  if (isBlank(cell)) return 0;
  throw new ModelInputError("value", `${name} must hold only numbers; item ${index + 1} is ${describeValue(cell)}.`);
}

/**
 * The longest message a cell's error carries. Excel shows it on hover in one short box, and a message quotes what
 * was asked (a 100 KB text argument) and lists choices, both of which can be long.
 */
export const MAX_ERROR_MESSAGE_LENGTH = 255;

/**
 * Every function's error message on its way to Excel: at most MAX_ERROR_MESSAGE_LENGTH characters ("…" marks a cut),
 * on one line, without control characters or reordering marks. Messages quote arguments short already (describeValue);
 * this is the one bound that holds whatever a message is built from.
 */
export function excelErrorMessage(message: string): string {
  return boundedText(message, MAX_ERROR_MESSAGE_LENGTH);
}

/** Turns any failure into the Excel error the contract names; nothing else escapes a custom function. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof ModelInputError) {
    return new CustomFunctions.Error(errorCode(error.kind), excelErrorMessage(error.message));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    excelErrorMessage(`Unexpected error: ${detail}`),
  );
}

/** Guards the last line of every function: no NaN or infinity may reach a cell. */
export function finiteOrThrow(value: number): number {
  if (!Number.isFinite(value)) throw new ModelInputError("num", "the result is too large to represent.");
  return value;
}

/**
 * An array result spilled to the right: one row, one column per period. The row is the core's fresh array, passed on
 * without a copy or a second pass: paceCapex and projectRevenue return only finite numbers for the inputs they accept
 * (a share of a finite budget; a projection that throws on overflow), which tests/functions/never-non-finite.test.ts
 * holds them to. A per-cell check here tripled the cost of a 40-period call.
 */
export function spillRow(values: number[]): number[][] {
  return [values];
}
