import { defineConfig } from 'vitest/config';

// End-to-end: web mode driven in Debian's Chromium through playwright-core. One file at a
// time: the machine has two cores and each file runs its own server and browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser on a loaded two-core CI machine can miss a beat (a key pressed while a
    // lazy screen is still loading). One retry on CI only; locally a flaky test fails at once,
    // and the JSON report keeps each retry so a test that needed one is named in the summary.
    retry: process.env.CI ? 1 : 0,
  },
});
