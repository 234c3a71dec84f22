#!/usr/bin/env node
/**
 * `npm run validate`: Microsoft's manifest check (office-addin-manifest validate), which posts the manifest to an
 * online service. Without internet it fails or, behind some proxies, hangs; this wrapper bounds the wait and says
 * plainly when the service could not be reached, so that "offline" is never mistaken for "invalid" or "valid".
 * Exit codes: 0 valid, 1 invalid (or other failure), 2 service unreachable.
 * The offline checks (element order, resources, files, functions) are in tests/manifest.test.ts.
 */
const { spawn } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const TIMEOUT_MS = Number(process.env.VALIDATE_TIMEOUT_MS) || 60_000;
const UNREACHABLE = /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT/;

function offlineMessage(reason) {
  return (
    `Could not reach Microsoft's manifest validation service (${reason}).\n` +
    "`npm run validate` needs internet access; nothing was checked. Run it again online, " +
    "or rely on the offline checks: npx jest tests/manifest.test.ts"
  );
}

function validate(manifest = process.argv[2] || "manifest.xml") {
  const cli = require.resolve("office-addin-manifest/cli.js");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, "validate", manifest], { cwd: ROOT });
    let output = "";
    const collect = (stream, sink) =>
      stream.on("data", (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    collect(child.stdout, process.stdout);
    collect(child.stderr, process.stderr);
    const timer = setTimeout(() => {
      child.kill();
      console.error(offlineMessage(`no answer within ${TIMEOUT_MS / 1000} s`));
      resolve(2);
    }, TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0 && UNREACHABLE.test(output)) {
        console.error(offlineMessage("network error"));
        resolve(2);
      } else {
        resolve(code ?? 1);
      }
    });
  });
}

if (require.main === module) validate().then((code) => (process.exitCode = code));

module.exports = { validate, offlineMessage };
