/**
 * `npm run bench`: bundles bench/index.ts and the sources it times into one scope-hoisted file, then runs it.
 * Shipped code is one webpack bundle in which a call into another module is a plain call. Run straight from the
 * TypeScript sources (tsx), every imported function is reached through a CommonJS export getter instead, which V8
 * does not inline on these hot paths and which made a 40-period CLOUDGROWTH call several times slower than it is in
 * the add-in. Packages (HyperFormula, ExcelJS) stay external; only the project's own code is bundled.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "capex-bench-"));
const outfile = path.join(folder, "bench.js");
try {
  esbuild.buildSync({
    entryPoints: [path.join(root, "bench", "index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    // Packages are resolved from the project, not from the temporary folder the bundle runs in.
    nodePaths: [path.join(root, "node_modules")],
    logLevel: "warning",
  });
  // --expose-gc lets the harness start every timed sample from a clean heap (bench/harness.ts, collectGarbage).
  const run = spawnSync(process.execPath, ["--expose-gc", outfile], {
    stdio: "inherit",
    env: { ...process.env, NODE_PATH: path.join(root, "node_modules") },
  });
  process.exitCode = run.status ?? 1;
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
