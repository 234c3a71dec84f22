import * as fs from "fs";
import { launchCandidate, machineProbes } from "../helpers/browser";

/**
 * The last resort of the browser choice is real: the Chromium inside the @sparticuz/chromium npm package unpacks and
 * runs headless here, with its own libraries and fonts, so a machine with no browser installed still runs the tests.
 */

jest.setTimeout(120_000);

const linuxX64 = process.platform === "linux" && process.arch === "x64";

describe("the Chromium that npm install brings", () => {
  if (!linuxX64) {
    it("is not offered off Linux x64, where its binary would not run", async () => {
      expect(await machineProbes().packaged()).toBeUndefined();
    });
    return;
  }

  it("unpacks once and renders a page headless with playwright-core", async () => {
    const candidate = await machineProbes().packaged();
    expect(candidate?.origin).toBe("npm package");
    expect(fs.statSync(candidate!.executablePath).isFile()).toBe(true);
    // A second call finds the unpacked copy instead of unpacking again.
    expect(await machineProbes().packaged()).toEqual(candidate);
    const browser = await launchCandidate(candidate!);
    try {
      const page = await browser.newPage();
      await page.setContent("<p id='text'>Investitionsverteilung läuft</p>");
      expect(await page.textContent("#text")).toBe("Investitionsverteilung läuft");
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  });
});
