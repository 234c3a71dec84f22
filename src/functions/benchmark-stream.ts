import { ModelInputError } from "../core/errors";
import { describeValue, isBlank, toExcelError } from "./excel-arguments";
import { lookupFigure, type FigureQuery } from "../benchmarks/lookup";
import { type BenchmarkDataset } from "../benchmarks/schema";
import { type BenchmarkStore } from "../benchmarks/store";

/**
 * The body of CAPEX.BENCHMARK, kept apart from functions.ts so that tests can drive it with a store of their own.
 */

/** A provider or metric: text only; blank is kept as "" so that the #N/A message lists the choices. */
function nameArgument(value: unknown, name: string): string {
  if (isBlank(value)) return "";
  if (typeof value !== "string")
    throw new ModelInputError("value", `${name} must be text, not ${describeValue(value)}.`);
  return value;
}

/**
 * A period label. A whole number is read as a year label, because a cell holding 2024 is a number to Excel and the
 * labels of calendar years are exactly those numbers.
 */
function periodArgument(value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  throw new ModelInputError(
    "value",
    `period must be text such as "Q4 2024" or a year such as 2024, not ${describeValue(value)}.`,
  );
}

export function benchmarkQuery(provider: unknown, metric: unknown, period: unknown): FigureQuery {
  return {
    provider: nameArgument(provider, "provider"),
    metric: nameArgument(metric, "metric"),
    period: periodArgument(period),
  };
}

/**
 * Sets the cell from the store's dataset once the store is ready and again after every replace, until Excel cancels
 * the call; Excel shows #BUSY! until the first result. A wrong argument type can never be fixed by new data, so it is
 * reported at once without subscribing. A call cancelled before the store is ready never subscribes.
 */
export function streamBenchmark(
  storeReady: Promise<BenchmarkStore>,
  provider: unknown,
  metric: unknown,
  period: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  let query: FigureQuery;
  try {
    query = benchmarkQuery(provider, metric, period);
  } catch (error) {
    invocation.setResult(toExcelError(error));
    return;
  }
  const emit = (dataset: BenchmarkDataset): void => {
    try {
      invocation.setResult(lookupFigure(dataset, query).value);
    } catch (error) {
      invocation.setResult(toExcelError(error));
    }
  };
  let canceled = false;
  let unsubscribe = (): void => {
    canceled = true;
  };
  invocation.onCanceled = () => unsubscribe();
  storeReady.then(
    (store) => {
      if (canceled) return;
      unsubscribe = store.subscribe(emit);
      emit(store.current);
    },
    () => {
      if (!canceled) invocation.setResult(toExcelError(new ModelInputError("na", DATASET_NOT_LOADED)));
    },
  );
}

/** The cell's message when the shipped dataset did not load; a pane refresh cannot help, reloading the add-in can. */
export const DATASET_NOT_LOADED = "The benchmark dataset could not be loaded; reload the add-in to try again.";
