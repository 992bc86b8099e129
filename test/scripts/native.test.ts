import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkNative,
  compiledBuild,
  packageDir,
  readNativeProbe,
  requiredNodeApi,
} from '../../scripts/native.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** better-sqlite3's JavaScript and build file without its binaries, in a temp directory. */
function packageWithoutBinaries(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-native-'));
  dirs.push(dir);
  for (const entry of ['lib', 'package.json', 'binding.gyp']) {
    fs.cpSync(path.join(packageDir, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

const engines = (
  JSON.parse(fs.readFileSync('package.json', 'utf8')) as { engines: { node: string } }
).engines.node;

describe('better-sqlite3 before tests and Electron: the binary is proven to load', () => {
  it("loads the package's own prebuilt binary in this Node and opens a database, compiling nothing", () => {
    const r = checkNative();
    expect(r.reason).toBe('');
    const platform = `${process.platform}-${process.arch}.node`;
    expect([platform, `linuxmusl-${process.arch}.node`]).toContain(path.basename(r.file ?? ''));
    expect(path.dirname(r.file ?? '')).toBe(path.join(packageDir, 'prebuilds'));
    expect(compiledBuild()).toBeNull();
  });

  it("refuses a runtime with an older Node-API than the binary's, naming the supported Node, before loading it", () => {
    expect(requiredNodeApi()).toBeGreaterThan(0);
    const mine = Number(process.versions.napi);
    const r = checkNative({ napi: mine + 1 });
    expect(r.file).toBeNull();
    expect(r.reason).toBe(
      `this runtime has Node-API ${mine}, better-sqlite3's binary needs ${mine + 1}: use Node ${engines} (package.json engines)`,
    );
  });

  it('names a compiled build that the loader takes before the prebuilt binary when it does not load', () => {
    const dir = packageWithoutBinaries();
    const compiled = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(compiled), { recursive: true });
    fs.writeFileSync(compiled, 'not a shared library');
    const r = checkNative({ dir });
    expect(r.file).toBeNull();
    expect(r.reason).toContain('Error');
    expect(r.reason).toContain(
      `the compiled ${path.join('build', 'Release', 'better_sqlite3.node')}`,
    );
    expect(r.reason.split('\n')).toHaveLength(1);
  });

  it('says in one line that the runtime crashed, where an old Node-API runtime dies on open', () => {
    const dir = packageWithoutBinaries();
    expect(readNativeProbe({ status: null, signal: 'SIGSEGV', stdout: '' }, { dir })).toEqual({
      file: null,
      reason: 'the process crashed (SIGSEGV) loading better-sqlite3',
    });
  });

  it('reads the Node-API version from the build file the binaries are made with', () => {
    const dir = packageWithoutBinaries();
    fs.writeFileSync(path.join(dir, 'binding.gyp'), "{ 'defines': ['NAPI_VERSION=12'] }");
    expect(requiredNodeApi(dir)).toBe(12);
    fs.rmSync(path.join(dir, 'binding.gyp'));
    expect(requiredNodeApi(dir)).toBe(0);
  });
});
