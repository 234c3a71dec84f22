const fs = require("fs");
const path = require("path");
const { missingToolsLine } = require("./libreoffice-tools");

/**
 * Global setup of `npm run test:libreoffice`: without LibreOffice or poppler the run fails before any test, with one
 * line naming the apt package (and that line in the run's summary file, which CI prints), never a skip.
 */
module.exports = async function libreOfficeSetup() {
  const line = missingToolsLine();
  if (line === null) return;
  // The folder is overridable so that the test of this message does not overwrite a real run's summary.
  const artifacts = process.env.CAPEX_TEST_ARTIFACTS ?? path.join(__dirname, "../../test-artifacts");
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, "summary-libreoffice.txt"), `libreoffice tests: not run: ${line}\n`);
  process.stderr.write(`\n${line}\n`);
  process.exit(1);
};
