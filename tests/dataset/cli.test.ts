import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type CliDependencies } from "../../src/cli/dataset-update";
import { parseDataset, type BenchmarkDataset } from "../../src/benchmarks/schema";
import type { FetchLike } from "../../src/dataset/source";
import {
  cikPath,
  writeOfflineDirectory,
  type SyntheticCompany,
  removeTemporaryDirectories,
  temporaryDirectory,
} from "./synthetic";

/** `npm run dataset:update` end to end on synthetic SEC responses: exit codes, files written or left alone, diff. */

const CAPEX = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment";
const REVENUE = "us-gaap:Revenues";
const bn = (value: number) => value * 1e9;

const curated: BenchmarkDataset = {
  version: "2025.01.1",
  asOf: "2025-01-31",
  title: "Test benchmarks",
  providers: [{ id: "acme", name: "Acme Cloud" }],
  metrics: [
    { id: "capex", name: "Capex", unit: "bn", description: "Capital expenditure." },
    { id: "cloud-revenue", name: "Cloud revenue", unit: "bn", description: "Cloud revenue." },
    { id: "market-share", name: "Market share", unit: "fraction", description: "Share." },
  ],
  figures: [
    {
      provider: "acme",
      metric: "cloud-revenue",
      period: "Q4 2024",
      periodKind: "quarter",
      periodEnd: "2024-12-31",
      value: 11.9,
      unit: "bn",
      currency: "USD",
      sourceUrl: "https://press.example.com/acme-q4",
      publisher: "Press",
      published: "2025-01-30",
      derived: false,
      uncertain: false,
    },
    {
      provider: "acme",
      metric: "market-share",
      period: "2024",
      periodKind: "year",
      periodEnd: "2024-12-31",
      value: 0.05,
      unit: "fraction",
      currency: null,
      sourceUrl: "https://analyst.example.com/share",
      publisher: "Analyst",
      published: "2025-01-15",
      derived: false,
      uncertain: false,
    },
  ],
};

const acme: SyntheticCompany = {
  cik: 4242,
  name: "ACME CORP",
  fiscalYearEnd: "1231",
  filings: [
    {
      accession: "0000004242-24-000020",
      form: "10-Q",
      filed: "2024-10-30",
      reportDate: "2024-09-30",
      facts: [
        {
          concept: REVENUE,
          value: bn(11),
          start: "2024-07-01",
          end: "2024-09-30",
          dims: { "us-gaap:StatementBusinessSegmentsAxis": "acme:CloudMember" },
        },
        {
          concept: REVENUE,
          value: bn(30),
          start: "2024-01-01",
          end: "2024-09-30",
          dims: { "us-gaap:StatementBusinessSegmentsAxis": "acme:CloudMember" },
        },
      ],
    },
    {
      accession: "0000004242-25-000003",
      form: "10-K",
      filed: "2025-02-06",
      reportDate: "2024-12-31",
      facts: [
        {
          concept: REVENUE,
          value: bn(42),
          start: "2024-01-01",
          end: "2024-12-31",
          dims: { "us-gaap:StatementBusinessSegmentsAxis": "acme:CloudMember" },
        },
      ],
    },
  ],
};

// A company that only its provider entry introduces: no code and no curated figure knows it.
const newcomer: SyntheticCompany = {
  cik: 1769628,
  name: "NEWCOMER INC",
  fiscalYearEnd: "1231",
  filings: [],
  companyFacts: {
    cik: 1769628,
    entityName: "Newcomer Inc.",
    facts: {
      "us-gaap": {
        PaymentsToAcquirePropertyPlantAndEquipment: {
          units: {
            USD: [
              {
                start: "2024-01-01",
                end: "2024-09-30",
                val: bn(6),
                accn: "0001769628-24-000050",
                form: "10-Q",
                filed: "2024-11-13",
              },
              {
                start: "2024-01-01",
                end: "2024-12-31",
                val: bn(8.5),
                accn: "0001769628-25-000010",
                form: "10-K",
                filed: "2025-03-03",
              },
            ],
          },
        },
      },
    },
  },
};

