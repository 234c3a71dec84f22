import fc from "fast-check";
import {
  cloudGrowth,
  depreciation,
  pacing,
  paybackYearFunction,
  requiredGrowthFunction,
} from "../../src/functions/functions";
import { CONTRACT_ERROR_CODES, ONE_LINE_SENTENCE } from "./excel-error";

/** Anything a cell can hold, plus the awkward numbers and the texts the functions look for. */
const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 700 }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.constantFrom(
    null,
    0,
    true,
    false,
    "",
    "12",
    " Front ",
    "custom",
    "SCURVE",
    "even",
    "Next",
    NaN,
    Infinity,
    -Infinity,
  ),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2.5, 600, 601, 2025),
  fc.string({ maxLength: 6 }),
);

/** A rectangular range, as Excel passes one: rows of cells. */
const range = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }))
  .chain(([height, width]) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }),
  );

/** An argument in any position: usually a cell, sometimes a range, sometimes omitted. */
const argument = fc.oneof(
  { weight: 6, arbitrary: cell },
  { weight: 2, arbitrary: range },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** Mostly a plausible value for the position (so that valid calls are common), sometimes anything at all. */
const mostly = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: plausible as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: argument });
const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
const rate = fc.double({ min: -0.5, max: 1, noNaN: true });
const smallWhole = fc.integer({ min: 1, max: 50 });
const omitted = fc.constantFrom(undefined, null);
const flowsRow = fc
  .array(fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constant(null)), { minLength: 2, maxLength: 12 })
  .map((flows) => [flows]);

type Outcome = { kind: "value"; value: unknown } | { kind: "error"; error: unknown };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { kind: "value", value: run() };
  } catch (error) {
    return { kind: "error", error };
  }
}

/** A contract error with a one-line message: the only thing besides finite numbers a function may give. */
function isContractError(error: unknown): boolean {
  return (
    error instanceof CustomFunctions.Error &&
    (CONTRACT_ERROR_CODES as readonly string[]).includes(error.code) &&
    ONE_LINE_SENTENCE.test(error.message ?? "") &&
    !(error.message ?? "").startsWith("Unexpected error")
  );
}

const isFiniteNumber = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x);

function isFiniteRow(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length >= 1 &&
    value[0].every(isFiniteNumber)
  );
}

let valuesReturned = 0;

function check(outcome: Outcome, isGoodValue: (value: unknown) => boolean): void {
  if (outcome.kind === "value") valuesReturned++;
  if (outcome.kind === "error") {
    if (!isContractError(outcome.error)) throw outcome.error;
  } else if (!isGoodValue(outcome.value)) {
    throw new Error(`returned ${JSON.stringify(outcome.value)}, which is neither finite numbers nor an error`);
  }
}

const runs = { numRuns: 2000 };
const MIN_VALUES_RETURNED = 20;

describe("the functions return finite numbers or throw a CustomFunctions.Error, nothing else", () => {
  beforeEach(() => {
    valuesReturned = 0;
  });

  // The generators must also reach valid calls, or the properties would only ever see errors.
  afterEach(() => {
    expect(valuesReturned).toBeGreaterThanOrEqual(MIN_VALUES_RETURNED);
  });

  it("CAPEX.PACING", () => {
    fc.assert(
      fc.property(
        mostly(amount),
        mostly(smallWhole),
        mostly(fc.constantFrom(undefined, null, "", "even", "Front", " back ", "SCURVE")),
        mostly(omitted),
        (total, periods, profile, weights) => {
          const outcome = outcomeOf(() => pacing(total, periods, profile, weights as unknown[][]));
          check(outcome, (v) => isFiniteRow(v) && (v as number[][])[0].length === periods);
        },
      ),
      runs,
    );
  });

  it("CAPEX.CLOUDGROWTH", () => {
    fc.assert(
      fc.property(
        mostly(amount),
        mostly(rate),
        mostly(smallWhole),
        mostly(fc.oneof(omitted, rate)),
        (base, growth, periods, terminal) => {
          const outcome = outcomeOf(() => cloudGrowth(base, growth, periods, terminal));
          check(outcome, (v) => isFiniteRow(v) && (v as number[][])[0].length === periods);
        },
      ),
      runs,
    );
  });

  it("CAPEX.PAYBACKYEAR", () => {
    fc.assert(
      fc.property(
        mostly(flowsRow),
        mostly(fc.oneof(omitted, fc.integer({ min: 1990, max: 2100 }))),
        mostly(fc.oneof(omitted, fc.double({ min: 0, max: 0.3, noNaN: true }))),
        (flows, firstYear, discountRate) => {
          check(
            outcomeOf(() => paybackYearFunction(flows as unknown[][], firstYear, discountRate)),
            isFiniteNumber,
          );
        },
      ),
      runs,
    );
  });

  it("CAPEX.DEPRECIATION", () => {
    const capexRow = fc
      .array(fc.oneof(amount, fc.constant(null), fc.constantFrom(1e308, Number.MAX_VALUE)), {
        minLength: 1,
        maxLength: 12,
      })
      .map((amounts) => [amounts]);
    fc.assert(
      fc.property(
        mostly(capexRow),
        mostly(smallWhole),
        mostly(fc.oneof(omitted, fc.integer({ min: 1, max: 60 }))),
        mostly(fc.constantFrom(undefined, null, "", "half", "NEXT", " same ")),
        (capex, life, periods, convention) => {
          const outcome = outcomeOf(() => depreciation(capex as unknown[][], life, periods, convention));
          check(
            outcome,
            (v) => isFiniteRow(v) && (typeof periods !== "number" || (v as number[][])[0].length === periods),
          );
        },
      ),
      runs,
    );
  });

  it("CAPEX.REQUIREDGROWTH", () => {
    fc.assert(
      fc.property(
        fc.tuple(
          mostly(fc.double({ min: 0, max: 1000, noNaN: true })),
          mostly(fc.integer({ min: 1, max: 10 })),
          mostly(fc.double({ min: 1, max: 1000, noNaN: true })),
          mostly(fc.double({ min: 0.05, max: 1, noNaN: true })),
          mostly(fc.double({ min: 0.5, max: 20, noNaN: true })),
          mostly(fc.oneof(omitted, fc.double({ min: 0, max: 0.1, noNaN: true }))),
          mostly(fc.oneof(omitted, fc.double({ min: 0, max: 0.15, noNaN: true }))),
          mostly(fc.constantFrom(undefined, null, "even", "FRONT", "back", " scurve")),
        ),
        (args) => {
          check(
            outcomeOf(() =>
              requiredGrowthFunction(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]),
            ),
            isFiniteNumber,
          );
        },
      ),
      runs,
    );
  });
});
