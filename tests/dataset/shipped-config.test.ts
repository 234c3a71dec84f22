import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDataset } from "../../src/benchmarks/schema";
import { parseProviders, readsInstance } from "../../src/dataset/providers";

/** The provider file and curated layer the project ships, as `npm run dataset:update` reads them by default. */

const ROOT = join(__dirname, "..", "..");
const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), "utf8"));

describe("the shipped provider configuration", () => {
  const providers = parseProviders(read("assets/providers.json"), "assets/providers.json");

  it("covers Amazon, Microsoft, Alphabet, Oracle, Meta and Alibaba, and not the provider the tests add", () => {
    expect(providers.map((p) => [p.id, p.cik, p.currency])).toEqual([
      ["aws", 1018724, "USD"],
      ["microsoft", 789019, "USD"],
      ["google-cloud", 1652044, "USD"],
      ["oracle", 1341439, "USD"],
      ["meta", 1326801, "USD"],
      ["alibaba-cloud", 1577552, "CNY"],
    ]);
    expect(providers.map((p) => p.id)).not.toContain("newcomer");
  });

  it("reads the cloud segments from the filings' instances and capex from company facts", () => {
    const segments = providers.flatMap((p) =>
      Object.entries(p.metrics)
        .filter(([, metric]) => readsInstance(metric))
        .map(([id, metric]) => `${p.id} ${id} ${metric.segment?.members.join("|")}`),
    );
    expect(segments).toEqual([
      "aws cloud-revenue amzn:AmazonWebServicesSegmentMember",
      "aws operating-income amzn:AmazonWebServicesSegmentMember",
      "microsoft cloud-revenue msft:IntelligentCloudMember",
      "microsoft operating-income msft:IntelligentCloudMember",
      "google-cloud cloud-revenue goog:GoogleCloudMember",
      "google-cloud operating-income goog:GoogleCloudMember",
      "alibaba-cloud cloud-revenue baba:CloudIntelligenceGroupMember|baba:CloudSegmentMember",
    ]);
    expect(providers.every((p) => p.metrics.capex !== undefined && !readsInstance(p.metrics.capex))).toBe(true);
  });

  it("notes the Intelligent Cloud segment's definition and its FY2025 recast", () => {
    const microsoft = providers.find((p) => p.id === "microsoft");
    expect(microsoft?.note).toMatch(/Intelligent Cloud segment: server products and cloud services/);
    expect(microsoft?.note).toMatch(/Recast .* FY2025/);
  });

  it("names only metrics that the curated dataset defines", () => {
    const curated = parseDataset(read("assets/benchmarks-curated.json"));
    if (!curated.ok) throw new Error(curated.problem);
    const metrics = new Set(curated.dataset.metrics.map((metric) => metric.id));
    for (const provider of providers) {
      for (const metric of Object.keys(provider.metrics)) expect(metrics).toContain(metric);
    }
  });
});
