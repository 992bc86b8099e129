import { defineConfig } from 'vitest/config';

// Unit and database tests: plain Node, real SQLite (in memory or temp files).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Not a speed limit: the 5 s default fails sound tests (a demo file with FULL sync, CLI
    // processes) on a 2-core machine that is busy with other work.
    testTimeout: 30_000,
  },
});
