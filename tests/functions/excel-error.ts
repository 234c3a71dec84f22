/** The error codes the contract names; any other code from a CAPEX function is a bug. */
export const CONTRACT_ERROR_CODES = ["#VALUE!", "#NUM!", "#N/A"] as const;

/** One line, no line breaks, ending in a full stop: what Excel can show on hover. */
export const ONE_LINE_SENTENCE = /^[^\r\n]*\S\.$/;

/** Runs a custom function as Excel would and returns the CustomFunctions.Error it throws or returns. */
export function excelErrorOf(run: () => unknown): CustomFunctions.Error {
  let outcome: unknown;
  try {
    outcome = run();
  } catch (error) {
    outcome = error;
  }
  if (outcome instanceof CustomFunctions.Error) return outcome;
  throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(outcome) ?? String(outcome)}`);
}

/** Asserts the error's code and that its message is a one-line sentence (optionally matching `message`). */
export function expectExcelError(run: () => unknown, code: string, message?: RegExp): void {
  const error = excelErrorOf(run);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(ONE_LINE_SENTENCE);
  expect(error.message).not.toMatch(/^Unexpected error/);
  if (message) expect(error.message).toMatch(message);
}
