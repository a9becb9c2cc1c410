/** Finds the test files that read the real samples, so vitest can leave them out when the samples are absent. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const testFolders = ['core', 'documents', 'cli', 'server', 'web', 'scripts', 'test-support'];
const testFile = /\.test\.tsx?$/;
const seedImport = 'test-support/seeds';

function listFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full);
    return testFile.test(entry.name) ? [full] : [];
  });
}

/** Test files (relative to `root`, with forward slashes) that import test-support/seeds. */
export function listSeedReadingTests(root: string): string[] {
  return testFolders
    .flatMap((folder) => listFiles(path.join(root, folder)))
    .filter((file) => readFileSync(file, 'utf8').includes(seedImport))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
}
