#!/usr/bin/env node
// `node scripts/smoke-packaged.mjs [EXECUTABLE...]`: runs each packaged Tirkeu with `--smoke`
// (electron/main/smoke.ts) and fails unless every one passed with its fuses checked. Without
// arguments, the unpacked apps `npm run dist` left in release/. Linux needs a display: the
// release workflow runs this under xvfb-run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readSmokeRun, unpackedExecutable } from './release-tools.mjs';

const RELEASE = 'release';
const given = process.argv.slice(2);
const found = given.length
  ? given
  : (fs.existsSync(RELEASE) ? fs.readdirSync(RELEASE) : [])
      .map((dir) => unpackedExecutable(process.platform, dir))
      .filter((exe) => exe !== null)
      .map((exe) => path.join(RELEASE, exe));

if (found.length === 0) {
  console.log(`No packaged app to smoke-test in ${RELEASE}/ (run npm run dist first).`);
  process.exit(1);
}
let failed = 0;
for (const exe of found) {
  console.log(`▶ ${exe} --smoke`);
  const run = spawnSync(exe, ['--smoke'], {
    encoding: 'utf8',
    timeout: 3 * 60 * 1000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const verdict = readSmokeRun(run);
  if (verdict.report) console.log(JSON.stringify(verdict.report));
  if (verdict.passed) console.log(`✓ ${exe}`);
  else {
    failed += 1;
    console.log(`✗ ${exe}: ${verdict.reason}`);
    if (run.stderr) console.log(run.stderr.split('\n').slice(-20).join('\n'));
  }
}
process.exit(failed ? 1 : 0);
