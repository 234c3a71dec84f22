/**
 * Builds the production bundle once per test run into a private folder, so that tests of the built add-in
 * (manifest, functions.json, bundle budget, browser tests) see a fresh build and never race another run's `dist/`.
 * The folder is passed to the tests in CAPEX_DIST_DIR.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");

module.exports = async function globalSetup() {
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), "capex-dist-"));
  const makeConfig = require("../../webpack.config.js");
  const config = await makeConfig({}, { mode: "production" });
  config.mode = "production";
  config.output = { ...config.output, path: outputPath };
  delete config.devServer;
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) {
    throw new Error(`Production build failed:\n${stats.toString({ all: false, errors: true })}`);
  }
  process.env.CAPEX_DIST_DIR = outputPath;
};
