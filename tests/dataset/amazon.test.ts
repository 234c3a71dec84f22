import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildProvider } from "../../src/dataset/build";
import { parseProviders } from "../../src/dataset/providers";
import { offlineSource } from "../../src/dataset/source";
import { readInstance } from "../../src/dataset/xbrl-instance";

/**
 * The real XBRL instance of Amazon's 10-K for 2022 (accession 0001018724-23-000004). Expected values are the ones
 * the 10-K itself reports (fixtures README), in billions: not the program's output.
 */

const SEC = join(__dirname, "..", "fixtures", "sec");
const INSTANCE = join(SEC, "Archives/edgar/data/1018724/000101872423000004/amzn-20221231_htm.xml");
const SEGMENT = { axis: "us-gaap:StatementBusinessSegmentsAxis", members: ["amzn:AmazonWebServicesSegmentMember"] };

const amazon = parseProviders(
  [
    {
      id: "aws",
      name: "AWS",
      company: "Amazon.com, Inc.",
      cik: 1018724,
      currency: "USD",
      since: "2020-01-01",
      metrics: {
        // Only the instance is in the fixtures, so the cash-flow figure is read from it rather than company facts.
        capex: { concepts: ["us-gaap:PaymentsToAcquireProductiveAssets"], source: "instance" },
        "cloud-revenue": {
          concepts: ["us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"],
          segment: SEGMENT,
        },
        "operating-income": { concepts: ["us-gaap:OperatingIncomeLoss"], segment: SEGMENT },
      },
    },
  ],
  "test",
)[0];

describe("the real Amazon 10-K instance for 2022", () => {
  let build: Awaited<ReturnType<typeof buildProvider>>;
  beforeAll(async () => {
    build = await buildProvider(amazon, offlineSource(SEC));
  });

  const values = (metric: string) =>
    build.figures.filter((figure) => figure.metric === metric).map((figure) => [figure.period, figure.value]);

  it("gives the AWS segment net sales the 10-K reports, once each although they appear on two axes", () => {
    expect(values("cloud-revenue")).toEqual([
      ["2020", 45.37],
      ["2021", 62.202],
      ["2022", 80.096],
    ]);
  });

  it("gives the AWS segment operating income the 10-K reports", () => {
    expect(values("operating-income")).toEqual([
      ["2020", 13.531],
      ["2021", 18.532],
      ["2022", 22.841],
    ]);
  });

  it("gives the purchases of property and equipment of the cash-flow statement", () => {
    expect(values("capex")).toEqual([
      ["2020", 40.14],
      ["2021", 61.053],
      ["2022", 63.645],
    ]);
  });

  it("records the provenance of each figure", () => {
    const figure = build.figures.find((f) => f.metric === "cloud-revenue" && f.period === "2022");
    expect(figure).toMatchObject({
      periodKind: "year",
      periodStart: "2022-01-01",
      periodEnd: "2022-12-31",
      currency: "USD",
      unit: "bn",
      accessions: ["0001018724-23-000004"],
      form: "10-K",
      filed: "2023-02-03",
      published: "2023-02-03",
      concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
      segmentMember: "amzn:AmazonWebServicesSegmentMember",
      sourceUrl: "https://www.sec.gov/Archives/edgar/data/1018724/000101872423000004/0001018724-23-000004-index.htm",
      derived: false,
    });
  });

  it("sees the same net sales on the product axis too, which the segment rule leaves out", () => {
    const concept = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax";
    const { facts } = readInstance(readFileSync(INSTANCE, "utf8"), new Set([concept]));
    const aws2022 = facts.filter((fact) => fact.value === 80_096_000_000 && fact.start === "2022-01-01");
    expect(aws2022.map((fact) => [...fact.dimensions.entries()])).toEqual(
      expect.arrayContaining([
        [["us-gaap:StatementBusinessSegmentsAxis", "amzn:AmazonWebServicesSegmentMember"]],
        [["srt:ProductOrServiceAxis", "amzn:AmazonWebServicesMember"]],
      ]),
    );
  });
});
