import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pipeline } from "stream/promises";
import * as zlib from "zlib";
import { chromium, type Browser } from "playwright-core";

/**
 * Finds the Chromium that the browser tests run in, so that `npm install && npm test` works on a fresh machine:
 * CHROMIUM_PATH when set, else a system Chrome or Chromium that actually launches, else the Chromium that
 * `@sparticuz/chromium` brings from the npm registry (the binary is inside the package; nothing is downloaded).
 * Where none launches, the tests fail with one line that says how to get one: they are never skipped.
 */

export interface BrowserCandidate {
  /** Where the binary came from, for the failure message. */
  readonly origin: "CHROMIUM_PATH" | "system" | "npm package";
  readonly executablePath: string;
  /** Environment the binary needs on top of the test process's (the packaged build's own libraries and fonts). */
  readonly env?: Readonly<Record<string, string>>;
}

/** Everything the choice depends on, injectable so that the order of choice can be tested without a browser. */
export interface BrowserProbes<B> {
  readonly chromiumPath: string | undefined;
  /** System Chrome and Chromium binaries, most likely first. */
  readonly systemPaths: readonly string[];
  readonly isFile: (file: string) => boolean;
  /** The packaged Chromium, unpacked and ready; undefined where the package is not installed. */
  readonly packaged: () => Promise<BrowserCandidate | undefined>;
  /** Starts the browser; rejects when the binary does not start. */
  readonly launch: (candidate: BrowserCandidate) => Promise<B>;
}

export const HOW_TO_GET_A_BROWSER =
  "No Chromium for the browser tests: run `npm install` (it brings @sparticuz/chromium), " +
  "or set CHROMIUM_PATH to a Chrome or Chromium binary, or install one (Debian: apt-get install chromium).";

/** The first line of an error, without the launch log Playwright appends: failures must stay one line. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim();
}

export async function launchFirstBrowser<B>(
  probes: BrowserProbes<B>,
): Promise<{ browser: B; candidate: BrowserCandidate }> {
  if (probes.chromiumPath) {
    // An explicit choice is never silently replaced by another browser.
    const candidate: BrowserCandidate = { origin: "CHROMIUM_PATH", executablePath: probes.chromiumPath };
    try {
      return { browser: await probes.launch(candidate), candidate };
    } catch (error) {
      throw new Error(
        `CHROMIUM_PATH=${probes.chromiumPath} does not launch (${firstLine(error)}); ` +
          "point it at a working Chrome or Chromium, or unset it to use the one from npm install.",
      );
    }
  }
  const failures: string[] = [];
  const attempt = async (candidate: BrowserCandidate): Promise<B | undefined> => {
    try {
      return await probes.launch(candidate);
    } catch (error) {
      failures.push(`${candidate.executablePath}: ${firstLine(error)}`);
      return undefined;
    }
  };
  for (const executablePath of probes.systemPaths.filter((file) => probes.isFile(file))) {
    const candidate: BrowserCandidate = { origin: "system", executablePath };
    const browser = await attempt(candidate);
    if (browser !== undefined) return { browser, candidate };
  }
  let packaged: BrowserCandidate | undefined;
  try {
    packaged = await probes.packaged();
  } catch (error) {
    failures.push(`@sparticuz/chromium: ${firstLine(error)}`);
  }
  if (packaged) {
    const browser = await attempt(packaged);
    if (browser !== undefined) return { browser, candidate: packaged };
  }
  throw new Error(failures.length > 0 ? `${HOW_TO_GET_A_BROWSER} Tried: ${failures.join("; ")}` : HOW_TO_GET_A_BROWSER);
}

export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Flags for a headless run that never talks to Google's services (updates, field trials, first-run pages). */
export const BROWSER_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Unpacks the Chromium inside @sparticuz/chromium once per version into the temporary folder, ready to launch.
 * The package's own executablePath() unpacks into fixed names in os.tmpdir(), which parallel Jest workers would
 * race on, and leaves out the libraries a bare Debian lacks; so the archives in its bin/ folder are unpacked here,
 * into a private staging folder that is renamed into place whole (the first rename wins).
 */
