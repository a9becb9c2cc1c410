import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { hasSeeds, seedsMissingMessage } from './test-support/seeds.ts';
import { listSeedReadingTests } from './test-support/seed-tests.ts';

// A clone without ../shared/seeds leaves out the files that read the real samples, and says so once.
const root = path.dirname(fileURLToPath(import.meta.url));
const seedReadingTests = hasSeeds ? [] : listSeedReadingTests(root);
if (seedReadingTests.length > 0) {
  console.warn(`${seedsMissingMessage}:\n  ${seedReadingTests.join('\n  ')}`);
}

export default defineConfig({
  test: {
    include: ['{core,documents,cli,server,web,scripts,test-support}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'dist', 'e2e', ...seedReadingTests],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test-support/plain-findings-equality.ts', 'test-support/fast-check-seed.ts'],
  },
});
