/**
 * The certificate fallback of `npm start`: where trusting the CA fails (here: no sudo), a key and certificate are
 * still produced, and they really serve https://localhost to a client that trusts the CA.
 */
import * as fs from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";

const {
  ensureDevCertificate,
  readUsablePair,
  trustInstructions,
  httpsServerConfig,
} = require("../../scripts/https-options");
const realDevCerts = require("office-addin-dev-certs");

function fetchOverHttps(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // servername and the default rejectUnauthorized: the chain and the name "localhost" are both checked.
    const request = https.get({ host: "127.0.0.1", servername: "localhost", port, path: "/", ca }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(body));
    });
    request.on("error", reject);
  });
}

async function serveWith(options: https.ServerOptions, ca: string): Promise<string> {
  const server = https.createServer(options, (_req, res) => res.end("capex ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await fetchOverHttps((server.address() as AddressInfo).port, ca);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** office-addin-dev-certs as it behaves without sudo: it may generate, but trusting the CA throws. */
function devCertsWithoutSudo(calls: string[]) {
  return {
    getHttpsServerOptions: async () => {
      calls.push("getHttpsServerOptions");
      throw new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found");
    },
    generateCertificates: (...args: unknown[]) => {
      calls.push("generateCertificates");
      return realDevCerts.generateCertificates(...args);
    },
    isCaCertificateInstalled: () => false,
  };
}

describe("development certificate without sudo", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-certs-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("falls back to generating a pair when trusting fails, and the pair serves https://localhost", async () => {
    const calls: string[] = [];
    const logs: string[] = [];
    const certificate = await ensureDevCertificate({
      dir,
      devCerts: devCertsWithoutSudo(calls),
      log: (line: string) => logs.push(line),
      tryTrust: true,
    });
    expect(calls).toEqual(["getHttpsServerOptions", "generateCertificates"]);
    expect(certificate).toMatchObject({ trusted: false, source: "generated" });
    expect(logs.join("\n")).toMatch(/could not trust its CA \(.*sudo: not found\)/);
    for (const file of ["ca.crt", "localhost.crt", "localhost.key"])
      expect(fs.existsSync(path.join(dir, file))).toBe(true);
    const body = await serveWith({ key: certificate.key, cert: certificate.cert }, certificate.ca);
    expect(body).toBe("capex ok");
  }, 60_000);

  it("reuses a valid pair instead of making a new CA (a CA trusted by hand stays trusted)", async () => {
    const calls: string[] = [];
    const first = await ensureDevCertificate({ dir, devCerts: devCertsWithoutSudo(calls), log: () => {} });
    const second = await ensureDevCertificate({ dir, devCerts: devCertsWithoutSudo(calls), log: () => {} });
    expect(calls).toEqual(["generateCertificates"]);
    expect(second.source).toBe("reused");
    expect(second.ca).toBe(first.ca);
  }, 60_000);

  it("rejects a pair whose key does not match, or that is about to expire", async () => {
    await ensureDevCertificate({ dir, devCerts: devCertsWithoutSudo([]), log: () => {} });
    expect(readUsablePair(dir).pair).not.toBeNull();
    // 30 days of validity: a month from now it must count as expiring.
    expect(readUsablePair(dir, Date.now() + 30 * 24 * 3600 * 1000).reason).toMatch(/expires/);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "capex-certs-"));
    try {
      await ensureDevCertificate({ dir: other, devCerts: devCertsWithoutSudo([]), log: () => {} });
      fs.copyFileSync(path.join(other, "localhost.key"), path.join(dir, "localhost.key"));
      expect(readUsablePair(dir).reason).toMatch(/key does not match/);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  }, 60_000);

  it("gives webpack-dev-server the pair and prints how to trust the CA", async () => {
    const logs: string[] = [];
    const config = await httpsServerConfig({
      dir,
      devCerts: devCertsWithoutSudo([]),
      log: (line: string) => logs.push(line),
    });
    expect(config.type).toBe("https");
    expect(Object.keys(config.options).sort()).toEqual(["ca", "cert", "key"]);
    expect(logs.join("\n")).toContain(path.join(dir, "ca.crt"));
    expect(await serveWith(config.options, config.options.ca)).toBe("capex ok");
  }, 60_000);
});

describe("trust instructions", () => {
  it("name the CA file and a command for each platform, with sudo only where it is needed", () => {
    const ca = "/home/dev/.office-addin-dev-certs/ca.crt";
    const linuxUser = trustInstructions(ca, "linux", false);
    expect(linuxUser).toContain(ca);
    expect(linuxUser).toMatch(/sudo update-ca-certificates/);
    expect(linuxUser).toMatch(/certutil -d sql:\$HOME\/\.pki\/nssdb/);
    expect(trustInstructions(ca, "linux", true)).not.toMatch(/sudo/);
    expect(trustInstructions(ca, "darwin", false)).toMatch(/security add-trusted-cert .*login\.keychain/);
    expect(trustInstructions(ca, "win32", false)).toMatch(/certutil -user -addstore Root/);
  });
});