async function unpackPackagedChromium(): Promise<BrowserCandidate | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  let entry: string;
  try {
    entry = require.resolve("@sparticuz/chromium");
  } catch {
    return undefined;
  }
  const packageRoot = path.resolve(path.dirname(entry), "..", "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(packageRoot, "package.json"), "utf8")) as {
    version: string;
  };
  const target = path.join(os.tmpdir(), `capex-chromium-${version}`);
  if (!isFile(path.join(target, "chromium"))) {
    const staging = fs.mkdtempSync(`${target}-unpacking-`);
    try {
      await unpackInto(staging, target, path.join(packageRoot, "bin"));
      fs.renameSync(staging, target);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      // Another worker finished first; its copy is complete.
      if (!isFile(path.join(target, "chromium"))) throw error;
    }
  }
  return {
    origin: "npm package",
    executablePath: path.join(target, "chromium"),
    env: {
      // Built for Amazon Linux 2023, it brings NSS and expat, which a bare Debian lacks.
      LD_LIBRARY_PATH: [path.join(target, "al2023", "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_PATH: path.join(target, "fonts"),
    },
  };
}

/** Unpacks into `folder`, which is then renamed to `target`: paths written into files name `target`. */
async function unpackInto(folder: string, target: string, bin: string): Promise<void> {
  await pipeline(
    fs.createReadStream(path.join(bin, "chromium.br")),
    zlib.createBrotliDecompress(),
    fs.createWriteStream(path.join(folder, "chromium"), { mode: 0o755 }),
  );
  // SwiftShader (software GL) sits beside the binary, where Chromium looks for it.
  await untarBrotli(path.join(bin, "swiftshader.tar.br"), folder);
  await untarBrotli(path.join(bin, "fonts.tar.br"), path.join(folder, "fonts"));
  await untarBrotli(path.join(bin, "al2023.tar.br"), path.join(folder, "al2023"));
  // The package's fonts.conf names /tmp/fonts; this one names the fonts where they will be.
  const fontsConf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    `<fontconfig><dir>${path.join(target, "fonts", "fonts")}</dir><cachedir>${path.join(target, "fonts-cache")}</cachedir></fontconfig>`,
  ];
  fs.writeFileSync(path.join(folder, "fonts", "fonts.conf"), `${fontsConf.join("\n")}\n`);
}

async function untarBrotli(archive: string, into: string): Promise<void> {
  fs.mkdirSync(into, { recursive: true });
  const tar = spawn("tar", ["-x", "--no-same-owner", "-C", into], { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  tar.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    tar.on("error", reject);
    tar.on("close", resolve);
  });
  await pipeline(fs.createReadStream(archive), zlib.createBrotliDecompress(), tar.stdin);
  const status = await exited;
  if (status !== 0) throw new Error(`tar could not unpack ${path.basename(archive)}: ${stderr.trim()}`);
}

export function launchCandidate(candidate: BrowserCandidate): Promise<Browser> {
  return chromium.launch({
    executablePath: candidate.executablePath,
    env: { ...process.env, ...candidate.env },
    headless: true,
    // A binary that hangs instead of starting is passed over in time for the next candidate (Playwright waits 3 min).
    timeout: 30_000,
    // Playwright gives every launch a fresh, temporary user-data directory.
    args: [...BROWSER_ARGS],
  });
}

/** This machine: its environment, its files and Playwright. */
export function machineProbes(env: NodeJS.ProcessEnv = process.env): BrowserProbes<Browser> {
  return {
    chromiumPath: env.CHROMIUM_PATH || undefined,
    systemPaths: SYSTEM_BROWSER_PATHS,
    isFile,
    packaged: unpackPackagedChromium,
    launch: launchCandidate,
  };
}

/** The browser for the browser tests (see the top of this file for the order of choice). */
export async function launchTestBrowser(probes: BrowserProbes<Browser> = machineProbes()): Promise<Browser> {
  return (await launchFirstBrowser(probes)).browser;
}
