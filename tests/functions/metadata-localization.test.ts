import {
  localizeFunctionsMetadata,
  type FunctionsMetadata,
  type FunctionTranslations,
} from "../../src/functions/metadata-localization";

/** The build step that makes functions-de.json: what it copies, what it translates, and every drift it refuses. */

const ENGLISH: FunctionsMetadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "PACING",
      name: "PACING",
      description: "Spreads a budget.",
      parameters: [
        { name: "total", description: "Budget.", type: "any" },
        { name: "weights", description: "Weights.", type: "any", dimensionality: "matrix", optional: true },
      ],
      result: { type: "number", dimensionality: "matrix" },
    },
    {
      id: "BENCHMARK",
      name: "BENCHMARK",
      description: "One figure.",
      options: { stream: true },
      parameters: [{ name: "provider", description: "Provider.", type: "any" }],
      result: { type: "number" },
    },
  ],
};

const GERMAN: FunctionTranslations = {
  PACING: {
    name: "INVESTVERTEILUNG",
    description: "Verteilt ein Budget.",
    parameters: {
      total: { name: "summe", description: "Budget." },
      weights: { name: "gewichte", description: "Gewichte." },
    },
  },
  BENCHMARK: {
    name: "VERGLEICHSWERT",
    description: "Eine Kennzahl.",
    parameters: { provider: { name: "anbieter", description: "Anbieter." } },
  },
};

function withPacing(change: (pacing: FunctionTranslations["PACING"]) => FunctionTranslations["PACING"]) {
  return { ...GERMAN, PACING: change(GERMAN.PACING) };
}

describe("localized function metadata", () => {
  it("translates names and descriptions and copies everything else, in the English order", () => {
    const { metadata, problems } = localizeFunctionsMetadata(ENGLISH, GERMAN);
    expect(problems).toEqual([]);
    expect(metadata).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "PACING",
          name: "INVESTVERTEILUNG",
          description: "Verteilt ein Budget.",
          parameters: [
            { name: "summe", description: "Budget.", type: "any" },
            { name: "gewichte", description: "Gewichte.", type: "any", dimensionality: "matrix", optional: true },
          ],
          result: { type: "number", dimensionality: "matrix" },
        },
        {
          id: "BENCHMARK",
          name: "VERGLEICHSWERT",
          description: "Eine Kennzahl.",
          options: { stream: true },
          parameters: [{ name: "anbieter", description: "Anbieter.", type: "any" }],
          result: { type: "number" },
        },
      ],
    });
  });

  it("leaves the English metadata as it was", () => {
    const before = JSON.stringify(ENGLISH);
    localizeFunctionsMetadata(ENGLISH, GERMAN);
    expect(JSON.stringify(ENGLISH)).toBe(before);
  });

  it("refuses an English function without a translation", () => {
    const partial = { PACING: GERMAN.PACING };
    expect(localizeFunctionsMetadata(ENGLISH, partial).problems).toEqual([
      "BENCHMARK: the function has no translation",
    ]);
  });

  it("refuses an English parameter without a translation, e.g. one added or renamed in the JSDoc", () => {
    const renamed: FunctionsMetadata = {
      ...ENGLISH,
      functions: [
        { ...ENGLISH.functions[0], parameters: [ENGLISH.functions[0].parameters[0], { name: "shares", type: "any" }] },
        ENGLISH.functions[1],
      ],
    };
    expect(localizeFunctionsMetadata(renamed, GERMAN).problems).toEqual([
      'PACING: parameter "shares" has no translation',
      'PACING: translation of parameter "weights", which the function does not have',
    ]);
  });

  it("refuses a translation for a function that does not exist, unless it is awaited from another branch", () => {
    const ahead = {
      ...GERMAN,
      DEPRECIATION: { name: "ABSCHREIBUNG", description: "Abschreibung.", parameters: {} },
    };
    expect(localizeFunctionsMetadata(ENGLISH, ahead).problems).toEqual([
      "DEPRECIATION: a translation, but no such function",
    ]);
    const awaited = localizeFunctionsMetadata(ENGLISH, ahead, ["DEPRECIATION"]);
    expect(awaited.problems).toEqual([]);
    expect(awaited.metadata.functions.map((fn) => fn.id)).toEqual(["PACING", "BENCHMARK"]);
  });

  it("checks an awaited function like any other once it exists", () => {
    const arrived: FunctionsMetadata = {
      ...ENGLISH,
      functions: [
        ...ENGLISH.functions,
        {
          id: "DEPRECIATION",
          name: "DEPRECIATION",
          parameters: [{ name: "capex" }, { name: "life" }],
          result: { type: "number" },
        },
      ],
    };
    const ahead = {
      ...GERMAN,
      DEPRECIATION: {
        name: "ABSCHREIBUNG",
        description: "Abschreibung.",
        parameters: { capex: { name: "capex", description: "Investitionen." } },
      },
    };
    expect(localizeFunctionsMetadata(arrived, ahead, ["DEPRECIATION"]).problems).toEqual([
      'DEPRECIATION: parameter "life" has no translation',
    ]);
  });

  it.each([
    ["lower case", "investverteilung"],
    ["an umlaut, which not every keyboard types", "ÄNDERUNG"],
    ["a space", "INVEST VERTEILUNG"],
    ["fewer than three characters", "IV"],
    ["a leading digit", "1INVEST"],
  ])("refuses a function name with %s", (_case, name) => {
    const { problems } = localizeFunctionsMetadata(
      ENGLISH,
      withPacing((pacing) => ({ ...pacing, name })),
    );
    expect(problems).toEqual([`PACING: name "${name}" does not match /^[A-Z][A-Z0-9_.]{2,}$/`]);
  });

  it("refuses a name Excel would read as a cell reference", () => {
    const { problems } = localizeFunctionsMetadata(
      ENGLISH,
      withPacing((pacing) => ({ ...pacing, name: "ABC123" })),
    );
    expect(problems).toEqual(['PACING: name "ABC123" looks like a cell reference']);
  });

  it("refuses parameter names that are not lower-case ASCII, and empty descriptions", () => {
    const broken = withPacing((pacing) => ({
      ...pacing,
      description: " ",
      parameters: { ...pacing.parameters, total: { name: "Größe", description: "" } },
    }));
    expect(localizeFunctionsMetadata(ENGLISH, broken).problems).toEqual([
      "PACING: the description is empty",
      'PACING(total): name "Größe" does not match /^[a-z][a-z0-9_]*$/',
      "PACING(total): the description is empty",
    ]);
  });

  it("refuses two functions, or two parameters of one function, with the same name", () => {
    const twice = {
      ...withPacing((pacing) => ({
        ...pacing,
        parameters: { ...pacing.parameters, weights: { name: "summe", description: "Gewichte." } },
      })),
      BENCHMARK: { ...GERMAN.BENCHMARK, name: "INVESTVERTEILUNG" },
    };
    expect(localizeFunctionsMetadata(ENGLISH, twice).problems).toEqual([
      'PACING: two parameters are called "summe"',
      'two functions are called "INVESTVERTEILUNG"',
    ]);
  });
});
