/**
 * `npm run bench`: bundles bench/index.ts and the sources it times into one scope-hoisted file, then runs it here, in
 * this process. Shipped code is one webpack bundle in which a call into another module is a plain call. Run straight
 * from the TypeScript sources (tsx), every imported function is reached through a CommonJS export getter instead,
 * which V8 does not inline on these hot paths and which made a 40-period CLOUDGROWTH call several times slower than it
 * is in the add-in. Packages (HyperFormula, ExcelJS) stay external; only the project's own code is bundled.
 * `package.json` starts node with --expose-gc, so that every timed sample can start from a clean heap.
 */
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");
// Under node_modules, so that the bundle finds the project's packages, and out of the way of git and the linters.
const outfile = path.join(root, "node_modules", ".cache", "capex-bench", "bench.js");
fs.rmSync(outfile, { force: true });
esbuild.buildSync({
  entryPoints: [path.join(root, "bench", "index.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
if (typeof globalThis.gc !== "function") {
  console.error("bench: run with node --expose-gc (npm run bench does) so that samples start from a clean heap.");
}
require(outfile);
