import { defineConfig } from 'vitest/config';

// Unit and database tests: plain Node, real SQLite (in memory or temp files).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