const providers = [
  {
    id: "acme",
    name: "Acme Cloud",
    company: "Acme Corp.",
    cik: 4242,
    currency: "USD",
    since: "2024-01-01",
    metrics: {
      "cloud-revenue": {
        concepts: [REVENUE],
        segment: { axis: "us-gaap:StatementBusinessSegmentsAxis", members: ["acme:CloudMember"] },
      },
    },
  },
  {
    id: "newcomer",
    name: "Newcomer Cloud",
    company: "Newcomer Inc.",
    cik: 1769628,
    currency: "USD",
    since: "2024-01-01",
    metrics: {
      capex: { concepts: [CAPEX] },
    },
  },
];

function workspace(options: { providers?: unknown; curated?: unknown } = {}) {
  const folder = temporaryDirectory("dataset-update-");
  const files = {
    folder,
    providers: join(folder, "providers.json"),
    curated: join(folder, "curated.json"),
    out: join(folder, "benchmarks.json"),
    diff: join(folder, "diff.md"),
  };
  writeFileSync(files.providers, JSON.stringify(options.providers ?? providers));
  writeFileSync(files.curated, JSON.stringify(options.curated ?? curated));
  return files;
}

async function run(argv: string[], dependencies: CliDependencies = { env: {} }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) }, dependencies);
  return { code, out, err };
}

const args = (files: ReturnType<typeof workspace>, ...more: string[]) => [
  "--providers",
  files.providers,
  "--curated",
  files.curated,
  "--out",
  files.out,
  "--diff",
  files.diff,
  ...more,
];

