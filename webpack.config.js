const fs = require("fs");
const Module = require("module");
const vm = require("vm");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_BASE_URL, normaliseBaseUrl, rewriteManifest } = require("./scripts/base-url");
const { Compilation, DefinePlugin, sources, WebpackError } = require("webpack");

/**
 * The Fluent web light theme, cut down at build time to the tokens that the pane's stylesheet uses. The whole theme is
 * about 460 tokens (7 KB gzipped with setTheme); the pane needs a few dozen of them, and the size budget has no room
 * for the rest.
 */
function fluentThemeCss() {
  const { webLightTheme } = require("@fluentui/tokens");
  const text = fs.readFileSync(path.resolve(__dirname, "src/taskpane/taskpane.css"), "utf8");
  const used = new Set(text.match(/[A-Za-z][A-Za-z0-9]*/g));
  const declarations = Object.entries(webLightTheme)
    .filter(([token]) => used.has(token))
    .map(([token, value]) => `--${token}:${value};`);
  return `:root{${declarations.join("")}}`;
}

/** Localized function metadata: the file manifest.xml names for a language, and its one translation source. */
const LOCALIZED_METADATA = [
  { file: "functions-de.json", source: "src/functions/metadata-de.ts", translations: "GERMAN_FUNCTIONS" },
];

/**
 * Loads one of the build's own TypeScript modules, fresh on every call so that watch mode sees edits. They import
 * only types, so a plain transpile is enough (and works inside Jest, where require hooks such as tsx's do not).
 */
function loadTypeScript(file) {
  const ts = require("typescript");
  const filename = path.resolve(__dirname, file);
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const loaded = { exports: {} };
  const run = vm.runInThisContext(Module.wrap(outputText), { filename });
  run(loaded.exports, require, loaded, filename, path.dirname(filename));
  return loaded.exports;
}

/**
 * Writes each language's functions.json from the English one that custom-functions-metadata-plugin made from the
 * JSDoc, and fails the build when a translation misses a function or parameter or names one that does not exist
 * (src/functions/metadata-localization.ts).
 */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tap({ name, stage }, () => {
        const english = compilation.getAsset("functions.json");
        // Without it the metadata plugin has reported why already.
        if (!english) return;
        const { localizeFunctionsMetadata } = loadTypeScript("src/functions/metadata-localization.ts");
        for (const { file, source, translations } of LOCALIZED_METADATA) {
          compilation.fileDependencies.add(path.resolve(__dirname, source));
          const module = loadTypeScript(source);
          const { metadata, problems } = localizeFunctionsMetadata(
            JSON.parse(english.source.source().toString()),
            module[translations],
            module.AWAITED_FUNCTION_IDS,
          );
          for (const problem of problems) compilation.errors.push(new WebpackError(`${file} (${source}): ${problem}`));
          compilation.emitAsset(file, new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
        }
      });
    });
  }
}

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
      // Code both entries use (finance core, benchmark store, zod) goes into one shared chunk, so the page
      // downloads it once instead of once per bundle; the pane's size budget counts every initial chunk.
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, minSize: 0, priority: 10, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ FLUENT_THEME_CSS: JSON.stringify(fluentThemeCss()) }),
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin(),
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
