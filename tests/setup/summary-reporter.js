const fs = require("fs");
const path = require("path");

/**
 * Prints one plain closing line, "tests: N passed, N failed[, N skipped]", that CI reads whatever the runner, and
 * writes it to test-artifacts/summary.txt. `npm run test:libreoffice` passes options ({ file, label }) so that its line
 * goes to a file of its own beside the first run's: CI prints both.
 */
class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.file = options.file ?? "summary.txt";
    this.label = options.label ?? "tests";
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line =
      `${this.label}: ${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
    // CI prints this again at the very end, after Jest's own summary.
    fs.mkdirSync(path.join(__dirname, "../../test-artifacts"), { recursive: true });
    fs.writeFileSync(path.join(__dirname, "../../test-artifacts", this.file), `${line}\n`);
  }
}
module.exports = SummaryReporter;
