const base = require("./jest.config.js");

/**
 * `npm run test:libreoffice`: the tests that run LibreOffice (`soffice`) and poppler (`pdfinfo`, `pdftotext`,
 * `pdftoppm`), files named `*-libreoffice.test.ts`. `npm test` leaves them out, so that it passes on a fresh machine
 * after `npm install` alone; CI installs both and runs this after `npm test`.
 */
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ["**/*-libreoffice.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  // These tests render the plan themselves; they need no production build, only the programs.
  globalSetup: "<rootDir>/tests/setup/libreoffice-setup.js",
  globalTeardown: undefined,
  reporters: [
    "default",
    ["<rootDir>/tests/setup/summary-reporter.js", { file: "summary-libreoffice.txt", label: "libreoffice tests" }],
  ],
};
