#!/usr/bin/env node
/**
 * `npm start`: a development build served over https://localhost:3000 (the URLs in manifest.xml), then the steps to
 * load the add-in into Excel. It needs no Excel and no sudo; where the certificate cannot be trusted automatically
 * it says how to trust it. Pass --no-sideload to skip copying the manifest into Excel for Mac's add-in folder.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const { devCertificate, trustInstructions } = require("./https-options");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = 3000;

/** Excel for Mac loads every manifest in this folder (documented sideloading route for Mac). */
function macSideloadDir(home = os.homedir()) {
  return path.join(home, "Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef");
}

/** Copies the manifest where Excel for Mac finds it, if Excel for Mac is installed; returns the copy or null. */
function sideloadOnMac({ platform = process.platform, home = os.homedir(), manifest = MANIFEST } = {}) {
  if (platform !== "darwin") return null;
  if (!fs.existsSync(path.join(home, "Library", "Containers", "com.microsoft.Excel"))) return null;
  const dir = macSideloadDir(home);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, "cloud-capex-manifest.xml");
  fs.copyFileSync(manifest, target);
  return target;
}

/** What to do once the server is up. */
function nextSteps({
  url = `https://localhost:${PORT}/`,
  manifest = MANIFEST,
  trusted = true,
  caPath,
  sideloaded,
} = {}) {
  const lines = [
    "",
    `The Cloud Capex add-in is served at ${url} (task pane: ${url}taskpane.html).`,
    `Manifest to sideload: ${manifest}`,
    "",
    "Excel on the web:",
    "  Open a workbook, then Home > Add-ins > More Add-ins (or Advanced) > My Add-ins > Upload My Add-in,",
    "  and choose the manifest above.",
    "Excel on Windows:",
    "  Share a folder that holds the manifest, add its \\\\machine\\share path under File > Options > Trust Center >",
    "  Trust Center Settings > Trusted Add-in Catalogs (tick Show in Menu), restart Excel, then",
    "  Home > Add-ins > Advanced > Shared Folder, and pick Cloud Capex.",
    "Excel on Mac:",
    `  Copy the manifest to ${macSideloadDir().replace(os.homedir(), "~")}/ , restart Excel, then`,
    "  Home > Add-ins (or Insert > My Add-ins) and pick Cloud Capex under the developer add-ins.",
  ];
  if (sideloaded) lines.push(`  (Done: copied to ${sideloaded}.)`);
  lines.push(
    "",
    "Then click Home > Capex model to open the pane, or type =CAPEX. in a cell for the functions.",
    "For a deployable copy pointing at your host: npm run build -- --env baseUrl=https://your.host/path/",
  );
  if (!trusted && caPath) lines.push("", trustInstructions(caPath));
  lines.push("", "Press Ctrl+C to stop the server.");
  return lines.join("\n");
}

/**
 * Builds in development mode and serves over https. Resolves once the first build is done.
 * @returns {Promise<{ server: WebpackDevServer, certificate: object, url: string }>}
 */
async function startDevServer({ port = PORT, log = console.log, certDir } = {}) {
  const certificate = await devCertificate({ log, dir: certDir });
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  // The certificate is passed below, so the config need not prepare (and announce) one again.
  const config = await makeConfig({}, { mode: "development" });
  config.mode = "development";
  config.stats = "errors-warnings";
  const devServerOptions = {
    ...config.devServer,
    port,
    host: "localhost",
    server: { type: "https", options: { ca: certificate.ca, cert: certificate.cert, key: certificate.key } },
    // The pane is opened by Excel, not by the terminal.
    open: false,
  };
  delete config.devServer;
  const compiler = webpack(config);
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap("capex-start", (stats) => resolve(stats)));
  const server = new WebpackDevServer(devServerOptions, compiler);
  await server.start();
  const stats = await firstBuild;
  // Let the dev server print its build summary first, so that the next steps are the last thing on screen.
  await new Promise((resolve) => setImmediate(resolve));
  if (stats.hasErrors()) log(stats.toString({ all: false, errors: true }));
  return { server, certificate, url: `https://localhost:${port}/` };
}

async function main(argv = process.argv.slice(2)) {
  let started;
  try {
    started = await startDevServer();
  } catch (error) {
    if (error && error.code === "EADDRINUSE") {
      console.error(`Port ${PORT} is in use: stop the other server (the manifest expects this port) and retry.`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
    return;
  }
  const sideloaded = argv.includes("--no-sideload") ? null : sideloadOnMac();
  console.log(
    nextSteps({
      url: started.url,
      trusted: started.certificate.trusted,
      caPath: started.certificate.paths.ca,
      sideloaded,
    }),
  );
  const stop = () => started.server.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) main();

module.exports = { PORT, MANIFEST, macSideloadDir, sideloadOnMac, nextSteps, startDevServer };
