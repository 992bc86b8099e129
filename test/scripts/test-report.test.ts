import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failedTests, failureSummary, type VitestReport } from '../../scripts/test-report.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-report-'));
  dirs.push(d);
  return d;
}

const FIXTURES = {
  'sums.test.ts': `import { describe, expect, it } from 'vitest';
describe('sums', () => {
  it('adds', () => expect(1 + 1).toBe(2));
  it('adds wrongly', () => expect(1 + 1).toBe(3));
  it.skip('later', () => {});
});`,
  'missing.test.ts': `import gone from './not-there';
gone();`,
  'flaky.test.ts': `import { expect, it } from 'vitest';
let runs = 0;
it('works the second time', () => expect(++runs).toBe(2));`,
  'dies.test.ts': `import { it } from 'vitest';
it('takes its process down', () => { process.kill(process.pid, 'SIGKILL'); });`,
};

describe('the end of a test run names the tests that failed', () => {
  it("names a failed case, a file that did not load, a case whose process died and one that passed on a retry, from vitest's own report", () => {
    const dir = tempDir();
    for (const [name, text] of Object.entries(FIXTURES)) {
      fs.writeFileSync(path.join(dir, name), text);
    }
    const report = path.join(dir, 'report.json');
    spawnSync(
      process.execPath,
      [
        path.resolve('node_modules/vitest/vitest.mjs'),
        'run',
        '--root',
        dir,
        '--pool=forks',
        '--retry=1',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      { stdio: 'ignore' },
    );
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as VitestReport;
    expect(failedTests(json, dir).sort()).toEqual([
      'dies.test.ts › takes its process down (never finished: its test process died)',
      'flaky.test.ts › works the second time (passed on a retry: AssertionError: expected 1 to be 2 // Object.is equality)',
      "missing.test.ts (did not load: Cannot find module './not-there' imported from " +
        `${path.join(dir, 'missing.test.ts')})`,
      'sums.test.ts › sums › adds wrongly',
    ]);
  });

  it('says nothing when every case passed, and skips reports that were never written', () => {
    const dir = tempDir();
    const file = path.join(dir, 'unit.json');
    const passing: VitestReport = {
      testResults: [
        {
          name: path.join(dir, 'a.test.ts'),
          status: 'passed',
          assertionResults: [{ status: 'passed', title: 'a', ancestorTitles: [] }],
        },
      ],
    };
    fs.writeFileSync(file, JSON.stringify(passing));
    expect(failureSummary('Failed tests', [file, path.join(dir, 'e2e.json')], dir)).toBe('');
  });

  it('lists at most forty failures under its heading and counts the rest', () => {
    const dir = tempDir();
    const file = path.join(dir, 'unit.json');
    const many: VitestReport = {
      testResults: [
        {
          name: path.join(dir, 'many.test.ts'),
          status: 'failed',
          assertionResults: Array.from({ length: 45 }, (_, i) => ({
            status: 'failed',
            title: `case ${i}`,
          })),
        },
      ],
    };
    fs.writeFileSync(file, JSON.stringify(many));
    const lines = failureSummary('Failed tests (Node 24)', [file], dir).split('\n');
    expect(lines[0]).toBe('Failed tests (Node 24):');
    expect(lines[1]).toBe('  many.test.ts › case 0');
    expect(lines).toHaveLength(42);
    expect(lines.at(-1)).toBe('  … and 5 more');
  });
});
