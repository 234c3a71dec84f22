import * as fs from "fs";
import * as path from "path";
import { AWAITED_FUNCTION_IDS, GERMAN_FUNCTIONS } from "../../src/functions/metadata-de";
import { distPath } from "../helpers/dist";
import { CAPEX_FUNCTION_SPECS } from "../helpers/hyperformula-capex-plugin";

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: { stream?: boolean };
}

/** The signatures in shared/spec/functions.md and model.md; a trailing "?" marks an optional parameter. */
const CONTRACT: Record<string, { parameters: string[]; matrixParameters: string[]; result: "matrix" | "scalar" }> = {
  PACING: { parameters: ["total", "periods", "profile?", "weights?"], matrixParameters: ["weights"], result: "matrix" },
  CLOUDGROWTH: {
    parameters: ["base", "growth", "periods", "terminal_growth?"],
    matrixParameters: [],
    result: "matrix",
  },
  PAYBACKYEAR: {
    parameters: ["cashflows", "first_year?", "discount_rate?"],
    matrixParameters: ["cashflows"],
    result: "scalar",
  },
  BENCHMARK: { parameters: ["provider", "metric", "period?"], matrixParameters: [], result: "scalar" },
  DEPRECIATION: {
    parameters: ["capex", "life", "periods?", "convention?"],
    matrixParameters: ["capex"],
    result: "matrix",
  },
  REQUIREDGROWTH: {
    parameters: [
      "capex_total",
      "capex_years",
      "base_revenue",
      "margin",
      "target_years",
      "baseline_growth?",
      "discount_rate?",
      "profile?",
    ],
    matrixParameters: [],
    result: "scalar",
  },
};

const metadata: { functions: FunctionMetadata[] } = JSON.parse(fs.readFileSync(distPath("functions.json"), "utf8"));
const byId = new Map(metadata.functions.map((f) => [f.id, f]));

describe("the built functions.json", () => {
  it("lists each contract function once, with its name equal to its id", () => {
    for (const id of Object.keys(CONTRACT)) {
      expect(metadata.functions.filter((f) => f.id === id)).toHaveLength(1);
      expect(byId.get(id)?.name).toBe(id);
    }
  });

  describe.each(Object.entries(CONTRACT))("%s", (id, contract) => {
    const fn = () => byId.get(id)!;

    it("has the contract's parameter names, in order, with the optional ones flagged", () => {
      expect(fn().parameters.map((p) => p.name + (p.optional ? "?" : ""))).toEqual(contract.parameters);
    });

    it('types every parameter "any", so that the function itself answers text and booleans with #VALUE!', () => {
      for (const p of fn().parameters) expect(p.type).toBe("any");
    });

    it("takes ranges exactly where the contract takes a row or column", () => {
      for (const p of fn().parameters) {
        expect(p.dimensionality ?? "scalar").toBe(contract.matrixParameters.includes(p.name) ? "matrix" : "scalar");
      }
    });

    it(`returns a ${contract.result} of numbers`, () => {
      expect(fn().result.type).toBe("number");
      expect(fn().result.dimensionality ?? "scalar").toBe(contract.result);
    });
  });

  it("streams CAPEX.BENCHMARK, so that a refresh updates its cells, and no other function", () => {
    for (const f of metadata.functions) {
      expect({ id: f.id, stream: f.options?.stream === true }).toEqual({ id: f.id, stream: f.id === "BENCHMARK" });
    }
  });

  it("describes every function and every parameter", () => {
    const described = (text?: string) => (text ?? "").trim().length > 0;
    for (const f of metadata.functions) {
      // The ids ride along so that a failure names the function and parameter without a description.
      expect({ id: f.id, described: described(f.description) }).toEqual({ id: f.id, described: true });
      for (const p of f.parameters) {
        expect({ id: f.id, parameter: p.name, described: described(p.description) }).toEqual({
          id: f.id,
          parameter: p.name,
          described: true,
        });
      }
    }
  });

  it("agrees with the shapes the HyperFormula test plugin passes to the functions", () => {
    for (const spec of CAPEX_FUNCTION_SPECS) {
      const f = byId.get(spec.id)!;
      expect(f.parameters.map((p) => p.dimensionality ?? "scalar")).toEqual(spec.parameters);
      expect(f.parameters.filter((p) => !p.optional)).toHaveLength(spec.required);
    }
  });
});

/** Every function the add-in has or is about to have (CAPEX.DEPRECIATION comes from another branch). */
// A Set, so that the list stays right once the DEPRECIATION branch adds it to CONTRACT.
const EXPECTED_FUNCTION_IDS = [...new Set([...Object.keys(CONTRACT), "DEPRECIATION"])];

