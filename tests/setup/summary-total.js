const fs = require("fs");
const path = require("path");

/**
 * CI's closing lines: each run's own summary line (`npm test`, then `npm run test:libreoffice`), and last the total
 * over both in the one-line form CI reads, "tests: N passed, N failed[, N skipped]". A run that left no summary (it
 * stopped before its tests, as the LibreOffice run does without soffice) counts as one failure.
 */
const FILES = ["summary.txt", "summary-libreoffice.txt"];
const COUNTS = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/;

function totalOf(artifacts) {
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const file of FILES) {
    const where = path.join(artifacts, file);
    const line = fs.existsSync(where)
      ? fs.readFileSync(where, "utf8").trim()
      : `${file}: missing (the run did not finish)`;
    lines.push(line);
    const counts = COUNTS.exec(line);
    if (counts === null) total.failed += 1;
    else {
      total.passed += Number(counts[1]);
      total.failed += Number(counts[2]);
      total.skipped += Number(counts[3] ?? 0);
    }
  }
  const last =
    `tests: ${total.passed} passed, ${total.failed} failed` + (total.skipped ? `, ${total.skipped} skipped` : "");
  return { lines: [...lines, last], failed: total.failed };
}

module.exports = { totalOf };

if (require.main === module) {
  const { lines, failed } = totalOf(process.argv[2] ?? path.join(__dirname, "../../test-artifacts"));
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}
