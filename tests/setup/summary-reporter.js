const fs = require("fs");
const path = require("path");

/**
 * Prints one plain closing line, "tests: N passed, N failed[, N skipped]", that CI reads whatever the runner.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
    // CI prints this again as its very last line, after Jest's own summary.
    fs.mkdirSync(path.join(__dirname, "../../test-artifacts"), { recursive: true });
    fs.writeFileSync(path.join(__dirname, "../../test-artifacts/summary.txt"), `${line}\n`);
  }
}
module.exports = SummaryReporter;
