const { spawnSync } = require("child_process");

/**
 * The programs `npm run test:libreoffice` runs, with the Debian package that brings each. `npm test` needs none of
 * them (a fresh machine has none); this run fails at once, in one line, where one is missing, rather than skipping.
 */
const TOOLS = [
  { command: "soffice", args: ["--version"], aptPackage: "libreoffice-calc-nogui" },
  { command: "pdfinfo", args: ["-v"], aptPackage: "poppler-utils" },
  { command: "pdftotext", args: ["-v"], aptPackage: "poppler-utils" },
  { command: "pdftoppm", args: ["-v"], aptPackage: "poppler-utils" },
];

/** Whether `command` can be started at all (its exit code does not matter: `pdfinfo -v` exits 99 on some versions). */
function canStart(command, args) {
  return spawnSync(command, args, { stdio: "ignore", timeout: 120_000 }).error === undefined;
}

/** The one line to show when a tool is missing, naming the apt package; null when every tool starts. */
function missingToolsLine(probe = canStart) {
  const missing = TOOLS.filter((tool) => !probe(tool.command, tool.args));
  if (missing.length === 0) return null;
  const packages = [...new Set(missing.map((tool) => tool.aptPackage))];
  return (
    `npm run test:libreoffice needs ${missing.map((tool) => tool.command).join(", ")}: ` +
    `sudo apt-get install ${packages.join(" ")}`
  );
}

module.exports = { TOOLS, missingToolsLine };
