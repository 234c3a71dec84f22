import { ModelInputError } from "../../src/core/errors";

/** The ModelInputError that `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): ModelInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelInputError) return error;
    throw error;
  }
  throw new Error("expected a ModelInputError, but nothing was thrown");
}
