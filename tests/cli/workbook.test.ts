import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/workbook";
import { presetScenario, scenarioToJson } from "../../src/scenario";

const ROOT = path.resolve(__dirname, "../..");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) }, out, err };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-cli-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run workbook", () => {
  it("writes the workbook for a preset with options applied, and nothing else", async () => {
    const out = path.join(dir, "alibaba-capex.xlsx");
    const { io, out: stdout, err } = capture();
    const code = await main(["--preset", "bull", "--horizon", "12", "--growth", "14%", "--out", out], io);
    expect([code, err]).toEqual([0, []]);
    expect(stdout.join("\n")).toMatch(/alibaba-capex\.xlsx: \d+ sheets, .*12 years/);
    expect(fs.readdirSync(dir)).toEqual(["alibaba-capex.xlsx"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet("Inputs")).toBeDefined();
    const values = workbook
      .getWorksheet("Inputs")!
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []));
    expect(values).toContain(0.14);
    expect(values).toContain(12);
  });

  it("writes the German workbook with --language de: German sheets, texts and preset", async () => {
    const out = path.join(dir, "de.xlsx");
    const { io, err } = capture();
    expect(await main(["--preset", "bear", "--language", "de", "--out", out], io)).toBe(0);
    expect(err).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toContain("Eingaben");
    expect(workbook.getWorksheet("Inputs")).toBeUndefined();
    const inputs = workbook.getWorksheet("Eingaben")!;
    const values = inputs.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    expect(values).toContain(presetScenario("bear", "de").name);
    expect(values).toContain("Investitionssumme");
    expect(values).toContain(460);
  });

  it("reads a scenario file, and options override it", async () => {
    const file = path.join(dir, "s.json");
    fs.writeFileSync(file, scenarioToJson({ ...presetScenario("bear"), name: "From a file" }));
    const out = path.join(dir, "s.xlsx");
    const { io, out: stdout } = capture();
    expect(await main(["--scenario", file, "--margin", "0.25", "--out", out], io)).toBe(0);
    expect(stdout[0]).toMatch(/"From a file"/);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("puts every further --scenario file beside the first, which the options edit and which starts active", async () => {
    const first = path.join(dir, "first.json");
    const second = path.join(dir, "second.json");
    fs.writeFileSync(first, scenarioToJson({ ...presetScenario("base"), name: "First" }));
    fs.writeFileSync(second, scenarioToJson({ ...presetScenario("bear"), name: "Second", margin: 0.3 }));
    const out = path.join(dir, "two.xlsx");
    const { io } = capture();
    const args = ["--scenario", first, "--scenario", second, "--margin", "0.25", "--out", out];
    expect(await main(args, io)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const inputs = book.getWorksheet("Inputs")!;
    const names = ["F", "G", "H", "I", "J"].map((c) => inputs.getCell(`${c}12`).value);
    expect(names).toEqual([
      presetScenario("base").name,
      presetScenario("bull").name,
      presetScenario("bear").name,
      "First",
      "Second",
    ]);
    expect(inputs.getCell("C9").value).toBe("First");
    const marginRow = inputs.getColumn(1).values.findIndex((v) => v === "Cash margin on incremental revenue");
    expect([inputs.getCell(`I${marginRow}`).value, inputs.getCell(`J${marginRow}`).value]).toEqual([0.25, 0.3]);
  });

  it("prints help and exits 0", async () => {
    const { io, out } = capture();
    expect(await main(["--help"], io)).toBe(0);
    expect(out.join("\n")).toMatch(/--capex-total/);
    expect(out.join("\n")).toMatch(/--target-payback-years/);
    expect(out.join("\n")).toMatch(/--language/);
  });

  const bad: [string, (d: string) => string[], RegExp][] = [
    ["an unknown option", (d) => ["--bogus", "--out", path.join(d, "x.xlsx")], /Unknown option '--bogus'/],
    [
      "a value that is not a number",
      (d) => ["--growth", "fast", "--out", path.join(d, "x.xlsx")],
      /--growth must be a decimal number/,
    ],
    ["an input out of range", (d) => ["--horizon", "99", "--out", path.join(d, "x.xlsx")], /--horizon: /],
    ["an unknown preset", (d) => ["--preset", "moon", "--out", path.join(d, "x.xlsx")], /--preset must be one of/],
    [
      "an unknown language",
      (d) => ["--language", "fr", "--out", path.join(d, "x.xlsx")],
      /--language must be one of en, de, got "fr"/,
    ],
    [
      "a missing scenario file",
      (d) => ["--scenario", path.join(d, "none.json"), "--out", path.join(d, "x.xlsx")],
      /cannot read/,
    ],
    [
      "a broken scenario file",
      (d) => ["--scenario", path.join(d, "broken.json"), "--out", path.join(d, "x.xlsx")],
      /not valid JSON/,
    ],
    [
      "two scenario files of one name",
      (d) => [
        "--scenario",
        path.join(d, "same.json"),
        "--scenario",
        path.join(d, "same.json"),
        "--out",
        path.join(d, "x.xlsx"),
      ],
      /--scenario: Two scenarios are named "Same"/,
    ],
    ["a file that is not .xlsx", (d) => ["--out", path.join(d, "x.csv")], /must name an \.xlsx file/],
    ["a folder that does not exist", (d) => ["--out", path.join(d, "no", "x.xlsx")], /does not exist/],
    ["a missing option value", () => ["--out"], /argument missing|requires|value/i],
  ];

  it.each(bad)("rejects %s with one line on stderr, exit code 2 and no file", async (_what, args, message) => {
    fs.writeFileSync(path.join(dir, "broken.json"), "{ not json");
    fs.writeFileSync(path.join(dir, "same.json"), scenarioToJson({ ...presetScenario("bear"), name: "Same" }));
    const { io, out, err } = capture();
    const code = await main(args(dir), io);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain("\n");
    expect(err[0]).toMatch(message);
    expect(fs.readdirSync(dir).filter((f) => !f.endsWith(".json"))).toEqual([]);
  });

  it("runs as a script: exit code 0 with a file, 2 with a message on stderr and no file", () => {
    const out = path.join(dir, "script.xlsx");
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const ok = spawnSync(tsx, ["src/cli/workbook.ts", "--preset", "base", "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect([ok.status, ok.stderr]).toEqual([0, ""]);
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
    const badOut = path.join(dir, "bad.xlsx");
    const bad = spawnSync(tsx, ["src/cli/workbook.ts", "--capex-total", "-5", "--out", badOut], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/--capex-total/);
    expect(fs.existsSync(badOut)).toBe(false);
  }, 30_000);
});
