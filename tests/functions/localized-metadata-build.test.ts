/**
 * The webpack step that writes functions-de.json, driven without a whole build: given an English functions.json
 * that the translation does not fit, it fails the compilation with one error per drift, and still writes the file.
 */

interface FakeCompilation {
  errors: Error[];
  emitted: Record<string, string>;
  fileDependencies: Set<string>;
  processAssets?: () => void;
}

async function runPlugin(english: unknown): Promise<FakeCompilation> {
  const makeConfig = require("../../webpack.config.js") as (
    env: object,
    argv: object,
  ) => Promise<{ plugins: { constructor: { name: string }; apply(compiler: unknown): void }[] }>;
  const config = await makeConfig({}, { mode: "production" });
  const plugin = config.plugins.find((p) => p.constructor.name === "LocalizedFunctionsMetadataPlugin");
  if (!plugin) throw new Error("webpack.config.js has no LocalizedFunctionsMetadataPlugin");
  const compilation: FakeCompilation = { errors: [], emitted: {}, fileDependencies: new Set() };
  const fake = {
    ...compilation,
    hooks: { processAssets: { tap: (_options: unknown, run: () => void) => (compilation.processAssets = run) } },
    getAsset: (name: string) =>
      name === "functions.json" ? { source: { source: () => JSON.stringify(english) } } : undefined,
    emitAsset: (name: string, source: { source(): string }) => (compilation.emitted[name] = source.source()),
  };
  compilation.errors = fake.errors;
  compilation.fileDependencies = fake.fileDependencies;
  plugin.apply({ hooks: { thisCompilation: { tap: (_name: string, run: (c: unknown) => void) => run(fake) } } });
  compilation.processAssets!();
  return compilation;
}

jest.setTimeout(60_000);

describe("the build step for functions-de.json", () => {
  it("fails the build for a function or parameter without a German entry, and a German entry without a function", async () => {
    const english = {
      functions: [
        { id: "PACING", name: "PACING", description: "Spreads.", parameters: [{ name: "total" }, { name: "extra" }] },
        { id: "NEWONE", name: "NEWONE", description: "New.", parameters: [] },
      ],
    };
    const result = await runPlugin(english);
    const messages = result.errors.map((error) => error.message);
    const source = "functions-de.json (src/functions/metadata-de.ts)";
    expect(messages).toEqual(
      expect.arrayContaining([
        `${source}: PACING: parameter "extra" has no translation`,
        `${source}: PACING: translation of parameter "periods", which the function does not have`,
        `${source}: NEWONE: the function has no translation`,
        `${source}: CLOUDGROWTH: a translation, but no such function`,
      ]),
    );
    // DEPRECIATION is awaited from another branch: its translation alone is no error.
    expect(messages.filter((message) => message.includes("DEPRECIATION"))).toEqual([]);
    expect(Object.keys(result.emitted)).toEqual(["functions-de.json"]);
    expect(result.fileDependencies.size).toBe(1);
  });
});
