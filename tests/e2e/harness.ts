import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { launchTestBrowser } from "../helpers/browser";
import { distDir } from "../helpers/dist";

/**
 * The browser tests' world: the production build served by a small local http server, shown to Chromium under an
 * https origin (the pane refuses plain-http dataset addresses, as Office would), office.js from the npm package or a
 * fake, and every other request to the internet refused so that nothing leaves the machine.
 */

export const ORIGIN = "https://capex-addin.test";
export const PANE_URL = `${ORIGIN}/taskpane.html`;
export const DATASET_URL = `${ORIGIN}/assets/benchmarks.json`;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_NPM_DIST = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

export interface StaticServer {
  readonly url: string;
  /** Every path requested, in order, for assertions on what the pane loaded. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves a folder read-only; anything outside it or missing is a 404. */
export async function serveFolder(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push(pathname);
    const file = path.join(root, pathname === "/" ? "taskpane.html" : pathname);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The browser every browser test runs in: CHROMIUM_PATH, a system Chromium, or the one npm installed. */
export function launchChromium(): Promise<Browser> {
  return launchTestBrowser();
}

/** office.js from npm, a fake Office with an Excel double, or none: Microsoft's CDN blocked or offline. */
export type OfficeMode = { kind: "real" } | { kind: "fake"; script: string } | { kind: "blocked" };

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught page errors and console errors, to assert a clean run. */
  readonly errors: string[];
  /** Answers the next dataset requests with this handler (default: the built dataset file). */
  setDatasetHandler(handler: ((route: Route) => Promise<void>) | null): void;
  /**
   * Answers the requests for the shipped dataset's chunk with this handler; `serve` answers as the server would.
   * Set before the page is opened, e.g. to hold the chunk back or to make it fail.
   */
  setDatasetChunkHandler(handler: ((route: Route, serve: () => Promise<void>) => Promise<void>) | null): void;
}

const DATASET_CHUNK = /\/dataset\.[0-9a-f]+\.js$/;

/** Opens the pane in a new context with the given language and office.js. */
export async function openPane(
  browser: Browser,
  server: StaticServer,
  options: { locale: string; office: OfficeMode; init?: string; basePath?: string },
): Promise<PaneSession> {
  const context = await browser.newContext({
    locale: options.locale,
    acceptDownloads: true,
    viewport: { width: 380, height: 900 },
  });
  if (options.init) await context.addInitScript(options.init);
  let datasetHandler: ((route: Route) => Promise<void>) | null = null;
  let datasetChunkHandler: ((route: Route, serve: () => Promise<void>) => Promise<void>) | null = null;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      if (options.office.kind === "blocked") {
        await route.abort("internetdisconnected");
        return;
      }
      const rest = url.slice(OFFICE_CDN.length).split("?")[0];
      if (rest === "office.js" && options.office.kind === "fake") {
        await route.fulfill({ contentType: CONTENT_TYPES[".js"], body: options.office.script });
        return;
      }
      const file = path.join(OFFICE_NPM_DIST, rest);
      if (file.startsWith(OFFICE_NPM_DIST + path.sep) && fs.existsSync(file)) {
        await route.fulfill({ contentType: CONTENT_TYPES[".js"], body: fs.readFileSync(file) });
      } else {
        await route.fulfill({ status: 404, body: "" });
      }
      return;
    }
    if (url.split("?")[0] === DATASET_URL && datasetHandler) {
      await datasetHandler(route);
      return;
    }
    // The add-in may be published in a sub-folder of a site; the build must work there too.
    const base = `${ORIGIN}${options.basePath ?? "/"}`;
    if (url.startsWith(base)) {
      const serve = async () => {
        const response = await route.fetch({ url: `${server.url}/${url.slice(base.length)}` });
        await route.fulfill({ response });
      };
      if (datasetChunkHandler && DATASET_CHUNK.test(url.split("?")[0])) await datasetChunkHandler(route, serve);
      else await serve();
      return;
    }
    if (url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
      return;
    }
    // Nothing else may reach the network.
    await route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // Chromium logs every failed HTTP answer; the tests that provoke them check the pane's own message instead.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return {
    context,
    page,
    errors,
    setDatasetHandler: (handler) => {
      datasetHandler = handler;
    },
    setDatasetChunkHandler: (handler) => {
      datasetChunkHandler = handler;
    },
  };
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** The axe-core scan of the page as it is now; returns the violations, compactly. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  const axePath = require.resolve("axe-core/axe.min.js");
  await page.addScriptTag({ content: fs.readFileSync(axePath, "utf8") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export { distDir };

/** Bundles tests/e2e/fake-office.ts (with the Excel double) into one classic script for the page. */
export async function bundleFakeOffice(): Promise<string> {
  const webpack = require("webpack") as typeof import("webpack");
  const outDir = tempDir("capex-fake-office-");
  const config: import("webpack").Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.resolve(__dirname, "fake-office.ts"),
    output: { path: outDir, filename: "office.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
  };
  const stats = await new Promise<import("webpack").Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const script = fs.readFileSync(path.join(outDir, "office.js"), "utf8");
  fs.rmSync(outDir, { recursive: true, force: true });
  return script;
}
