#!/usr/bin/env node
// `npm test`: typecheck, lint, workflow lint, format, unit and database tests, then end-to-end
// tests in Chromium. Ends with the names of the failed tests and one line `N passed, N failed[, N
// skipped]` counting test cases; a failed check (typecheck, lint, format, build) counts as one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findBrowser } from './find-browser.mjs';
import { engineProblem } from './node-version.mjs';
import { failureSummary } from './test-report.mjs';

// A Node outside `engines` fails every database test; say so in one line and stop.
const tooOld = engineProblem();
if (tooOld) {
  console.log(tooOld);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const only = process.argv[2]; // optional: unit | e2e | static
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const reports = [];

function stage(name, cmd, args, opts = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    results.failed += 1;
    failures.push(name);
    return false;
  }
  return true;
}

function vitest(name, config, report, opts = {}) {
  fs.rmSync(report, { force: true });
  stage(
    name,
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '-c',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    opts,
  );
  if (!fs.existsSync(report)) return;
  reports.push(report);
  // The stage's own failure above already counted the run; count its cases instead.
  const exitedBadly = failures.at(-1) === name;
  if (exitedBadly) {
    results.failed -= 1;
    failures.pop();
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  // Counted case by case: a case left "pending" never ran (its worker process died under it,
  // e.g. a native abort), which is a failure, not a skip.
  const cases = json.testResults.flatMap((f) => f.assertionResults);
  const count = (...states) => cases.filter((c) => states.includes(c.status)).length;
  const passed = count('passed');
  const skipped = count('skipped', 'todo');
  const failed = cases.length - passed - skipped;
  results.passed += passed;
  results.failed += failed;
  results.skipped += skipped;
  if (failed > 0) failures.push(failed > count('failed') ? `${name} (a test process died)` : name);
  if (failed === 0 && (!json.success || exitedBadly)) {
    // Every case passed, yet the run did not end well: a file that did not load, or an error
    // outside any test.
    results.failed += 1;
    failures.push(`${name} (a test file failed to load, or an error outside the tests)`);
  }
}

const node = process.execPath;
stage('native module for Node', node, ['scripts/native.mjs', 'node']);
if (!only || only === 'static') {
  stage('typecheck (core, shared, tests)', node, [
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.json',
  ]);
  stage('typecheck (renderer)', node, [
    'node_modules/typescript/bin/tsc',
    '-p',
    'renderer/tsconfig.json',
  ]);
  stage('lint', node, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']);
  // The release workflow, which only a hosted run can execute, is checked here (README).
  stage('workflow lint (actionlint)', node, ['scripts/actionlint.mjs']);
  stage('format', node, [
    'node_modules/prettier/bin/prettier.cjs',
    '--check',
    '.',
    '--log-level=warn',
  ]);
}
if (!only || only === 'unit')
  vitest('unit and database tests', 'vitest.config.ts', 'test-results/unit.json');
if (!only || only === 'e2e') {
  const browser = await findBrowser({
    onFetch: (ms) =>
      console.log(
        `No Chromium, Chrome or Edge here; fetching Playwright's Chromium (once, up to ${ms / 60000} min)…`,
      ),
  });
  if (!browser.path) {
    console.log(`\n${browser.reason}`);
    results.failed += 1;
    failures.push('end-to-end tests (no browser)');
  } else if (
    stage('build the renderer and the CLI', node, [
      'scripts/build.mjs',
      '--renderer',
      // The desk tests run `serve` as a separate process, as on another PC: the bundled CLI.
      '--cli',
      '--quiet',
    ])
  ) {
    console.log(`\nBrowser for the end-to-end tests: ${browser.label} (${browser.path})`);
    vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', 'test-results/e2e.json', {
      env: { ...process.env, CHROMIUM_PATH: browser.path },
    });
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
const named = failureSummary('Failed tests', reports);
if (named) console.log(named);
const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed ? 1 : 0);
