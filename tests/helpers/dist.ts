import * as path from "path";

/** The folder of the production build made for this test run by tests/setup/global-setup.js. */
export function distDir(): string {
  const dir = process.env.CAPEX_DIST_DIR;
  if (!dir) throw new Error("CAPEX_DIST_DIR is not set: run the tests through jest so that global-setup builds first.");
  return dir;
}

export function distPath(...parts: string[]): string {
  return path.join(distDir(), ...parts);
}
