import { build } from 'esbuild';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { backupWorkerBundleOptions, mainBundleOptions } from '../../scripts/bundle-options.mjs';
import { writeBuildInfo } from '../../scripts/build-info.mjs';
import { createElectronStub, type ElectronStubState } from './electron-stub';

const requireHere = createRequire(import.meta.url);
const sqlitePath = requireHere.resolve('better-sqlite3');
type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };

/**
 * Electron cannot run here, so the main process is bundled exactly as the build bundles it (with
 * the build's build-info.json beside it) and loaded in plain Node with `require('electron')`
 * answered by a stand-in. `dir` gets the app's layout: app/renderer, app/electron/main.cjs.
 */
export async function loadMainBundle(opts: {
  dir: string;
  userData: string;
  /** Extra command-line arguments the main process sees at load, e.g. `--smoke`. */
  argv?: string[];
}): Promise<{ state: ElectronStubState; unload: () => void }> {
  const rendererDir = path.join(opts.dir, 'app', 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tirkeu</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export const app = 1;');
  fs.writeFileSync(path.join(opts.dir, 'app', 'secret.txt'), 'passport numbers');
  const outfile = path.join(opts.dir, 'app', 'electron', 'main.cjs');
  await build({ ...mainBundleOptions, outfile, sourcemap: false, logLevel: 'silent' });
  const worker = backupWorkerBundleOptions(path.dirname(outfile));
  await build({ ...worker, sourcemap: false, logLevel: 'silent' });
  writeBuildInfo(path.dirname(outfile));
  // The backup's worker thread resolves better-sqlite3 itself, as the packaged app's does: from
  // node_modules beside the bundle (the require hook below is this thread's only).
  fs.symlinkSync(path.resolve('node_modules'), path.join(opts.dir, 'app', 'node_modules'), 'dir');

  const stub = createElectronStub(opts.userData);
  const originalLoad = loader._load;
  const savedDbEnv = process.env.TIRKEU_DB;
  const savedArgv = process.argv;
  delete process.env.TIRKEU_DB;
  process.argv = [...savedArgv, ...(opts.argv ?? [])];
  loader._load = function (request, parent, isMain) {
    if (request === 'electron') return stub.electron;
    // The bundle sits in a temp folder; the native module is the repository's.
    const target = request === 'better-sqlite3' ? sqlitePath : request;
    return originalLoad.call(this, target, parent, isMain);
  };
  try {
    requireHere(outfile);
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.argv = savedArgv;
  }
  return {
    state: stub.state,
    unload: () => {
      loader._load = originalLoad;
      if (savedDbEnv !== undefined) process.env.TIRKEU_DB = savedDbEnv;
    },
  };
}
