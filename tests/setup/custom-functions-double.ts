/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides, with the same error codes and shape,
 * so that the custom functions can be called in Node exactly as Excel calls them.
 */
enum ErrorCodeDouble {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsErrorDouble extends Error {
  constructor(
    readonly code: ErrorCodeDouble,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsErrorDouble,
    ErrorCode: ErrorCodeDouble,
    associate: () => undefined,
  },
});
