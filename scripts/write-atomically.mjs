// Shared by the build scripts: a file written under a temporary name and renamed, so a process
// starting at the same moment never reads half of it.
import { renameSync, writeFileSync } from 'node:fs';

/** Writes `contents` to `file` atomically (same directory, then rename). */
export function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}
