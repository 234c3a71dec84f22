const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest } = require("./scripts/base-url");

/** office.js is served from Microsoft's CDN in production, and from the npm copy in development and tests. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "/office-js/office.js";

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const baseUrl = normaliseBaseUrl(env.baseUrl ?? process.env.ADDIN_BASE_URL ?? DEV_BASE_URL);
  const config = {
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Types are checked once by `npm run typecheck`; the bundler only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    // One runtime for both entries, so that the pane and the functions share module state (the benchmark store)
    // in the shared runtime.
    optimization: {
      runtimeChunk: "single",
      // Code both entries use (finance core, benchmark store and dataset, zod) goes into one shared chunk, so the page
      // downloads it once instead of once per bundle; the pane's size budget counts every initial chunk.
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, minSize: 0, priority: 10, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the same page hosts the functions and the pane, so both bundles load here.
        chunks: ["runtime", "functions", "taskpane"],
        templateParameters: { officeJsUrl: production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.json", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        { directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" },
      ],
      // Only `webpack serve` / `npm start` need the certificate; builds and tests must not touch the trust store.
      server: env.WEBPACK_SERVE ? await require("./scripts/https-options").httpsServerConfig() : { type: "https" },
    },
  };
  return config;
};
