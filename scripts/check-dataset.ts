/**
 * Checks a benchmark dataset file against the add-in's schema before it is published for refresh.
 * Usage: npx tsx scripts/check-dataset.ts [path]   (default: assets/benchmarks.json)
 */
import { readFileSync } from "fs";
import { parseDataset } from "../src/benchmarks/schema";

const path = process.argv[2] ?? "assets/benchmarks.json";
let json: unknown;
try {
  json = JSON.parse(readFileSync(path, "utf8"));
} catch (error) {
  console.error(`${path}: not readable as JSON (${error instanceof Error ? error.message : String(error)}).`);
  process.exit(1);
}
const result = parseDataset(json);
if (!result.ok) {
  console.error(`${path}: ${result.problem}.`);
  process.exit(1);
}
const { dataset } = result;
console.log(`${path}: valid, version ${dataset.version} as of ${dataset.asOf}, ${dataset.figures.length} figures.`);
