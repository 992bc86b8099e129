#!/usr/bin/env node
// Switches the better-sqlite3 native build between plain Node (tests, CLI, web mode) and
// Electron (the desktop app), keeping both builds in a cache so switching is a file copy.
//
//   node scripts/native.mjs node       restore/prove the Node build (run before tests)
//   node scripts/native.mjs electron   build/prove the Electron build (run before Electron)
//
// Trap: `npm rebuild` for Electron cannot fetch Electron's headers on a closed network and
// silently builds for Node instead. So every Electron build is proven by loading it inside
// Electron itself, and npm's `nodedir` setting (which points node-gyp at Node's headers) is
// removed from the build's environment.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const active = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const cacheDir = path.resolve('node_modules', '.cache', 'tirkeu-native');
const PROBE = "const D=require('better-sqlite3');new D(':memory:').prepare('select 1').get();";

const run = (cmd, args, opts = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });

function loadsIn(executable, env = {}) {
  const r = spawnSync(executable, ['-e', PROBE], {
    stdio: 'pipe',
    env: { ...process.env, ...env },
    cwd: process.cwd(),
  });
  return r.status === 0;
}

function cache(key) {
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.copyFileSync(active, path.join(cacheDir, `${key}.node`));
}

function restore(key) {
  const file = path.join(cacheDir, `${key}.node`);
  if (!fs.existsSync(file)) return false;
  fs.mkdirSync(path.dirname(active), { recursive: true });
  fs.copyFileSync(file, active);
  return true;
}

function useNode() {
  const key = `node-abi${process.versions.modules}-${process.platform}-${process.arch}`;
  if (fs.existsSync(active) && loadsIn(process.execPath)) return cache(key);
  if (restore(key) && loadsIn(process.execPath)) return;
  console.log('Building better-sqlite3 for Node (about 90 s)…');
  run('npm', ['rebuild', 'better-sqlite3'], { shell: process.platform === 'win32' });
  if (!loadsIn(process.execPath)) {
    console.error('better-sqlite3 does not load in Node after rebuilding.');
    process.exit(1);
  }
  cache(key);
}

function useElectron() {
  const { version } = require('electron/package.json');
  const key = `electron-${version}-${process.platform}-${process.arch}`;
  const binary = electronBinary();
  if (!binary.path) {
    console.error(`Electron is not available on this machine (${binary.reason}).`);
    process.exit(3);
  }
  const inElectron = { ELECTRON_RUN_AS_NODE: '1' };
  if (fs.existsSync(active) && loadsIn(process.execPath)) {
    cache(`node-abi${process.versions.modules}-${process.platform}-${process.arch}`);
  }
  if (restore(key) && loadsIn(binary.path, inElectron)) return;
  // With internet, the project's own prebuilt binary for this Electron is the fastest and needs
  // no compiler (Windows desk PCs rarely have one); otherwise build from source.
  const prebuilt = spawnSync(
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js'),
      '--runtime=electron',
      `--target=${version}`,
      '--verbose',
    ],
    { cwd: moduleDir, stdio: 'inherit' },
  );
  if (prebuilt.status === 0 && loadsIn(binary.path, inElectron)) {
    cache(key);
    console.log(`better-sqlite3 loads inside Electron ${version} (prebuilt).`);
    return;
  }
  console.log(`Building better-sqlite3 for Electron ${version}…`);
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_nodedir$/i.test(k)) delete env[k];
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const r = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: moduleDir, stdio: 'inherit', env },
  );
  if (r.status !== 0 || !loadsIn(binary.path, inElectron)) {
    console.error('better-sqlite3 could not be built for Electron; restoring the Node build.');
    useNode();
    process.exit(1);
  }
  cache(key);
  console.log(`better-sqlite3 loads inside Electron ${version}.`);
}

const target = process.argv[2];
if (target === 'node') useNode();
else if (target === 'electron') useElectron();
else {
  console.error('usage: node scripts/native.mjs node|electron');
  process.exit(2);
}
