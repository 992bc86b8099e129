#!/usr/bin/env node
// `npm run dist [-- --win|--linux|--mac]`: installers with electron-builder. The native module
// is switched to Electron's build for packing and back to Node's afterwards, so `npm test`
// keeps working.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
let status = run(['scripts/build.mjs']);
if (status === 0) status = run(['scripts/native.mjs', 'electron']);
if (status === 0) {
  status = run([
    'node_modules/electron-builder/cli.js',
    '--publish',
    'never',
    ...process.argv.slice(2),
  ]);
}
run(['scripts/native.mjs', 'node']);
process.exit(status);
