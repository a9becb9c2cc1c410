import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,documents,cli,server,web,scripts,test-support}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'dist', 'e2e'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
