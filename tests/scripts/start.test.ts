/**
 * `npm start`: the server really serves the add-in's files over https, and the printed next steps cover every place
 * Excel runs (web, Windows, Mac) and name the manifest to sideload.
 */
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as os from "os";
import * as path from "path";

const { nextSteps, sideloadOnMac, macSideloadDir, startDevServer, MANIFEST } = require("../../scripts/start");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, "localhost", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function get(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("npm start", () => {
  it("serves the pane, functions.json, the manifest and office.js over https with its certificate", async () => {
    const certDir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-start-certs-"));
    const port = await freePort();
    const { server, certificate, url } = await startDevServer({ port, certDir, log: () => {} });
    try {
      expect(url).toBe(`https://localhost:${port}/`);
      const pane = await get(`${url}taskpane.html`, certificate.ca);
      expect(pane.status).toBe(200);
      for (const script of ["runtime.js", "functions.js", "taskpane.js", "/office-js/office.js"])
        expect(pane.body).toContain(script);
      const metadata = await get(`${url}functions.json`, certificate.ca);
      expect(JSON.parse(metadata.body).functions.length).toBeGreaterThan(0);
      // Development serves the manifest unchanged: its URLs already point at this server.
      const manifest = await get(`${url}manifest.xml`, certificate.ca);
      expect(manifest.body).toBe(fs.readFileSync(MANIFEST, "utf8"));
      expect((await get(`${url}office-js/office.js`, certificate.ca)).status).toBe(200);
      expect((await get(`${url}assets/icon-80.png`, certificate.ca)).status).toBe(200);
    } finally {
      await server.stop();
      fs.rmSync(certDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("prints sideloading steps for the web, Windows and Mac, the manifest path and how to stop", () => {
    const text = nextSteps({ url: "https://localhost:3000/", manifest: "/repo/manifest.xml", trusted: true });
    expect(text).toContain("Manifest to sideload: /repo/manifest.xml");
    expect(text).toMatch(/Excel on the web:[\s\S]*Upload My Add-in/);
    expect(text).toMatch(/Excel on Windows:[\s\S]*Trusted Add-in Catalogs[\s\S]*Shared Folder/);
    expect(text).toMatch(/Excel on Mac:[\s\S]*Library\/Containers\/com\.microsoft\.Excel\/Data\/Documents\/wef/);
    expect(text).toContain("https://localhost:3000/taskpane.html");
    expect(text).toContain("Ctrl+C");
    expect(text).not.toMatch(/not trusted/);
  });

  it("adds the trust steps when the certificate is not trusted", () => {
    const text = nextSteps({ trusted: false, caPath: "/certs/ca.crt" });
    expect(text).toMatch(/not trusted yet[\s\S]*\/certs\/ca\.crt/);
  });

  it("copies the manifest into Excel for Mac's add-in folder only where Excel for Mac is installed", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "capex-home-"));
    try {
      expect(sideloadOnMac({ platform: "darwin", home })).toBeNull();
      expect(sideloadOnMac({ platform: "linux", home })).toBeNull();
      fs.mkdirSync(path.join(home, "Library", "Containers", "com.microsoft.Excel"), { recursive: true });
      const copy = sideloadOnMac({ platform: "darwin", home });
      expect(path.dirname(copy)).toBe(macSideloadDir(home));
      expect(fs.readFileSync(copy, "utf8")).toBe(fs.readFileSync(MANIFEST, "utf8"));
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
