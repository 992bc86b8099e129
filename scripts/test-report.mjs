#!/usr/bin/env node
// Names what failed in vitest JSON reports (`--reporter=json`), one line each, so the end of a
// run says which tests to look at: a failed case, a case that never finished (its test process
// died under it, e.g. a native crash), a file that did not load or failed outside its tests,
// and a case that passed only on a retry.
//
//   node scripts/test-report.mjs "Failed tests (Node 24)" test-results/unit.json ...
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 40;
const firstLine = (text) => (text ?? '').trim().split('\n')[0] || 'no message';

/** One line per failed case or file of a parsed report, paths relative to `root`. */
export function failedTests(report, root = process.cwd()) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const rel = path.relative(root, file.name).split(path.sep).join('/');
    const before = lines.length;
    for (const c of file.assertionResults ?? []) {
      const name = [...(c.ancestorTitles ?? []), c.title].join(' › ');
      // Passed with failure messages: it failed first and passed on a retry (CI's e2e retry).
      // Counted as passed, but named, so a test that only sometimes works is seen.
      if (c.status === 'passed' && c.failureMessages?.length) {
        lines.push(`${rel} › ${name} (passed on a retry: ${firstLine(c.failureMessages[0])})`);
        continue;
      }
      if (['passed', 'skipped', 'todo'].includes(c.status)) continue;
      lines.push(
        `${rel} › ${name}${c.status === 'failed' ? '' : ' (never finished: its test process died)'}`,
      );
    }
    if (file.status === 'failed' && lines.length === before) {
      const what = file.assertionResults?.length ? 'an error outside its tests' : 'did not load';
      lines.push(`${rel} (${what}: ${firstLine(file.message)})`);
    }
  }
  return lines;
}

/** The heading and the failures of the reports that exist, or '' when none failed. */
export function failureSummary(heading, files, root = process.cwd()) {
  const lines = files
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => failedTests(JSON.parse(fs.readFileSync(f, 'utf8')), root));
  if (!lines.length) return '';
  const shown = lines.slice(0, LIMIT).map((l) => `  ${l}`);
  if (lines.length > LIMIT) shown.push(`  … and ${lines.length - LIMIT} more`);
  return `${heading}:\n${shown.join('\n')}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [heading, ...files] = process.argv.slice(2);
  const text = failureSummary(heading ?? 'Failed tests', files);
  if (text) console.log(text);
}
