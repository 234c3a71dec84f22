/**
 * `npm run bench:compare -- <commit>`: is any custom function slower now than at <commit>?
 *
 * `npm run bench` reports each function as a ratio to a bare loop timed minutes apart; on this shared 2-core machine
 * two such runs of unchanged code differed by up to 2× (PACING even 1.0× and 2.3× the bare loop), too much to tell a
 * regression from noise. Here both versions run in one process, sample by sample in turn (A, B, A, B, ...), on the
 * same grid of calls, so that load falls on both alike; the result is the median of the per-pair time ratios.
 *
 * The commit's sources come from a temporary `git worktree` (removed at the end); both versions are bundled with
 * esbuild from their own `bench/functions.ts`, as `npm run bench` bundles them. Only functions both versions have
 * are compared.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.resolve(__dirname, "..");
const commit = process.argv[2];
if (!commit || !/^[\w./~^-]{1,100}$/.test(commit)) {
  console.error("usage: npm run bench:compare -- <commit>   (for example dfab494^)");
  process.exit(2);
}
if (typeof globalThis.gc !== "function") console.error("bench:compare: run with node --expose-gc (npm does).");

// Under node_modules, so that both bundles find the project's packages.
const cache = path.join(root, "node_modules", ".cache", "capex-bench-compare");
fs.mkdirSync(cache, { recursive: true });

function bundle(tree, name) {
  const entry = path.join(tree, `bench-compare-entry-${process.pid}.ts`);
  fs.writeFileSync(
    entry,
    'import "./tests/setup/custom-functions-double";\nexport { gridCases } from "./bench/functions";\n',
  );
  const outfile = path.join(cache, `${name}.js`);
  try {
    esbuild.buildSync({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      packages: "external",
    });
  } finally {
    fs.rmSync(entry, { force: true });
  }
  return outfile;
}

function sampleMs(gridCase) {
  const start = process.hrtime.bigint();
  let runs = 0;
  let elapsed = 0;
  do {
    gridCase.callFunctions();
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  } while (elapsed < 30);
  return elapsed / runs;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const worktree = fs.mkdtempSync(path.join(os.tmpdir(), "capex-bench-compare-"));
try {
  execFileSync("git", ["worktree", "add", "--detach", worktree, commit], { cwd: root, stdio: "ignore" });
  const before = require(bundle(worktree, "before")).gridCases();
  const now = require(bundle(root, "now")).gridCases();
  const pairs = 21;
  console.log(
    `custom functions, now against ${commit}: time now / time before (best sample of each; ${pairs} interleaved pairs)`,
  );
  for (const then of before) {
    const current = now.find((gridCase) => gridCase.name === then.name);
    if (current === undefined) continue;
    for (let warm = 0; warm < 3; warm++) (sampleMs(then), sampleMs(current));
    // ABBA order, so that neither version always runs first after a collection; the best sample of each version is
    // its cost with the least interference from other processes, the figure this comparison reports.
    const ratios = [];
    let bestThen = Infinity;
    let bestNow = Infinity;
    for (let pair = 0; pair < pairs; pair++) {
      const order = pair % 2 === 0 ? [then, current] : [current, then];
      const ms = order.map((gridCase) => (globalThis.gc?.(), sampleMs(gridCase)));
      const [thenMs, nowMs] = pair % 2 === 0 ? ms : [ms[1], ms[0]];
      bestThen = Math.min(bestThen, thenMs);
      bestNow = Math.min(bestNow, nowMs);
      ratios.push(nowMs / thenMs);
    }
    ratios.sort((a, b) => a - b);
    const best = bestNow / bestThen;
    const [low, mid, high] = [0.25, 0.5, 0.75].map((q) => quantile(ratios, q).toFixed(2));
    const verdict = best > 1.1 ? "  SLOWER" : "";
    console.log(
      `${then.name.padEnd(14)} best ${best.toFixed(2)}; pairs median ${mid} (quartiles ${low}–${high})${verdict}`,
    );
  }
} finally {
  execFileSync("git", ["worktree", "remove", "--force", worktree], { cwd: root, stdio: "ignore" });
}
