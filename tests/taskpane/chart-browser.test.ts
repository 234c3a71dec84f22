import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import {
  artifactPath,
  axeViolations,
  distDir,
  launchChromium,
  openPane,
  PANE_URL,
  serveFolder,
  tempDir,
  type StaticServer,
} from "../e2e/harness";
import { readPackage } from "../workbook/charts-helpers";

/** The summary's charts in the built pane, in Chromium: drawn, updated as the form changes, accessible, readable. */

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

async function open(locale: string) {
  const session = await openPane(browser, server, { locale, office: { kind: "real" } });
  await session.page.goto(PANE_URL);
  await session.page.waitForSelector("#app[data-ready=browser]");
  await session.page.waitForSelector("#summary-charts svg");
  return session;
}

describe("the live summary's charts", () => {
  it("draw the base case, follow the form and keep their text alternatives in step", async () => {
    const session = await open("en-US");
    const { page } = session;
    try {
      const labels = () =>
        page
          .locator("#summary-charts svg[role=img]")
          .evaluateAll((svgs) => svgs.map((s) => s.getAttribute("aria-label")));
      const before = await labels();
      expect(before).toHaveLength(2);
      expect(before[0]).toContain("payback: not within the horizon");
      expect(before[1]).toBe("Needed: 22.6% growth a year to pay back by the target year; assumed: 11%.");
      expect(await page.locator("#summary-charts rect").count()).toBe(10 + 2);
      await page.screenshot({ path: artifactPath("pane-chart-en.png"), fullPage: true });

      await page.fill("#field-growth", "30");
      await page.waitForFunction(() => document.querySelector("#summary-charts line.cc-mark") !== null);
      const after = await labels();
      expect(after[1]).toContain("assumed: 30%");
      expect(after[0]).toMatch(/payback: 20\d\d\.\d\./);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator("#summary").screenshot({ path: artifactPath("pane-chart-en-payback.png") });

      await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
      const fills = await page.evaluate(() => {
        const fill = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).fill;
        const probe = document.createElement("span");
        probe.style.color = "CanvasText";
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        return { negative: fill("#summary-charts rect.cc-neg"), canvasText };
      });
      expect(fills.negative).toBe(fills.canvasText);
      await page.screenshot({ path: artifactPath("pane-chart-en-forced-colors.png"), fullPage: true });
      expect(session.errors).toEqual([]);
    } finally {
      await session.context.close();
    }
  });

  it("come with native charts in the workbook the pane downloads", async () => {
    const session = await open("en-US");
    try {
      const [event] = await Promise.all([session.page.waitForEvent("download"), session.page.click("#build")]);
      const file = path.join(tempDir("capex-chart-download-"), event.suggestedFilename());
      await event.saveAs(file);
      const pkg = await readPackage(fs.readFileSync(file));
      // The Dashboard's three model charts and, with the shipped dataset, quarterly cloud revenue growth by provider;
      // the Earnings sheet's margin path; the Scenarios sheet's NPVs; the Risk sheet's payback histogram; the
      // Tornado sheet's bars.
      expect(pkg.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(8);
      expect(pkg.names).toContain("xl/drawings/drawing1.xml");
    } finally {
      await session.context.close();
    }
  });

  it("speak German", async () => {
    const session = await open("de-DE");
    try {
      const caption = await session.page.locator("#summary-charts figcaption").first().innerText();
      expect(caption).toBe("Kumulierter diskontierter Cashflow (Mrd. RMB)");
      const label = await session.page.locator("#summary-charts svg").nth(1).getAttribute("aria-label");
      expect(label?.replace(/\u00a0/g, " ")).toBe(
        "Nötig: 22,6 % Wachstum pro Jahr für die Amortisation bis zum Zieljahr; angenommen: 11 %.",
      );
      await session.page.screenshot({ path: artifactPath("pane-chart-de.png"), fullPage: true });
    } finally {
      await session.context.close();
    }
  });
});
