import { buildProvider } from "../../src/dataset/build";
import { SourceError } from "../../src/dataset/errors";
import { parseProviders, type ProviderEntry } from "../../src/dataset/providers";
import { offlineSource } from "../../src/dataset/source";
import { removeTemporaryDirectories, writeOfflineDirectory, type SyntheticFiling } from "./synthetic";

/** The builder's period, restatement and segment rules on small synthetic filings. */

const CAPEX = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment";
const REVENUE = "us-gaap:Revenues";
const SEGMENTS = "us-gaap:StatementBusinessSegmentsAxis";
const bn = (value: number) => value * 1e9;

function entry(overrides: Partial<ProviderEntry> & { metrics: ProviderEntry["metrics"] }): ProviderEntry {
  return parseProviders(
    [
      {
        id: "acme",
        name: "Acme",
        company: "Acme Corp.",
        cik: 4242,
        currency: "USD",
        since: "2023-01-01",
        ...overrides,
      },
    ],
    "test",
  )[0];
}

async function build(provider: ProviderEntry, filings: SyntheticFiling[], fiscalYearEnd = "1231") {
  const directory = writeOfflineDirectory([{ cik: provider.cik, name: "ACME", fiscalYearEnd, filings }]);
  return buildProvider(provider, offlineSource(directory));
}

const table = (figures: { period: string; value: number; derived: boolean }[]) =>
  figures.map((figure) => [figure.period, figure.value, figure.derived]);

describe("year-to-date cash flows in a fiscal year that starts in July", () => {
  // FY2026 runs from 1 July 2025 to 30 June 2026; capex 10, 12, 15, 20 a quarter.
  const filings: SyntheticFiling[] = [
    {
      accession: "0000004242-25-000010",
      form: "10-Q",
      filed: "2025-10-29",
      reportDate: "2025-09-30",
      facts: [{ concept: CAPEX, value: bn(10), start: "2025-07-01", end: "2025-09-30" }],
    },
    {
      accession: "0000004242-26-000002",
      form: "10-Q",
      filed: "2026-01-28",
      reportDate: "2025-12-31",
      facts: [{ concept: CAPEX, value: bn(22), start: "2025-07-01", end: "2025-12-31" }],
    },
    {
      accession: "0000004242-26-000005",
      form: "10-Q",
      filed: "2026-04-29",
      reportDate: "2026-03-31",
      facts: [{ concept: CAPEX, value: bn(37), start: "2025-07-01", end: "2026-03-31" }],
    },
    {
      accession: "0000004242-26-000009",
      form: "10-K",
      filed: "2026-07-30",
      reportDate: "2026-06-30",
      facts: [{ concept: CAPEX, value: bn(57), start: "2025-07-01", end: "2026-06-30" }],
    },
  ];
  const provider = entry({ metrics: { capex: { concepts: [CAPEX], source: "instance" } } });

  it("derives each quarter from the difference of two year-to-date amounts, and Q4 as the year less nine months", async () => {
    const { figures } = await build(provider, filings, "0630");
    expect(table(figures)).toEqual([
      ["Q1 FY2026", 10, false],
      ["Q2 FY2026", 12, true],
      ["Q3 FY2026", 15, true],
      ["Q4 FY2026", 20, true],
      ["FY2026", 57, false],
    ]);
  });

  it("gives a derived quarter its own start and both accessions", async () => {
    const { figures } = await build(provider, filings, "0630");
    expect(figures.find((figure) => figure.period === "Q4 FY2026")).toMatchObject({
      periodKind: "fiscalQuarter",
      periodStart: "2026-04-01",
      periodEnd: "2026-06-30",
      accessions: ["0000004242-26-000009", "0000004242-26-000005"],
      form: "10-K",
      filed: "2026-07-30",
      derived: true,
    });
  });

  it("keeps a reported quarter rather than deriving it", async () => {
    const withQuarter = filings.map((filing, index) =>
      index === 1
        ? {
            ...filing,
            facts: [...filing.facts, { concept: CAPEX, value: bn(12.5), start: "2025-10-01", end: "2025-12-31" }],
          }
        : filing,
    );
    const { figures } = await build(provider, withQuarter, "0630");
    expect(table(figures.filter((figure) => figure.period === "Q2 FY2026"))).toEqual([["Q2 FY2026", 12.5, false]]);
  });
});

describe("restatements", () => {
  const provider = entry({ metrics: { capex: { concepts: [CAPEX], source: "instance" } } });
  const year = { start: "2023-01-01", end: "2023-12-31" };

  it("takes the latest filing's value and notes the value it replaced", async () => {
    const { figures } = await build(provider, [
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [{ concept: CAPEX, value: bn(30), ...year }],
      },
      {
        accession: "0000004242-25-000004",
        form: "10-K",
        filed: "2025-02-01",
        reportDate: "2024-12-31",
        facts: [{ concept: CAPEX, value: bn(31), ...year }],
      },
    ]);
    const figure = figures.find((f) => f.period === "2023");
    expect(figure).toMatchObject({ value: 31, accessions: ["0000004242-25-000004"], filed: "2025-02-01" });
    expect(figure?.note).toContain("restated: 0000004242-24-000003 (filed 2024-02-01) reported 30");
  });

  it("takes the latest accession when two filings were filed the same day", async () => {
    const { figures } = await build(provider, [
      {
        accession: "0000004242-24-000007",
        form: "10-K/A",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [{ concept: CAPEX, value: bn(32), ...year }],
      },
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [{ concept: CAPEX, value: bn(30), ...year }],
      },
    ]);
    expect(figures.find((f) => f.period === "2023")).toMatchObject({ value: 32, form: "10-K/A" });
  });

  it("prefers the first configured concept for a period over a later one", async () => {
    const other = "us-gaap:PaymentsToAcquireProductiveAssets";
    const both = entry({ metrics: { capex: { concepts: [other, CAPEX], source: "instance" } } });
    const { figures } = await build(both, [
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [
          { concept: CAPEX, value: bn(30), ...year },
          { concept: other, value: bn(33), ...year },
        ],
      },
    ]);
    expect(figures).toMatchObject([{ value: 33, concept: other }]);
  });
});

