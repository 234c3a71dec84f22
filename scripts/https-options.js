/**
 * The localhost certificate for the development server.
 *
 * Office only loads add-ins over https, and desktop Excel refuses a certificate it does not trust. The usual tool,
 * office-addin-dev-certs, makes a CA and a localhost certificate and then trusts the CA, which on Linux and for a
 * machine-wide install needs sudo. Where that trust step fails (no sudo, CI, containers) the server must still come
 * up, so this module keeps the generated pair, or generates one without the trust step, and says how to trust the
 * CA by hand. A pair that is still valid is reused, so that a CA trusted by hand stays trusted across restarts.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

/** Where office-addin-dev-certs keeps its files; sharing it means one trusted CA serves every add-in project. */
const DEFAULT_CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const DOMAINS = ["127.0.0.1", "localhost"];
const DAYS_VALID = 30;
/** Regenerate a little before expiry, so that a session started today does not fail tomorrow. */
const MIN_REMAINING_MS = 24 * 60 * 60 * 1000;

function certificatePaths(dir) {
  return {
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
}

/**
 * The CA, certificate and key in `dir` if they form a pair a browser would accept for https://localhost (key matches,
 * issued by the CA, names localhost, not about to expire); otherwise null with the reason.
 */
function readUsablePair(dir, now = Date.now()) {
  const paths = certificatePaths(dir);
  let pem;
  try {
    pem = {
      ca: fs.readFileSync(paths.ca, "utf8"),
      cert: fs.readFileSync(paths.cert, "utf8"),
      key: fs.readFileSync(paths.key, "utf8"),
    };
  } catch {
    return { pair: null, reason: `no certificate in ${dir}` };
  }
  try {
    const ca = new crypto.X509Certificate(pem.ca);
    const cert = new crypto.X509Certificate(pem.cert);
    if (!cert.checkPrivateKey(crypto.createPrivateKey(pem.key))) return { pair: null, reason: "key does not match" };
    if (!cert.verify(ca.publicKey)) return { pair: null, reason: "certificate is not issued by the CA" };
    if (!cert.checkHost("localhost")) return { pair: null, reason: "certificate does not name localhost" };
    if (Date.parse(cert.validTo) - now < MIN_REMAINING_MS) return { pair: null, reason: "certificate expires soon" };
    return { pair: { ...pem, paths }, reason: "" };
  } catch (error) {
    return { pair: null, reason: `unreadable certificate (${error.message})` };
  }
}

/** Shell commands that make the system (and, on Linux, Chrome/Edge) trust the CA. */
function trustInstructions(caPath, platform = process.platform, isRoot = process.getuid?.() === 0) {
  const sudo = isRoot ? "" : "sudo ";
  const lines = [`The development CA is not trusted yet. Its certificate: ${caPath}`, "To trust it:"];
  if (platform === "win32") {
    lines.push(`  certutil -user -addstore Root "${caPath}"`, "  (or run: npx office-addin-dev-certs install)");
  } else if (platform === "darwin") {
    lines.push(
      `  security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db "${caPath}"`,
      "  (or run: npx office-addin-dev-certs install)",
    );
  } else {
    lines.push(
      `  ${sudo}cp "${caPath}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && ${sudo}update-ca-certificates`,
      "  Chrome and Edge on Linux read their own store:",
      `  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i "${caPath}"   (certutil: libnss3-tools)`,
      "  Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.",
    );
  }
  lines.push(
    "Or open https://localhost:3000/taskpane.html once in the browser and accept the warning (Excel on the web).",
  );
  return lines.join("\n");
}

function loadDevCerts() {
  return require("office-addin-dev-certs");
}

function isCaTrusted(devCerts) {
  try {
    return Boolean(devCerts.isCaCertificateInstalled());
  } catch {
    return false;
  }
}

const cache = new Map();

/**
 * A usable localhost key and certificate, trusted if the platform allows it without help.
 * @returns {{ ca: string, cert: string, key: string, paths: { ca: string, cert: string, key: string },
 *   trusted: boolean, source: "reused" | "office-addin-dev-certs" | "generated" }}
 */
async function ensureDevCertificate({
  dir = process.env.CAPEX_CERT_DIR || DEFAULT_CERT_DIR,
  devCerts = loadDevCerts(),
  log = console.log,
  // The Office tool only installs the CA it keeps in its own folder, so elsewhere skip straight to generating.
  tryTrust = path.resolve(dir) === DEFAULT_CERT_DIR,
} = {}) {
  const existing = readUsablePair(dir);
  if (existing.pair) {
    return { ...existing.pair, trusted: tryTrust && isCaTrusted(devCerts), source: "reused" };
  }

  if (tryTrust) {
    try {
      await devCerts.getHttpsServerOptions(DAYS_VALID, DOMAINS);
      const installed = readUsablePair(dir);
      if (installed.pair) return { ...installed.pair, trusted: true, source: "office-addin-dev-certs" };
    } catch (error) {
      const firstLine = String(error?.message ?? error).split("\n")[0];
      log(`office-addin-dev-certs could not trust its CA (${firstLine}); continuing with an untrusted certificate.`);
      // It writes the files before the trust step, so they are usually there now.
      const written = readUsablePair(dir);
      if (written.pair) return { ...written.pair, trusted: false, source: "office-addin-dev-certs" };
    }
  }

  const paths = certificatePaths(dir);
  // generateCertificates keeps an existing CA file and would pair it with a new certificate; start clean.
  for (const file of Object.values(paths)) fs.rmSync(file, { force: true });
  fs.mkdirSync(dir, { recursive: true });
  await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, DAYS_VALID, DOMAINS);
  const generated = readUsablePair(dir);
  if (!generated.pair) throw new Error(`Generated certificate in ${dir} is not usable: ${generated.reason}`);
  return { ...generated.pair, trusted: false, source: "generated" };
}

/** Once per process and folder: webpack may build its config more than once, and generating takes seconds. */
function devCertificate(options = {}) {
  const dir = options.dir || process.env.CAPEX_CERT_DIR || DEFAULT_CERT_DIR;
  if (!cache.has(dir)) cache.set(dir, ensureDevCertificate({ ...options, dir }));
  return cache.get(dir);
}

/** The `server` entry of webpack-dev-server's options. */
async function httpsServerConfig({ log = console.log, ...options } = {}) {
  try {
    const certificate = await devCertificate({ log, ...options });
    if (!certificate.trusted) log(trustInstructions(certificate.paths.ca));
    return { type: "https", options: { ca: certificate.ca, cert: certificate.cert, key: certificate.key } };
  } catch (error) {
    // Last resort: webpack-dev-server makes its own self-signed certificate, which browsers warn about but serve.
    log(`Could not prepare a development certificate (${error.message}); using a throwaway self-signed one.`);
    return { type: "https" };
  }
}

module.exports = {
  DEFAULT_CERT_DIR,
  certificatePaths,
  readUsablePair,
  trustInstructions,
  ensureDevCertificate,
  devCertificate,
  httpsServerConfig,
};