/** Every number in a help text: English writes 1,000.5, German 1.000,5; signs are left to the words around them. */
function numbersIn(text: string, language: "en" | "de"): number[] {
  const [group, decimal] = language === "en" ? [",", "."] : [".", ","];
  const pattern =
    language === "en" ? /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g : /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
  return (text.match(pattern) ?? []).map((token) => Number(token.split(group).join("").replace(decimal, ".")));
}

describe("the built functions-de.json (German names and help)", () => {
  const german: { functions: FunctionMetadata[] } = JSON.parse(fs.readFileSync(distPath("functions-de.json"), "utf8"));

  it("has exactly the English functions, in the same order, under the same ids", () => {
    expect(german.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
  });

  it("comes from the one translation source, which covers every expected function and nothing else", () => {
    expect(Object.keys(GERMAN_FUNCTIONS).sort()).toEqual([...EXPECTED_FUNCTION_IDS].sort());
    // Only a function still on its way may have a translation without an English function.
    for (const id of AWAITED_FUNCTION_IDS) expect(EXPECTED_FUNCTION_IDS).toContain(id);
    for (const id of Object.keys(GERMAN_FUNCTIONS)) {
      expect({ id, built: byId.has(id) || AWAITED_FUNCTION_IDS.includes(id) }).toEqual({ id, built: true });
    }
    for (const f of german.functions) expect(f.name).toBe(GERMAN_FUNCTIONS[f.id].name);
  });

  it("gives every function a German name of its own and a German description", () => {
    expect(new Set(german.functions.map((f) => f.name)).size).toBe(german.functions.length);
    for (const f of german.functions) {
      const english = byId.get(f.id)!;
      expect({ id: f.id, name: f.name, differs: f.name !== english.name }).toEqual({
        id: f.id,
        name: expect.stringMatching(/^[A-Z]{3,}$/),
        differs: true,
      });
      expect({
        id: f.id,
        translated: (f.description ?? "") !== english.description && !!f.description?.trim(),
      }).toEqual({ id: f.id, translated: true });
    }
  });

  it("gives every parameter a German name and description, in the English order", () => {
    for (const f of german.functions) {
      const english = byId.get(f.id)!;
      expect(f.parameters).toHaveLength(english.parameters.length);
      f.parameters.forEach((p, index) => {
        const englishParameter = english.parameters[index];
        expect(p.name).toBe(GERMAN_FUNCTIONS[f.id].parameters[englishParameter.name].name);
        expect({ id: f.id, parameter: p.name, described: !!p.description?.trim() }).toEqual({
          id: f.id,
          parameter: p.name,
          described: true,
        });
        expect({ id: f.id, parameter: p.name, translated: p.description !== englishParameter.description }).toEqual({
          id: f.id,
          parameter: p.name,
          translated: true,
        });
      });
    }
  });

  it("keeps types, shapes, optional flags, results and streaming exactly as in English", () => {
    const withoutText = (f: FunctionMetadata) => ({
      ...f,
      name: undefined,
      description: undefined,
      parameters: f.parameters.map((p) => ({ ...p, name: undefined, description: undefined })),
    });
    for (const f of german.functions) expect(withoutText(f)).toEqual(withoutText(byId.get(f.id)!));
  });

  it("uses German Excel's separators in its formula examples: ';' between arguments, ',' in decimals", () => {
    for (const f of german.functions) {
      for (const formula of (f.description ?? "").match(/=CAPEX\.[A-Z]+\([^)]*\)/g) ?? []) {
        expect(formula).toMatch(new RegExp(`^=CAPEX\\.${f.name}\\(`));
        expect(formula.replace(/"[^"]*"/g, "")).not.toMatch(/,\s|\d\.\d/);
      }
    }
  });

  it("is documented in README.de.md: every German signature, optional arguments in brackets", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.de.md"), "utf8");
    for (const f of german.functions) {
      const parameters = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      expect(readme).toContain(`CAPEX.${f.name}(${parameters.join("; ")})`);
    }
    // Not built yet, so which arguments are optional is not known here: the names and their order are.
    for (const id of AWAITED_FUNCTION_IDS) {
      const { name, parameters } = GERMAN_FUNCTIONS[id];
      const documented = readme.match(new RegExp(`CAPEX\\.${name}\\(([^)]*)\\)`))?.[1];
      expect(documented?.replace(/[[\]]/g, "").split("; ")).toEqual(Object.values(parameters).map((p) => p.name));
    }
  });

  it("states every figure of the English help (limits, defaults, examples), so that a changed limit is noticed", () => {
    for (const f of german.functions) {
      const english = byId.get(f.id)!;
      const pairs = [
        [english.description ?? "", f.description ?? "", f.id],
        ...english.parameters.map((p, i) => [p.description ?? "", f.parameters[i].description ?? "", p.name]),
      ];
      for (const [englishText, germanText, where] of pairs) {
        const missing = numbersIn(englishText, "en").filter((n) => !numbersIn(germanText, "de").includes(n));
        expect({ where, missing }).toEqual({ where, missing: [] });
      }
    }
  });
});
