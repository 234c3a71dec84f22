import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import {
  distDir,
  launchChromium,
  openPane,
  PANE_URL,
  serveFolder,
  tempDir,
  type PaneSession,
  type StaticServer,
} from "./harness";

/**
 * The page opened straight in a browser that cannot load office.js (offline, or Microsoft's CDN blocked): neither
 * bundle may touch an Office global that is not there, and the pane still comes up as the download page.
 */

jest.setTimeout(120_000);

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveFolder(distDir())]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openWithoutOffice(locale: string): Promise<PaneSession & { officeRequests: string[] }> {
  const session = await openPane(browser, server, { locale, office: { kind: "blocked" } });
  const officeRequests: string[] = [];
  session.page.on("requestfailed", (request) => {
    if (request.url().includes("office.js")) officeRequests.push(request.url());
  });
  await session.page.goto(PANE_URL);
  await session.page.waitForSelector("#app[data-ready=browser]");
  return { ...session, officeRequests };
}

describe("the pane when office.js cannot load", () => {
  let session: PaneSession & { officeRequests: string[] };

  beforeAll(async () => {
    session = await openWithoutOffice("en-US");
  });

  afterAll(() => session?.context.close());

  it("really ran without office.js", async () => {
    expect(session.officeRequests).toHaveLength(1);
    expect(await session.page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
    expect(await session.page.evaluate(() => typeof (window as { CustomFunctions?: unknown }).CustomFunctions)).toBe(
      "undefined",
    );
  });

  it("says that the add-in runs inside Excel and offers the workbook as a download", async () => {
    const { page } = session;
    expect(await page.locator("#outside-excel h2").innerText()).toBe("This add-in runs inside Excel");
    expect(await page.locator("#build").innerText()).toBe("Download workbook (.xlsx)");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#build")]);
    const file = path.join(tempDir("capex-offline-download-"), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^cloud-capex-.*\.xlsx$/);
    // An .xlsx is a zip archive: "PK".
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it("raises no page error and logs no error, from either bundle", () => {
    expect(session.errors).toEqual([]);
  });

  it("comes up in German too, without errors", async () => {
    const german = await openWithoutOffice("de-DE");
    expect(await german.page.locator("#outside-excel h2").innerText()).toBe("Dieses Add-In läuft in Excel");
    expect(await german.page.locator("#build").innerText()).toBe("Arbeitsmappe herunterladen (.xlsx)");
    expect(german.errors).toEqual([]);
    await german.context.close();
  });
});