describe("segment members", () => {
  const segment = (members: string[]) => ({ axis: SEGMENTS, members });
  const revenue = (value: number, end: string, member: string, extra: Record<string, string> = {}) => ({
    concept: REVENUE,
    value: bn(value),
    start: `${end.slice(0, 4)}-01-01`,
    end,
    dims: { [SEGMENTS]: member, ...extra },
  });

  it("reads a member renamed between years under either name", async () => {
    const provider = entry({
      metrics: {
        "cloud-revenue": { concepts: [REVENUE], segment: segment(["acme:CloudMember", "acme:CloudSegmentMember"]) },
      },
    });
    const { figures } = await build(provider, [
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [revenue(40, "2023-12-31", "acme:CloudMember")],
      },
      {
        accession: "0000004242-25-000004",
        form: "10-K",
        filed: "2025-02-01",
        reportDate: "2024-12-31",
        facts: [revenue(50, "2024-12-31", "acme:CloudSegmentMember")],
      },
    ]);
    expect(figures.map((f) => [f.period, f.value, f.segmentMember])).toEqual([
      ["2023", 40, "acme:CloudMember"],
      ["2024", 50, "acme:CloudSegmentMember"],
    ]);
  });

  it("fails when a configured member is in no filing, naming the provider and the member", async () => {
    const provider = entry({
      metrics: { "cloud-revenue": { concepts: [REVENUE], segment: segment(["acme:CloudMember", "acme:GhostMember"]) } },
    });
    const result = build(provider, [
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [revenue(40, "2023-12-31", "acme:CloudMember")],
      },
    ]);
    await expect(result).rejects.toThrow(SourceError);
    await expect(result).rejects.toThrow(
      /^acme: \/submissions\/CIK0000004242\.json: cloud-revenue: member acme:GhostMember/,
    );
  });

  it("only warns about an optional segment that no filing carries", async () => {
    const provider = entry({
      metrics: {
        "cloud-revenue": { concepts: [REVENUE], segment: { ...segment(["acme:GhostMember"]), required: false } },
      },
    });
    const result = await build(provider, [
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [revenue(40, "2023-12-31", "acme:CloudMember")],
      },
    ]);
    expect(result.figures).toEqual([]);
    expect(result.warnings.join("\n")).toMatch(/none of acme:GhostMember/);
  });

  it("ignores a fact with an extra dimension but accepts the segment's consolidation qualifier", async () => {
    const provider = entry({
      metrics: { "cloud-revenue": { concepts: [REVENUE], segment: segment(["acme:CloudMember"]) } },
    });
    const { figures } = await build(provider, [
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [
          revenue(7, "2023-12-31", "acme:CloudMember", { "srt:StatementGeographicalAxis": "country:US" }),
          revenue(40, "2023-12-31", "acme:CloudMember", {
            "srt:ConsolidationItemsAxis": "us-gaap:OperatingSegmentsMember",
          }),
        ],
      },
    ]);
    expect(figures.map((f) => [f.period, f.value])).toEqual([["2023", 40]]);
  });
});

describe("currencies", () => {
  const filing: SyntheticFiling = {
    accession: "0000004242-25-000004",
    form: "20-F",
    filed: "2025-06-20",
    reportDate: "2025-03-31",
    facts: [
      { concept: CAPEX, value: bn(85.7), start: "2024-04-01", end: "2025-03-31", unit: "CNY" },
      // The convenience translation into dollars, which must never be taken for the reported figure.
      { concept: CAPEX, value: bn(11.8), start: "2024-04-01", end: "2025-03-31", unit: "USD" },
    ],
  };

  it("takes CNY facts for a CNY filer and calls the currency RMB, with fiscal labels", async () => {
    const provider = entry({ currency: "CNY", metrics: { capex: { concepts: [CAPEX], source: "instance" } } });
    const { figures } = await build(provider, [filing], "0331");
    expect(figures.map((f) => [f.period, f.periodKind, f.value, f.currency])).toEqual([
      ["FY2025", "fiscalYear", 85.7, "RMB"],
    ]);
  });

  it("takes USD facts for a USD filer", async () => {
    const provider = entry({ currency: "USD", metrics: { capex: { concepts: [CAPEX], source: "instance" } } });
    const { figures } = await build(provider, [filing], "0331");
    expect(figures.map((f) => [f.value, f.currency])).toEqual([[11.8, "USD"]]);
  });
});

describe("a malformed instance", () => {
  it("is a source error naming the path and the provider", async () => {
    const provider = entry({ metrics: { capex: { concepts: [CAPEX], source: "instance" } } });
    const result = build(provider, [
      {
        accession: "0000004242-24-000003",
        form: "10-K",
        filed: "2024-02-01",
        reportDate: "2023-12-31",
        facts: [],
        raw: '<xbrl><context id="c0"></xbrl',
      },
    ]);
    await expect(result).rejects.toThrow(
      /^acme: \/Archives\/edgar\/data\/4242\/000000424224000003\/doc-000000424224000003_htm\.xml: not well-formed XML/,
    );
  });
});

afterAll(removeTemporaryDirectories);
