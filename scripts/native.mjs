#!/usr/bin/env node
// Proves that better-sqlite3's native binary loads and opens a database, in plain Node (tests,
// CLI, web mode) or inside Electron (the desktop app), before either relies on it.
//
//   node scripts/native.mjs node       in this Node (`npm test` runs it first)
//   node scripts/native.mjs electron   inside Electron (`npm start` and `npm run dist` run it)
//   --quiet                            says nothing when it loads
//
// better-sqlite3 13 is a Node-API addon: the npm package ships one prebuilt file per platform
// (prebuilds/<platform>-<arch>.node) that serves every Node and Electron with its Node-API
// version, so nothing is compiled or switched. Traps: a runtime with an older Node-API (Node
// before 22.14) does not refuse the file but crashes the process on the first open
// (WiseLibs/better-sqlite3#1514), so the probe checks the version first and runs in a child
// process; and the package's loader prefers a compiled build/ binary over its prebuilt one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { engineProblem, nodeEngines } from './node-version.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
export const packageDir = path.dirname(require.resolve('better-sqlite3/package.json'));

// Runs in the child. The database and a statement are left open on purpose, so the runtime's
// teardown finalizes them as at an app's exit (better-sqlite3 12 aborted in a statement's
// destructor on Node 24.19+). serialize() hands SQLite's memory to JS, which Electron's V8
// memory cage refuses unless the addon copies it (13 does: Buffer::NewOrCopy).
const PROBE = `
const need = Number(process.env.TIRKEU_NATIVE_NAPI);
const napi = Number(process.versions.napi);
if (need > 0 && !(napi >= need)) {
  process.stdout.write(JSON.stringify({ napi, need }));
  process.exit(4);
}
const Database = require(process.env.TIRKEU_NATIVE_DIR);
const db = new Database(':memory:');
db.exec('create table t (a integer)');
db.prepare('insert into t values (?)').run(7);
if (db.prepare('select sum(a) as s from t').get().s !== 7) throw new Error('wrong sum');
db.serialize();
const file = Object.keys(require.cache).find((f) => f.endsWith('.node'));
process.stdout.write(JSON.stringify({ file, napi, node: process.versions.node, electron: process.versions.electron }));
`;

/** The Node-API version the package's binaries are built for (its binding.gyp), or 0. */
export function requiredNodeApi(dir = packageDir) {
  try {
    const gyp = fs.readFileSync(path.join(dir, 'binding.gyp'), 'utf8');
    return Number(/NAPI_VERSION=(\d+)/.exec(gyp)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** A compiled binary the package's loader would take instead of its prebuilt one, or null. */
export function compiledBuild(dir = packageDir) {
  const builds = ['Debug', 'Release'].map((c) => path.join(dir, 'build', c, 'better_sqlite3.node'));
  return builds.find((f) => fs.existsSync(f)) ?? null;
}

/** What a probe's exit means: the loaded file and versions, or null with a one-line reason. */
export function readNativeProbe(r, { dir = packageDir, engines = nodeEngines() } = {}) {
  const out = (r.stdout ?? '').trim().split('\n').at(-1) ?? '';
  const parsed = () => {
    try {
      return JSON.parse(out);
    } catch {
      return {};
    }
  };
  if (r.status === 0 && parsed().file) return { ...parsed(), reason: '' };
  if (r.status === 4) {
    const { napi, need } = parsed();
    return {
      file: null,
      reason: `this runtime has Node-API ${napi}, better-sqlite3's binary needs ${need}: use Node ${engines} (package.json engines)`,
    };
  }
  const stderr = (r.stderr ?? '').split('\n');
  let reason = r.signal
    ? `the process crashed (${r.signal}) loading better-sqlite3`
    : (stderr.find((l) => /Error/.test(l)) ?? r.error?.message ?? 'unknown error').trim();
  const compiled = compiledBuild(dir);
  if (compiled) {
    reason += `; the compiled ${path.relative(dir, compiled)} is loaded before the prebuilt binary: delete ${path.relative(root, path.join(dir, 'build'))} to use the prebuilt one`;
  }
  return { file: null, reason };
}

/** Loads better-sqlite3 from `dir` in `runtime` (a child process) and opens a database. */
export function checkNative({
  runtime = process.execPath,
  env = {},
  dir = packageDir,
  napi = requiredNodeApi(dir),
} = {}) {
  const r = spawnSync(runtime, ['-e', PROBE], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    env: { ...process.env, ...env, TIRKEU_NATIVE_DIR: dir, TIRKEU_NATIVE_NAPI: String(napi) },
  });
  return readNativeProbe(r, { dir });
}

function main(target, quiet) {
  const { version } = require('better-sqlite3/package.json');
  let r;
  let where;
  if (target === 'node') {
    const tooOld = engineProblem();
    if (tooOld) {
      console.error(tooOld);
      process.exit(1);
    }
    r = checkNative();
    where = `Node ${process.versions.node}`;
  } else if (target === 'electron') {
    const binary = electronBinary();
    if (!binary.path) {
      console.error(`Electron is not available on this machine (${binary.reason}).`);
      process.exit(3);
    }
    r = checkNative({ runtime: binary.path, env: { ELECTRON_RUN_AS_NODE: '1' } });
    where = `Electron ${r.electron ?? ''}`.trim();
  } else {
    console.error('usage: node scripts/native.mjs node|electron');
    process.exit(2);
  }
  if (!r.file) {
    console.error(`better-sqlite3 ${version} does not work in ${where}: ${r.reason}.`);
    process.exit(1);
  }
  if (!quiet) {
    console.log(`better-sqlite3 ${version} loads in ${where} (${path.relative(root, r.file)}).`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv[2], process.argv.includes('--quiet'));
}
