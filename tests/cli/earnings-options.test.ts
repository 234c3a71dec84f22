import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/workbook";
import { presetScenario, scenarioToJson } from "../../src/scenario";

/** The CLI's options for the four earnings inputs come from the registry, with their labels, bounds and defaults. */

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) }, out, err };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-cli-earnings-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function inputsValues(file: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.getWorksheet("Earnings")).toBeDefined();
  return workbook
    .getWorksheet("Inputs")!
    .getSheetValues()
    .flatMap((row) => (Array.isArray(row) ? row : []));
}

describe("the earnings inputs on the command line", () => {
  it("lists an option for each in --help, with its label", async () => {
    const { io, out } = capture();
    expect(await main(["--help"], io)).toBe(0);
    const help = out.join("\n");
    for (const [option, label] of [
      ["--infra-share", "Infrastructure share of capex"],
      ["--infra-life", "Useful life of infrastructure"],
      ["--facility-life", "Useful life of buildings and facilities"],
      ["--baseline-ebita-margin", "Cloud EBITA margin without the investment"],
    ]) {
      expect(help).toContain(option);
      expect(help).toContain(label);
    }
  });

  it("applies each option to the workbook's Inputs sheet", async () => {
    const out = path.join(dir, "earnings.xlsx");
    const { io, err } = capture();
    const args = ["--preset", "base", "--infra-share", "60%", "--infra-life", "5", "--facility-life", "25"];
    const code = await main([...args, "--baseline-ebita-margin", "12%", "--out", out], io);
    expect([code, err]).toEqual([0, []]);
    const values = await inputsValues(out);
    for (const value of [0.6, 5, 25, 0.12]) expect(values).toContain(value);
  });

  it("gives a scenario file without the fields the sourced defaults", async () => {
    const record = JSON.parse(scenarioToJson(presetScenario("bull"))) as Record<string, unknown>;
    for (const key of ["infraShare", "infraLife", "facilityLife", "baselineEbitaMargin"]) delete record[key];
    const file = path.join(dir, "old.json");
    fs.writeFileSync(file, JSON.stringify(record));
    const out = path.join(dir, "old.xlsx");
    const { io, err } = capture();
    expect([await main(["--scenario", file, "--out", out], io), err]).toEqual([0, []]);
    const values = await inputsValues(out);
    // Alibaba's computer equipment and buildings (3 and 20 years), the cloud's 9.05% adjusted EBITA margin.
    expect(values).toContain(3);
    expect(values).toContain(20);
    expect(values).toContain(3.604 / 39.824);
  });

  it.each([
    ["--infra-share", "150%", /--infra-share: /],
    ["--infra-life", "0", /--infra-life: /],
    ["--facility-life", "2.5", /--facility-life: /],
    ["--facility-life", "51", /--facility-life: /],
    ["--baseline-ebita-margin", "-120%", /--baseline-ebita-margin: /],
    ["--infra-life", "long", /--infra-life must be a decimal number/],
  ])("rejects %s %s with one line and no file", async (option, value, message) => {
    const { io, out, err } = capture();
    const code = await main([`${option}=${value}`, "--out", path.join(dir, "x.xlsx")], io);
    expect([code, out, err.length]).toEqual([2, [], 1]);
    expect(err[0]).toMatch(message);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
