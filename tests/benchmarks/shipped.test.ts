import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/dataset-update";
import { parseDataset, type BenchmarkDataset } from "../../src/benchmarks/schema";

/**
 * The shipped assets/benchmarks.json is the builder's output, not a hand-edited file: the curated layer merged with
 * the filings of the committed offline snapshot (assets/snapshot: Amazon's 10-K for 2022, the real SEC instance).
 * Rebuilding it with the command in the README must give the committed file byte for byte.
 */

const ROOT = join(__dirname, "..", "..");
const asset = (name: string) => join(ROOT, "assets", name);
const shippedText = readFileSync(asset("benchmarks.json"), "utf8");

function shipped(): BenchmarkDataset {
  const parsed = parseDataset(JSON.parse(shippedText) as unknown);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.dataset;
}

describe("the shipped benchmark dataset", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "capex-shipped-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("is what `dataset:update --offline assets/snapshot/sec` builds from the curated layer, byte for byte", async () => {
    const out = join(directory, "benchmarks.json");
    const lines: string[] = [];
    const io = { stdout: (line: string) => lines.push(line), stderr: (line: string) => lines.push(line) };
    const argv = ["--offline", asset("snapshot/sec"), "--providers", asset("snapshot/providers.json")];
    const code = await main([...argv, "--curated", asset("benchmarks-curated.json"), "--out", out], io, { env: {} });
    expect({ code, lines }).toMatchObject({ code: 0 });
    expect(readFileSync(out, "utf8")).toBe(shippedText);
  });

  it("holds AWS's 2020 to 2022 segment figures as Amazon's 10-K for 2022 reports them, with the filing as source", () => {
    const aws = shipped().figures.filter((figure) => figure.provider === "aws" && figure.accessions !== undefined);
    // Amounts from the 10-K (segment information note and cash-flow statement), in USD bn.
    const expected: [string, string, number][] = [
      ["capex", "2020", 40.14],
      ["capex", "2021", 61.053],
      ["capex", "2022", 63.645],
      ["cloud-revenue", "2020", 45.37],
      ["cloud-revenue", "2021", 62.202],
      ["cloud-revenue", "2022", 80.096],
      ["operating-income", "2020", 13.531],
      ["operating-income", "2021", 18.532],
      ["operating-income", "2022", 22.841],
    ];
    expect(aws.map((figure) => [figure.metric, figure.period, figure.value]).sort()).toEqual(expected.sort());
    for (const figure of aws) {
      expect(figure).toMatchObject({ form: "10-K", filed: "2023-02-03", accessions: ["0001018724-23-000004"] });
    }
  });

  it("is dated by its newest figure, and its version follows that date", () => {
    const dataset = shipped();
    const newest = dataset.figures
      .map((figure) => figure.filed ?? figure.published ?? "")
      .reduce((a, b) => (a > b ? a : b));
    expect(dataset.asOf).toBe(newest);
    expect(dataset.version.startsWith(`${newest.replace(/-/g, ".")}.`)).toBe(true);
  });

  it("keeps every curated figure the snapshot's filings do not cover", () => {
    const curated = JSON.parse(readFileSync(asset("benchmarks-curated.json"), "utf8")) as BenchmarkDataset;
    const keys = new Set(shipped().figures.map((f) => `${f.provider}|${f.metric}|${f.period}`));
    const missing = curated.figures.filter((f) => !keys.has(`${f.provider}|${f.metric}|${f.period}`));
    expect(missing).toEqual([]);
  });
});
