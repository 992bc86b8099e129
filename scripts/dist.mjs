#!/usr/bin/env node
// `npm run dist [-- --win|--linux|--mac]`: installers with electron-builder. better-sqlite3's
// prebuilt Node-API binary goes in as shipped (nothing is rebuilt); where this machine has
// Electron, it is first proven to load inside it.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
let status = run(['scripts/build.mjs']);
if (status === 0) {
  status = run(['scripts/native.mjs', 'electron']);
  // 3: no Electron here to prove it in; electron-builder fetches its own copy to pack.
  if (status === 3) status = 0;
}
if (status === 0) {
  status = run([
    'node_modules/electron-builder/cli.js',
    '--publish',
    'never',
    ...process.argv.slice(2),
  ]);
}
process.exit(status);
