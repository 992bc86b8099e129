// @ts-check
/**
 * `npm run mutate`: mutation testing of the parts whose mistakes a hotel pays for (the rules
 * engine, the document reader, the dispatcher). Not part of `npm test`: a full run takes a
 * while on a 2-core machine. The per-area score is in the README.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  mutate: ['shared/rules/**/*.ts', 'shared/documents/**/*.ts', 'electron/core/dispatcher.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables such as the shipped calendar) rerun every test for each
  // mutant: 89% of the time for 39% of the mutants. The data itself is proven against the
  // official tables in test/shared/rules/calendar-data.test.ts.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
