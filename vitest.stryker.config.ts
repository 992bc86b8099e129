import { defineConfig } from 'vitest/config';

// Mutation testing (`npm run mutate`): only the tests that prove the mutated areas, so each
// mutant reruns seconds of tests instead of the whole database suite.
export default defineConfig({
  test: {
    include: [
      'test/shared/rules/**/*.test.ts',
      'test/shared/documents/**/*.test.ts',
      'test/core/dispatcher*.test.ts',
    ],
    setupFiles: ['test/helpers/fresh-calendar.ts'],
    environment: 'node',
  },
});
