import * as fs from "fs";
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
