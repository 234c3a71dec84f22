import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The one way the command-line tools write their files (`npm run workbook`, `npm run dataset:update`): each file under
 * a temporary name in its own folder, then renamed, so that a half-written file never has the real name.
 * - The temporary name is short and fixed in length, so a long but valid target name stays valid (a name of 250
 *   characters plus a suffix passed the file system's 255).
 * - An interrupt (SIGINT, SIGTERM) between write and rename removes the temporary files, and the signal then ends the
 *   process as it would have; the writes are asynchronous so that the handler can run.
 * - A failure to remove a temporary file never hides the error that made the write fail.
 */

/** The file operations the writer needs; tests replace them to make a write and its cleanup fail. */
export interface WriterFileSystem {
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Synchronous, so that it runs to the end inside a signal handler. */
  remove(file: string): void;
}

// Looked up at each call, not bound at load: a test may stand in for fs.promises.rename in a child process.
const NODE_FILE_SYSTEM: WriterFileSystem = {
  writeFile: (file, data) => fs.promises.writeFile(file, data),
  rename: (from, to) => fs.promises.rename(from, to),
  remove: (file) => fs.rmSync(file, { force: true }),
};

export interface FileToWrite {
  readonly path: string;
  readonly data: string | Uint8Array;
}

let written = 0;

/** `.capex-<pid>-<n>-<time>.tmp` in the target's folder: at most about 40 characters, whatever the target's name. */
function temporaryPath(target: string): string {
  const name = `.capex-${process.pid}-${(written++).toString(36)}-${Date.now().toString(36)}.tmp`;
  return path.join(path.dirname(path.resolve(target)), name);
}

/**
 * Writes every file under its temporary name, then renames them all, so that a failed write leaves every old file
 * whole. On failure the temporary files are removed (as far as they can be) and the write's own error is thrown.
 */
export async function writeFilesAtomically(
  files: readonly FileToWrite[],
  fileSystem: WriterFileSystem = NODE_FILE_SYSTEM,
): Promise<void> {
  const staged = files.map((file) => ({ ...file, temporary: temporaryPath(file.path) }));
  const removeTemporaries = () => {
    for (const file of staged) {
      try {
        fileSystem.remove(file.temporary);
      } catch {
        // The write's own error (or the signal) is what the user needs to see.
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemporaries();
    stopListening();
    process.kill(process.pid, signal);
  };
  const stopListening = () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    for (const file of staged) await fileSystem.writeFile(file.temporary, file.data);
    for (const file of staged) await fileSystem.rename(file.temporary, file.path);
  } catch (error) {
    removeTemporaries();
    throw error;
  } finally {
    stopListening();
  }
}
