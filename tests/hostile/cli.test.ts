import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/workbook";

/** Issue 16, items 6 and 7: the workbook command under hostile arguments and files. */

const ROOT = path.resolve(__dirname, "../..");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) }, out, err };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-hostile-cli-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const { io, out, err } = capture();
  const code = await main(args, io);
  return { code, out, err: err.join("\n") };
}

async function inputValues(file: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook
    .getWorksheet("Inputs")!
    .getSheetValues()
    .flatMap((row) => (Array.isArray(row) ? row : []));
}

describe("numbers on the command line", () => {
  test.each([
    ["--horizon", "0b11"],
    ["--growth", "0x1"],
    ["--capex-total", "0o7"],
    ["--capex-total", "Infinity"],
    ["--capex-total", "1_000"],
  ])("%s %s is not a decimal number", async (option, value) => {
    const { code, err } = await run([option, value, "--out", path.join(dir, "x.xlsx")]);
    expect(code).toBe(2);
    expect(err).toMatch(`${option} must be a decimal number, got "${value}"`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("a negative rate after its option is the option's value: --growth -5%", async () => {
    const out = path.join(dir, "x.xlsx");
    const { code, err } = await run(["--growth", "-5%", "--baseline-growth", "-2", "--out", out]);
    expect([code, err]).toEqual([2, expect.stringMatching(/--baseline-growth: .*from -99% to 1,000% a year/)]);
    expect((await run(["--growth", "-5%", "--baseline-growth", "-.02", "--out", out])).code).toBe(0);
    const values = await inputValues(out);
    expect(values).toContain(-0.05);
    expect(values).toContain(-0.02);
  });

  test("the options parser's hint is not cut off", async () => {
    const { err } = await run(["--name", "-x", "--out", path.join(dir, "x.xlsx")]);
    expect(err).toMatch(/ambiguous\..*use '--name=-XYZ'\. \(see --help\)$/);
  });
});

describe("scenario files", () => {
  test("/dev/zero is refused at the size limit, not read until memory runs out", async () => {
    const { code, err } = await run(["--scenario", "/dev/zero", "--out", path.join(dir, "x.xlsx")]);
    expect(code).toBe(2);
    expect(err).toMatch(/larger than 1 MB; it is not a scenario/);
  });

  test("a 150 MB file is refused", async () => {
    const big = path.join(dir, "big.json");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 150 * 1024 * 1024);
    const { code, err } = await run(["--scenario", big, "--out", path.join(dir, "x.xlsx")]);
    expect([code, err]).toEqual([2, expect.stringMatching(/larger than 1 MB/)]);
  });

  test("a file that crashed the parser is a list of problems, exit 2", async () => {
    const file = path.join(dir, "s.json");
    fs.writeFileSync(file, JSON.stringify({ format: { toString: 1 } }));
    const { code, err } = await run(["--scenario", file, "--out", path.join(dir, "x.xlsx")]);
    expect([code, err]).toEqual([2, expect.stringMatching(/not a scenario file \(format an object\)/)]);
  });
});

describe("what the command echoes", () => {
  test("hostile text comes back short and without escape codes", async () => {
    const { code, err } = await run(["--preset", `\u001b[2J\u001b]0;owned\u0007${"x".repeat(10_000)}`]);
    expect(code).toBe(2);
    expect([...err].some((ch) => ch.charCodeAt(0) < 0x20 && ch !== "\n")).toBe(false);
    expect(err.length).toBeLessThan(300);
  });

  // Every option the command echoes back, each given 100 KB that open with terminal escapes and a bidi override.
  const HOSTILE = `\u001b[2J\u001b]0;owned\u0007\u202e${"x".repeat(100_000)}`;
  test.each([
    ["--language", [HOSTILE]],
    ["--preset", [HOSTILE]],
    ["--growth", [HOSTILE]],
    ["--out", [`${HOSTILE}.txt`]],
    ["--scenario", [HOSTILE]],
    ["an unknown option", [`--${HOSTILE}`, "1"]],
  ])("%s: the echo is bounded and holds no control or reordering character", async (name, values) => {
    const option = name.startsWith("--") ? [name] : [];
    const { code, err } = await run([...option, ...values]);
    expect(code).toBe(2);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(err).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(err.length).toBeLessThan(600);
  });

  test("a scenario name with escape codes is not echoed raw after writing", async () => {
    const out = path.join(dir, "x.xlsx");
    const { code, out: stdout } = await run(["--name", "Evil\u001b[31m red", "--out", out]);
    expect(code).toBe(0);
    expect(stdout.join("")).toContain('scenario "Evil\\u001b[31m red"');
  });
});

describe("writing the file", () => {
  test("a long but valid --out name is written: the temporary name is short", async () => {
    const out = path.join(dir, `${"n".repeat(250)}.xlsx`);
    const { code, err } = await run(["--out", out]);
    expect([code, err]).toEqual([0, ""]);
    expect(fs.readdirSync(dir)).toEqual([path.basename(out)]);
  });

  test("an interrupt between write and rename leaves no temporary file", () => {
    // A child process that signals itself once the temporary file is written, before the rename.
    const script = `
      const fs = require("node:fs");
      const rename = fs.promises.rename;
      fs.promises.rename = async (...args) => {
        process.kill(process.pid, "SIGTERM");
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return rename(...args);
      };
      require("./src/cli/workbook").main(["--out", ${JSON.stringify(path.join(dir, "x.xlsx"))}]);
    `;
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const child = spawnSync(tsx, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    // Ended by the signal (tsx runs the script in a child and reports its end as 128 + 15).
    expect(child.signal === "SIGTERM" || child.status === 143).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 70_000);
});
