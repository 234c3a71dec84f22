import {
  HOW_TO_GET_A_BROWSER,
  launchFirstBrowser,
  machineProbes,
  SYSTEM_BROWSER_PATHS,
  type BrowserCandidate,
  type BrowserProbes,
} from "../helpers/browser";

/** The order in which the browser tests choose a browser, with the machine replaced by injected probes. */

interface FakeMachine {
  chromiumPath?: string;
  /** Binaries that exist. */
  files?: string[];
  /** Binaries that exist and start. */
  working?: string[];
  /** The packaged browser's path; undefined where the package is not installed. */
  packaged?: string;
  packagedFails?: string;
}

const PACKAGED_ENV = { LD_LIBRARY_PATH: "/tmp/x/al2023/lib" };

function probes(machine: FakeMachine): BrowserProbes<string> & { launched: string[] } {
  const launched: string[] = [];
  return {
    launched,
    chromiumPath: machine.chromiumPath,
    systemPaths: ["/usr/bin/chromium", "/usr/bin/google-chrome"],
    isFile: (file) => (machine.files ?? []).includes(file),
    packaged: async () => {
      if (machine.packagedFails) throw new Error(machine.packagedFails);
      return machine.packaged === undefined
        ? undefined
        : { origin: "npm package", executablePath: machine.packaged, env: PACKAGED_ENV };
    },
    launch: async (candidate: BrowserCandidate) => {
      launched.push(candidate.executablePath);
      if (!(machine.working ?? []).includes(candidate.executablePath)) {
        throw new Error(`browserType.launch: Failed to launch ${candidate.executablePath}\nCall log:\n  - spawn`);
      }
      return `browser at ${candidate.executablePath}`;
    },
  };
}

describe("choosing the browser for the browser tests", () => {
  it("takes CHROMIUM_PATH first, before any system or packaged browser", async () => {
    const machine = probes({
      chromiumPath: "/opt/my/chrome",
      files: ["/usr/bin/chromium"],
      working: ["/opt/my/chrome", "/usr/bin/chromium"],
      packaged: "/tmp/x/chromium",
    });
    const { browser, candidate } = await launchFirstBrowser(machine);
    expect(browser).toBe("browser at /opt/my/chrome");
    expect(candidate.origin).toBe("CHROMIUM_PATH");
    expect(machine.launched).toEqual(["/opt/my/chrome"]);
  });

  it("fails in one line naming CHROMIUM_PATH when it does not launch, instead of quietly using another browser", async () => {
    const machine = probes({
      chromiumPath: "/opt/broken",
      files: ["/usr/bin/chromium"],
      working: ["/usr/bin/chromium"],
    });
    const failure = launchFirstBrowser(machine);
    await expect(failure).rejects.toThrow(/^CHROMIUM_PATH=\/opt\/broken does not launch \(browserType\.launch: /);
    await expect(failure).rejects.toThrow(expect.objectContaining({ message: expect.not.stringContaining("\n") }));
    expect(machine.launched).toEqual(["/opt/broken"]);
  });

  it("takes the first system browser that exists and launches, in the listed order", async () => {
    const machine = probes({
      files: ["/usr/bin/chromium", "/usr/bin/google-chrome"],
      working: ["/usr/bin/chromium", "/usr/bin/google-chrome"],
      packaged: "/tmp/x/chromium",
    });
    const { candidate } = await launchFirstBrowser(machine);
    expect(candidate).toEqual({ origin: "system", executablePath: "/usr/bin/chromium" });
    expect(machine.launched).toEqual(["/usr/bin/chromium"]);
  });

  it("passes over a system browser that exists but does not launch (a snap shim, missing libraries)", async () => {
    const machine = probes({
      files: ["/usr/bin/chromium", "/usr/bin/google-chrome"],
      working: ["/usr/bin/google-chrome"],
    });
    const { candidate } = await launchFirstBrowser(machine);
    expect(candidate.executablePath).toBe("/usr/bin/google-chrome");
    expect(machine.launched).toEqual(["/usr/bin/chromium", "/usr/bin/google-chrome"]);
  });

  it("never tries a system path that is not there", async () => {
    const machine = probes({ files: [], packaged: "/tmp/x/chromium", working: ["/tmp/x/chromium"] });
    await launchFirstBrowser(machine);
    expect(machine.launched).toEqual(["/tmp/x/chromium"]);
  });

  it("falls back to the packaged browser from npm, with the environment it needs, when no system browser launches", async () => {
    const machine = probes({
      files: ["/usr/bin/chromium"],
      packaged: "/tmp/x/chromium",
      working: ["/tmp/x/chromium"],
    });
    const { browser, candidate } = await launchFirstBrowser(machine);
    expect(browser).toBe("browser at /tmp/x/chromium");
    expect(candidate).toEqual({ origin: "npm package", executablePath: "/tmp/x/chromium", env: PACKAGED_ENV });
    expect(machine.launched).toEqual(["/usr/bin/chromium", "/tmp/x/chromium"]);
  });

  it("fails with one line that says how to get a browser when there is none at all", async () => {
    await expect(launchFirstBrowser(probes({}))).rejects.toThrow(
      expect.objectContaining({ message: HOW_TO_GET_A_BROWSER }),
    );
    expect(HOW_TO_GET_A_BROWSER).not.toContain("\n");
    expect(HOW_TO_GET_A_BROWSER).toMatch(/npm install/);
    expect(HOW_TO_GET_A_BROWSER).toMatch(/CHROMIUM_PATH/);
  });

  it("says what it tried, still in one line, when every browser there is fails", async () => {
    const failure = launchFirstBrowser(probes({ files: ["/usr/bin/chromium"], packaged: "/tmp/x/chromium" }));
    await expect(failure).rejects.toThrow(
      expect.objectContaining({
        message: `${HOW_TO_GET_A_BROWSER} Tried: /usr/bin/chromium: browserType.launch: Failed to launch /usr/bin/chromium; /tmp/x/chromium: browserType.launch: Failed to launch /tmp/x/chromium`,
      }),
    );
  });

  it("reports a package that cannot be unpacked among the attempts", async () => {
    const failure = launchFirstBrowser(probes({ packagedFails: "ENOSPC: no space left on device\nmore" }));
    await expect(failure).rejects.toThrow(
      expect.objectContaining({
        message: `${HOW_TO_GET_A_BROWSER} Tried: @sparticuz/chromium: ENOSPC: no space left on device`,
      }),
    );
  });
});

describe("this machine's probes", () => {
  it("read CHROMIUM_PATH from the environment, and treat an empty one as unset", () => {
    expect(machineProbes({ CHROMIUM_PATH: "/opt/c" }).chromiumPath).toBe("/opt/c");
    expect(machineProbes({ CHROMIUM_PATH: "" }).chromiumPath).toBeUndefined();
    expect(machineProbes({}).chromiumPath).toBeUndefined();
  });

  it("look for Debian's chromium first among the system browsers", () => {
    expect(machineProbes({}).systemPaths).toBe(SYSTEM_BROWSER_PATHS);
    expect(SYSTEM_BROWSER_PATHS[0]).toBe("/usr/bin/chromium");
  });
});
