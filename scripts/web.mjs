#!/usr/bin/env node
// `npm run web`: web mode in one process. What is built is served as it is; only a source newer
// than it is rebuilt first. The CLI's code is compiled once and kept (Node's compile cache), and
// the check and the server share one Node start: together a tenth of a second or more of every
// start on a small PC (issue 12).
import { spawnSync } from 'node:child_process';
import module from 'node:module';
import path from 'node:path';
import { engineProblem } from './node-version.mjs';
import { cliIsStale, rendererIsStale } from './renderer-stale.mjs';

const tooOld = engineProblem();
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}

if (rendererIsStale() || cliIsStale()) {
  const build = spawnSync(
    process.execPath,
    ['scripts/build.mjs', '--renderer', '--cli', '--quiet', '--if-stale'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
module.enableCompileCache?.(path.resolve('node_modules/.cache/tirkeu-compile'));
// Stack traces in the log name the TypeScript sources.
process.setSourceMapsEnabled(true);
const { main } = await import('../dist/cli/main.js');
main(['serve', ...process.argv.slice(2)]).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
