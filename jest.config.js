/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  setupFiles: ["<rootDir>/tests/setup/custom-functions-double.ts"],
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.js"],
};
