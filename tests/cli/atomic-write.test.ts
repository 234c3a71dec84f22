import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeFilesAtomically, type WriterFileSystem } from "../../src/cli/atomic-write";

/** Issue 16: the one atomic writer of both command-line tools. */

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-atomic-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("writeFilesAtomically", () => {
  test("writes every file under its name and leaves no temporary file", async () => {
    await writeFilesAtomically([
      { path: path.join(dir, "a.json"), data: "{}\n" },
      { path: path.join(dir, "b.xlsx"), data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(["a.json", "b.xlsx"]);
    expect(fs.readFileSync(path.join(dir, "a.json"), "utf8")).toBe("{}\n");
  });

  test("a long but valid name is written: the temporary name does not grow with it", async () => {
    const target = path.join(dir, `${"n".repeat(250)}.json`);
    const seen: string[] = [];
    const recording: WriterFileSystem = {
      writeFile: (file, data) => (seen.push(path.basename(file)), fs.promises.writeFile(file, data)),
      rename: (from, to) => fs.promises.rename(from, to),
      remove: (file) => fs.rmSync(file, { force: true }),
    };
    await writeFilesAtomically([{ path: target, data: "x" }], recording);
    expect(fs.readdirSync(dir)).toEqual([path.basename(target)]);
    expect(seen[0].length).toBeLessThanOrEqual(48);
  });

  test("a failed write whose cleanup fails too reports the write's error, not the cleanup's", async () => {
    const failing: WriterFileSystem = {
      writeFile: async () => {
        throw new Error("ENOSPC: no space left on device");
      },
      rename: async () => undefined,
      remove: () => {
        throw new Error("EACCES: permission denied");
      },
    };
    await expect(writeFilesAtomically([{ path: path.join(dir, "x.json"), data: "x" }], failing)).rejects.toThrow(
      "ENOSPC: no space left on device",
    );
  });

  test("a failed rename leaves no temporary file", async () => {
    // A folder where the file should go: the rename fails after the temporary file was written.
    fs.mkdirSync(path.join(dir, "taken.json"));
    fs.writeFileSync(path.join(dir, "old.md"), "old");
    await expect(
      writeFilesAtomically([
        { path: path.join(dir, "old.md"), data: "new" },
        { path: path.join(dir, "taken.json"), data: "x" },
      ]),
    ).rejects.toThrow();
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("no signal handler is left behind", async () => {
    const before = [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];
    await writeFilesAtomically([{ path: path.join(dir, "a.json"), data: "x" }]);
    await writeFilesAtomically([{ path: path.join(dir, "no-folder", "a.json"), data: "x" }]).catch(() => undefined);
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual(before);
  });
});
