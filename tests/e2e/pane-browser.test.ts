import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import {
  artifactPath,
  axeViolations,
  distDir,
  launchChromium,
  openPane,
  ORIGIN,
  PANE_URL,
  serveFolder,
  tempDir,
  type PaneSession,
  type StaticServer,
} from "./harness";
import { presetScenario } from "../../src/scenario";
import { computeInsight } from "../../src/taskpane/insight";

/** The outside-Excel path: the real office.js (from npm) reports no host, and the pane offers a download. */

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

async function openInBrowser(locale: string): Promise<PaneSession> {
  const session = await openPane(browser, server, { locale, office: { kind: "real" } });
  await session.page.goto(PANE_URL);
  await session.page.waitForSelector("#app[data-ready=browser]");
  return session;
}

const exceljsRequested = () => server.requests.some((p) => /\/exceljs\.[0-9a-f]+\.js$/.test(p));

async function download(page: Page): Promise<{ fileName: string; file: string }> {
  const [event] = await Promise.all([page.waitForEvent("download"), page.click("#build")]);
  const file = path.join(tempDir("capex-download-"), event.suggestedFilename());
  await event.saveAs(file);
  return { fileName: event.suggestedFilename(), file };
}

describe("the pane outside Excel (English)", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    session = await openInBrowser("en-US");
    page = session.page;
  });

  afterAll(() => session?.context.close());

  it("says plainly that it runs inside Excel and how to sideload it", async () => {
    const notice = page.locator("#outside-excel");
    expect(await notice.locator("h2").innerText()).toBe("This add-in runs inside Excel");
    expect(await notice.innerText()).toContain("Upload My Add-in");
    expect(await notice.innerText()).toContain("manifest.xml");
    expect(await page.locator("#build").innerText()).toBe("Download workbook (.xlsx)");
    expect(await page.getAttribute("#manifest-link", "href")).toBe("manifest.xml");
    const manifest = await page.evaluate(() => fetch("manifest.xml").then((r) => r.text()));
    expect(manifest).toContain("<OfficeApp");
    await page.screenshot({ path: artifactPath("pane-browser-en.png"), fullPage: true });
  });

  it("says how sure the answer is, from the core's trials, in a chunk loaded after the pane is usable", async () => {
    await page.waitForSelector("#insight:not([hidden])");
    expect(server.requests.some((p) => /\/insight\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    const base = computeInsight(presetScenario("base"));
    const share = `${Math.round(base.probability * 100)}%`;
    expect(await page.locator("#insight-risk").innerText()).toBe(
      `Paid back (discounted) by ${base.targetYear} in ${share} of 1,000 trials.`,
    );
    expect(await page.locator("#insight-drivers").innerText()).toMatch(/^NPV moves most with .+, then .+ and .+\.$/);
    expect(await page.locator("#insight-chart svg").count()).toBe(1);
  });

  it("loads ExcelJS only when a download is asked for, and downloads the scenario as .xlsx", async () => {
    expect(exceljsRequested()).toBe(false);
    await page.selectOption("#preset", "bear");
    await page.fill("#field-capexTotal", "420");
    await page.fill("#field-fx", "7.25");
    const { fileName, file } = await download(page);
    expect(exceljsRequested()).toBe(true);
    expect(fileName).toMatch(/^cloud-capex-.*\.xlsx$/);
    await page.waitForSelector("#status.ok");
    expect(await page.locator("#status").innerText()).toBe(`Done: downloaded ${fileName}.`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.length).toBeGreaterThan(2);
    const values: unknown[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => values.push(typeof cell.value === "object" && cell.value ? cell.result : cell.value)),
      ),
    );
    expect(values).toEqual(expect.arrayContaining([420, 7.25]));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it("adds the form as a scenario, lists it with a Remove button, and the download carries it beside the presets", async () => {
    await page.fill("#field-name", "Stress: 500 bn");
    await page.fill("#field-capexTotal", "500");
    await page.click("#add-scenario");
    expect(await page.locator("#added-scenarios li span").allInnerTexts()).toEqual(["Stress: 500 bn"]);
    expect(await page.locator("#status").innerText()).toContain("Added “Stress: 500 bn”");
    expect(await axeViolations(page)).toEqual([]);
    await page.fill("#field-name", "Own case");
    await page.fill("#field-capexTotal", "400");
    const { file } = await download(page);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const inputs = workbook.getWorksheet("Inputs")!;
    const names = ["F", "G", "H", "I", "J"].map((c) => inputs.getCell(`${c}12`).value);
    expect(names.slice(3)).toEqual(["Own case", "Stress: 500 bn"]);
    expect(inputs.getCell("C9").value).toBe("Own case");
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await page.click("button[aria-label='Remove Stress: 500 bn']");
    expect(await page.locator("#added-scenarios li").count()).toBe(0);
    expect(await page.locator(".added-scenarios").isHidden()).toBe(true);
  });

  it("has no accessibility violations and no page errors", async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe("the shipped benchmark dataset, which arrives after the pane is interactive", () => {
  const datasetFacts = "section[aria-labelledby=dataset-title]";

  it("leaves the form, the summary and Save usable while it loads; a download waits for it", async () => {
    const session = await openPane(browser, server, { locale: "en-US", office: { kind: "real" } });
    const { page } = session;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    session.setDatasetChunkHandler(async (_route, serve) => {
      held++;
      await released;
      await serve();
    });
    // The held chunk holds the window's load event too; the pane must not wait for that.
    await page.goto(PANE_URL, { waitUntil: "domcontentloaded" });
    await page.waitForSelector("#app[data-ready=browser]");
    expect(held).toBe(1);
    expect(await page.getAttribute(datasetFacts, "aria-busy")).toBe("true");
    expect(await page.locator("#dataset-asof").innerText()).toBe("loading…");
    expect(await page.locator("#dataset-source").innerText()).toBe("loading…");

    await page.fill("#field-capexTotal", "450");
    expect(await page.locator("#summary-capex").innerText()).toMatch(/^RMB 450 bn/);
    const [saved] = await Promise.all([page.waitForEvent("download"), page.click("#save-scenario")]);
    expect(saved.suggestedFilename()).toMatch(/\.json$/);

    const downloaded = page.waitForEvent("download");
    await page.click("#build");
    await page.waitForSelector("#status.working");
    await page.waitForTimeout(300);
    expect(await page.locator("#status").getAttribute("class")).toBe("status working");
    release();
    expect((await downloaded).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.waitForSelector(`${datasetFacts}[aria-busy=false]`);
    expect(await page.locator("#dataset-asof").innerText()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await page.locator("#dataset-source").innerText()).toContain("shipped with the add-in");
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it("says in one sentence when it did not load, and still downloads the workbook without it", async () => {
    const session = await openPane(browser, server, { locale: "en-US", office: { kind: "real" } });
    const { page } = session;
    session.setDatasetChunkHandler((route) => route.abort("failed"));
    await page.goto(PANE_URL);
    await page.waitForSelector("#app[data-ready=browser]");
    await page.waitForSelector(`${datasetFacts}[aria-busy=false]`);
    const sentence = "The benchmark data could not be loaded, so workbooks are built without it.";
    expect(await page.locator("#dataset-source").innerText()).toBe(sentence);
    expect(await page.locator("#dataset-asof").innerText()).toBe("unknown");

    const { file } = await download(page);
    await page.waitForSelector("#status.ok");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const texts: unknown[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => texts.push(c.value))));
    expect(texts).toContain("No benchmark dataset was included when this workbook was built.");
    fs.rmSync(path.dirname(file), { recursive: true, force: true });

    await page.click("#refresh");
    await page.waitForSelector("#status.failed");
    expect(await page.locator("#status").innerText()).toContain(sentence);
    await page.screenshot({ path: artifactPath("pane-browser-en-dataset-failed.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe("saving and loading a scenario (English)", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    session = await openInBrowser("en-US");
    page = session.page;
  });

  afterAll(() => session?.context.close());

  async function load(name: string, text: string): Promise<void> {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click("#load-scenario")]);
    await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  it("saves the scenario with custom weights, and loading it back restores the edited form", async () => {
    await page.selectOption("#preset", "bull");
    await page.fill("#field-capexTotal", "410");
    expect(await page.locator("#weights-field").isVisible()).toBe(false);
    await page.selectOption("#field-profile", "custom");
    expect(await page.locator("#weights-field").isVisible()).toBe(true);
    await page.fill("#field-customWeights", "1, 2");
    expect(await page.locator("#field-customWeights-error").innerText()).toMatch(/^Enter \d+ weights/);
    expect(await page.getAttribute("#field-customWeights", "aria-invalid")).toBe("true");
    const years = Number(await page.inputValue("#field-capexYears"));
    const weights = Array.from({ length: years }, (_, i) => String(i + 1)).join(", ");
    await page.fill("#field-customWeights", weights);
    expect(await page.getAttribute("#field-customWeights", "aria-invalid")).toBeNull();
    expect(await page.locator("#summary-required").innerText()).toBe("Not available with custom pacing weights.");

    const [event] = await Promise.all([page.waitForEvent("download"), page.click("#save-scenario")]);
    expect(event.suggestedFilename()).toMatch(/^cloud-capex-.*\.json$/);
    const file = path.join(tempDir("capex-scenario-"), event.suggestedFilename());
    await event.saveAs(file);
    const saved = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(saved).toMatchObject({ format: "cloud-capex-scenario", capexTotal: 410, profile: "custom" });
    expect(saved.customWeights).toEqual(weights.split(", ").map(Number));

    await page.selectOption("#preset", "base");
    expect(await page.inputValue("#field-capexTotal")).not.toBe("410");
    await load("mine.json", fs.readFileSync(file, "utf8"));
    await page.waitForSelector("#status.ok");
    expect(await page.locator("#status").innerText()).toBe("Loaded the scenario from mine.json.");
    expect(await page.inputValue("#field-capexTotal")).toBe("410");
    expect(await page.inputValue("#field-profile")).toBe("custom");
    expect(await page.inputValue("#field-customWeights")).toBe(weights);
    expect(await page.inputValue("#field-name")).toBe(saved.name);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it("says why a broken file was not loaded and keeps the form", async () => {
    const before = await page.inputValue("#field-capexTotal");
    await load("broken.json", JSON.stringify({ format: "cloud-capex-scenario", name: "x", capexTotal: -5 }));
    await page.waitForSelector("#status.failed");
    const message = await page.locator("#status").innerText();
    expect(message).toMatch(/^broken\.json was not loaded, and the form is unchanged, because:\n/);
    expect(message).toContain("missing");
    expect(await page.inputValue("#field-capexTotal")).toBe(before);
    await page.screenshot({ path: artifactPath("pane-browser-en-load-failed.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe("the pane outside Excel (German)", () => {
  it("uses the browser's language", async () => {
    const session = await openInBrowser("de-DE");
    const { page } = session;
    expect(await page.locator("#outside-excel h2").innerText()).toBe("Dieses Add-In läuft in Excel");
    expect(await page.locator("#build").innerText()).toBe("Arbeitsmappe herunterladen (.xlsx)");
    expect(await page.inputValue("#field-fx")).toBe("7,17");
    await page.screenshot({ path: artifactPath("pane-browser-de.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe("keyboard and high contrast", () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    session = await openInBrowser("en-US");
    page = session.page;
  });

  afterAll(() => session?.context.close());

  it("reaches every control by Tab, in reading order, each with a visible focus indicator", async () => {
    // Hidden controls (the weights of a built-in profile, the file picker behind "Load scenario") are not stops.
    const controls = await page.$$eval("#app a, #app input, #app select, #app button", (nodes) =>
      nodes.filter((n) => (n as HTMLElement).tabIndex >= 0 && n.getClientRects().length > 0).map((n) => n.id),
    );
    expect(controls).toEqual(expect.arrayContaining(["build", "refresh", "save-scenario", "load-scenario"]));
    const visited: string[] = [];
    await page.focus("body");
    for (let i = 0; i < controls.length; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const style = getComputedStyle(active);
        return {
          id: active.id,
          outline: style.outlineStyle,
          outlineColor: style.outlineColor,
          width: parseFloat(style.outlineWidth),
        };
      });
      const ring = focus.outline !== "none" && focus.width >= 2 && focus.outlineColor !== "rgba(0, 0, 0, 0)";
      expect(ring).toBe(true);
      visited.push(focus.id);
    }
    expect(visited).toEqual(controls);
  });

  it("works from the keyboard alone: preset by arrow keys, edit, download with Enter", async () => {
    await page.focus("#preset");
    await page.keyboard.press("ArrowDown");
    expect(await page.inputValue("#preset")).toBe("bull");
    await page.focus("#field-capexTotal");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("500");
    expect(await page.locator("#summary-capex").innerText()).toMatch(/^RMB 500 bn/);
    const [event] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(event.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it("stays readable in forced-colors (high contrast) mode", async () => {
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    await page.fill("#field-horizon", "x");
    const styles = await page.evaluate(() => {
      const read = (selector: string) => {
        const style = getComputedStyle(document.querySelector(selector) as Element);
        return { border: style.borderTopStyle, width: parseFloat(style.borderTopWidth) };
      };
      return { input: read("#field-capexTotal"), button: read("#build"), invalid: read("#field-horizon") };
    });
    for (const s of Object.values(styles)) {
      expect(s.border).not.toBe("none");
      expect(s.width).toBeGreaterThanOrEqual(1);
    }
    expect(styles.invalid.width).toBeGreaterThan(styles.input.width);
    // No axe scan here: axe computes contrast from authored colours, which forced-colours mode replaces.
    await page.screenshot({ path: artifactPath("pane-browser-en-forced-colors.png"), fullPage: true });
  });
});

describe("published in a sub-folder of a static host", () => {
  it("loads its lazy chunks relative to the page", async () => {
    const session = await openPane(browser, server, {
      locale: "en-GB",
      office: { kind: "real" },
      basePath: "/contoso/capex-addin/",
    });
    const { page } = session;
    await page.goto(`${ORIGIN}/contoso/capex-addin/taskpane.html`);
    await page.waitForSelector("#app[data-ready=browser]");
    const { fileName } = await download(page);
    expect(fileName).toMatch(/\.xlsx$/);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
