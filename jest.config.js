/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // A whole workbook (with the Risk sheet's 1,000 trials, about 44,000 formula cells at ten years) takes seconds to
  // write through ExcelJS, and longer to evaluate in HyperFormula, on a busy 2-core machine; Jest's 5 s default then
  // fails tests that are right. The limit stays, so that a test that hangs still fails.
  testTimeout: 300_000,
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // The tests that run LibreOffice and poppler are `npm run test:libreoffice`'s (jest.libreoffice.config.js): a fresh
  // machine has neither, and `npm install` then `npm test` must pass there.
  testPathIgnorePatterns: ["/node_modules/", "-libreoffice\\.test\\.ts$"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  globalSetup: "<rootDir>/tests/setup/global-setup.js",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.js",
  setupFiles: ["<rootDir>/tests/setup/custom-functions-double.ts"],
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.js"],
};
