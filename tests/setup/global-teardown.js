const fs = require("fs");

module.exports = async function globalTeardown() {
  const dir = process.env.CAPEX_DIST_DIR;
  if (dir && dir.includes("capex-dist-")) fs.rmSync(dir, { recursive: true, force: true });
};
