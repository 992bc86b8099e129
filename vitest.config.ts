import { defineConfig } from 'vitest/config';

// Unit and database tests: plain Node, real SQLite (in memory or temp files).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Not a speed limit: the 5 s default fails sound tests (a demo file with FULL sync, CLI
    // processes) on a 2-core machine that is busy with other work. Every PIN hashed or checked
    // costs scrypt at N = 2^17 (issue 19), about a second there: a hook that signs in three
    // staff, or the demo hotel's seeding, needs more than 10 s and 30 s.
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