describe("dataset:update offline", () => {
  const sec = writeOfflineDirectory([acme, newcomer]);

  it("writes a valid dataset and a diff, and prints one line per provider and the counts", async () => {
    const files = workspace();
    const result = await run(args(files, "--offline", sec));
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out[0]).toMatch(/^acme: 3 figures from filings \(1 derived\)/);
    expect(result.out[1]).toMatch(/^newcomer: 2 figures from filings \(1 derived\)/);
    expect(result.out[2]).toMatch(/added 6, changed 0, removed 0/);
    const written = parseDataset(JSON.parse(readFileSync(files.out, "utf8")));
    if (!written.ok) throw new Error(written.problem);
    const values = written.dataset.figures.map((f) => [f.provider, f.metric, f.period, f.value, f.derived]);
    expect(values).toEqual([
      ["acme", "cloud-revenue", "Q3 2024", 11, false],
      ["acme", "cloud-revenue", "Q4 2024", 12, true],
      ["acme", "cloud-revenue", "2024", 42, false],
      ["acme", "market-share", "2024", 0.05, false],
      ["newcomer", "capex", "Q4 2024", 2.5, true],
      ["newcomer", "capex", "2024", 8.5, false],
    ]);
    expect(written.dataset.providers.map((p) => p.id)).toEqual(["acme", "newcomer"]);
    // The newest figure is Newcomer's 10-K, filed on 3 March 2025.
    expect(written.dataset.asOf).toBe("2025-03-03");
  });

  it("lets a filing's figure replace the curated one for the same period, and the diff says so", async () => {
    const files = workspace();
    writeFileSync(files.out, JSON.stringify(curated));
    const result = await run(args(files, "--offline", sec));
    expect(result.code).toBe(0);
    const diff = readFileSync(files.diff, "utf8");
    expect(diff).toContain("## Acme Cloud\n\n### Cloud revenue\n");
    expect(diff).toContain(
      "- changed Q4 2024: 11.9 USD bn → 12 USD bn (Press → 10-K 0000004242-25-000003 − 0000004242-24-000020); the filing replaces the curated Q4 2024 11.9 USD bn (Press)",
    );
    expect(diff).toContain("## Newcomer Cloud\n\n### Capex\n\n- added Q4 2024: 2.5 USD bn");
    expect(diff).not.toContain("Market share");
  });

  it("reports removed figures against the previous output", async () => {
    const files = workspace();
    const previous = {
      ...curated,
      figures: [...curated.figures, { ...curated.figures[1], period: "2023", periodEnd: "2023-12-31", value: 0.04 }],
    };
    writeFileSync(files.out, JSON.stringify(previous));
    await run(args(files, "--offline", sec));
    expect(readFileSync(files.diff, "utf8")).toContain("### Market share\n\n- removed 2023: 0.04 (Analyst)");
  });

  it("writes a long but valid --out name, and leaves no temporary file (issue 16)", async () => {
    const files = workspace();
    const out = join(files.folder, `${"n".repeat(250)}.json`);
    const result = await run([...args(files, "--offline", sec), "--out", out]);
    expect(result.code).toBe(0);
    expect(parseDataset(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);
    expect(readdirSync(files.folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("an interrupt between write and rename leaves no temporary file (issue 16)", () => {
    const files = workspace();
    // A child process that signals itself once the temporary files are written, before the first rename.
    const script = `
      const fs = require("node:fs");
      const rename = fs.promises.rename;
      fs.promises.rename = async (...args) => {
        process.kill(process.pid, "SIGTERM");
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return rename(...args);
      };
      require("./src/cli/dataset-update").main(${JSON.stringify(args(files, "--offline", sec))});
    `;
    const root = join(__dirname, "../..");
    const child = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["-e", script], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    // Ended by the signal (tsx runs the script in a child and reports its end as 128 + 15).
    expect(child.signal === "SIGTERM" || child.status === 143).toBe(true);
    expect(readdirSync(files.folder).sort()).toEqual(["curated.json", "providers.json"]);
  }, 70_000);

  it("is replayed identically from a cache recorded online", async () => {
    const cache = temporaryDirectory("sec-cache-");
    const fetch: FetchLike = async (url) => {
      const path = url.replace(/^https:\/\/(data|www)\.sec\.gov\//, "");
      return { status: 200, headers: { get: () => null }, text: async () => readFileSync(join(sec, path), "utf8") };
    };
    const online = workspace();
    const agent = ["--user-agent", "Capex Research research@example.com", "--cache", cache];
    expect((await run(args(online, ...agent), { fetch, sleep: async () => undefined, env: {} })).code).toBe(0);
    const offline = workspace();
    expect((await run(args(offline, "--offline", cache))).code).toBe(0);
    expect(readFileSync(offline.out, "utf8")).toBe(readFileSync(online.out, "utf8"));
  });
});

describe("dataset:update online with an injected fetch", () => {
  const sec = writeOfflineDirectory([acme, newcomer]);

  it("waits out a 429 and then succeeds", async () => {
    let first = true;
    const waits: number[] = [];
    const fetch: FetchLike = async (url) => {
      if (first) {
        first = false;
        return { status: 429, headers: { get: () => "2" }, text: async () => "slow down" };
      }
      const path = url.replace(/^https:\/\/(data|www)\.sec\.gov\//, "");
      return { status: 200, headers: { get: () => null }, text: async () => readFileSync(join(sec, path), "utf8") };
    };
    const files = workspace();
    const result = await run(args(files), {
      fetch,
      sleep: async (ms) => void waits.push(ms),
      env: { SEC_USER_AGENT: "Capex Research research@example.com" },
    });
    expect(result.code).toBe(0);
    expect(waits).toContain(2000);
    expect(result.out.at(-1)).toMatch(/; 6 requests$/); // the 429 and five responses;
  });

  it("exits 1 on a malformed response, naming the path and the provider, and leaves the old file untouched", async () => {
    const fetch: FetchLike = async () => ({ status: 200, headers: { get: () => null }, text: async () => '{"cik": ' });
    const files = workspace();
    writeFileSync(files.out, "old dataset");
    const result = await run(args(files, "--user-agent", "Research research@example.com"), { fetch, env: {} });
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      expect.stringMatching(/^dataset:update: acme: \/submissions\/CIK0000004242\.json: not valid JSON/),
    ]);
    expect(readFileSync(files.out, "utf8")).toBe("old dataset");
    expect(existsSync(files.diff)).toBe(false);
    expect(readdirSync(files.folder).sort()).toEqual(["benchmarks.json", "curated.json", "providers.json"]);
  });
});

describe("dataset:update failures", () => {
  const sec = writeOfflineDirectory([acme, newcomer]);

  it("exits 1 on a malformed company-facts response offline, leaving the old file", async () => {
    const broken = writeOfflineDirectory([acme, { ...newcomer, companyFacts: { cik: 1769628, facts: [] } }]);
    const files = workspace();
    writeFileSync(files.out, "old dataset");
    const result = await run(args(files, "--offline", broken));
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(new RegExp(`newcomer: /api/xbrl/companyfacts/${cikPath(1769628)}: unexpected shape`));
    expect(readFileSync(files.out, "utf8")).toBe("old dataset");
  });

  it.each([
    ["an unknown option", ["--fast"], /Unknown option '--fast'/],
    ["going online without a user agent", [], /needs --user-agent/],
    ["a user agent without an e-mail address", ["--user-agent", "Capex Research"], /has no e-mail address/],
    ["an empty option value", ["--offline", " "], /--offline needs a value/],
    ["a missing offline directory", ["--offline", "/nonexistent/sec"], /does not exist/],
    ["--cache with --offline", ["--offline", tmpdir(), "--cache", tmpdir()], /cannot be used with --offline/],
  ])("exits 2 on %s with one line and writes nothing", async (_label, extra, message) => {
    const files = workspace();
    const result = await run(args(files, ...extra));
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
    expect(existsSync(files.out)).toBe(false);
  });

  it.each([
    ["a CIK given as text", [{ ...providers[0], cik: "4242" }], /providers\.json: \[0\]\.cik: /],
    [
      "an unprefixed concept",
      [{ ...providers[1], metrics: { capex: { concepts: ["Capex"] } } }],
      /\[0\]\.metrics\.capex\.concepts\[0\]: must be a prefixed XBRL name/,
    ],
    ["an unknown currency", [{ ...providers[1], currency: "EUR" }], /\[0\]\.currency/],
    ["an unknown field", [{ ...providers[1], colour: "red" }], /Unrecognized key/],
    ["the same id twice", [providers[1], providers[1]], /\[1\]\.id: id "newcomer" appears twice/],
    ["an empty list", [], /must list at least one provider/],
    [
      "a metric the dataset does not have",
      [{ ...providers[1], metrics: { profit: { concepts: [CAPEX] } } }],
      /metric "profit" is not a metric/,
    ],
  ])("exits 2 on a provider file with %s", async (_label, file, message) => {
    const files = workspace({ providers: file });
    const result = await run(args(files, "--offline", sec));
    expect(result.code).toBe(2);
    expect(result.err).toEqual([expect.stringMatching(message)]);
    expect(existsSync(files.out)).toBe(false);
  });

  // Issue 16: what the command echoes of its arguments is short and holds no escape code, bidi override or line break.
  const HOSTILE = `\u001b[2J\u001b]0;owned\u0007\u202e\n${"x".repeat(100_000)}`;
  it.each([
    ["an unknown option", [`--${HOSTILE}`]],
    ["a user agent", ["--user-agent", HOSTILE]],
    ["an offline directory", ["--offline", HOSTILE]],
    ["a providers file", ["--offline", sec, "--providers", HOSTILE]],
    ["a curated file", ["--offline", sec, "--curated", HOSTILE]],
  ])("echoes %s bounded and without control characters", async (_label, extra) => {
    const files = workspace();
    const result = await run([...args(files), ...extra]);
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(result.err[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(result.err[0].length).toBeLessThan(700);
  });

  it("exits 2 on a provider file that is not JSON", async () => {
    const files = workspace();
    writeFileSync(files.providers, "[{");
    const result = await run(args(files, "--offline", sec));
    expect(result).toMatchObject({ code: 2, err: [expect.stringMatching(/providers\.json: not valid JSON/)] });
  });
});

afterAll(removeTemporaryDirectories);
