/**
 * The three ways an input can be wrong, named after the Excel errors they become.
 * The core knows nothing of Excel; the function adapters map these kinds onto `CustomFunctions.Error` codes.
 */
export type InputErrorKind = "value" | "num" | "na";

/** A rejected input, with a one-line message that says what was wrong and what is allowed. */
export class ModelInputError extends Error {
  constructor(
    readonly kind: InputErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ModelInputError";
  }
}

export function requireFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new ModelInputError("num", `${name} must be a finite number.`);
}

export function requireNonNegative(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new ModelInputError("num", `${name} must be a finite number of 0 or more.`);
  }
}

/** Growth and discount rates compound as (1 + r), so anything at or below -100% is meaningless. */
export function requireRate(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= -1) {
    throw new ModelInputError("num", `${name} must be a finite rate above -1 (-100%); 11% is 0.11.`);
  }
}

export function requireWholeNumber(value: number, name: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ModelInputError("num", `${name} must be a whole number from ${min} to ${max}.`);
  }
}
