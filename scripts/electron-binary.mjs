import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Asks the electron package for its executable, which it downloads on first use. */
function probe() {
  return spawnSync(
    process.execPath,
    ['-e', "const p = require('electron'); process.stdout.write('\\n' + p)"],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10 * 60 * 1000,
    },
  );
}

function fetched() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    return fs.existsSync(path.join(dir, 'path.txt'));
  } catch {
    return false;
  }
}

/**
 * What a probe's output means: the executable, or null with a one-line reason.
 * Trap: on first use the package prints "Downloading Electron binary..." on stdout before the
 * path, so the path is the last line, and only a file that exists counts.
 */
export function readProbe(r, exists = fs.existsSync) {
  const last = (r.stdout ?? '').split('\n').at(-1)?.trim() ?? '';
  if (r.status === 0 && last && exists(last)) return { path: last, reason: '' };
  if (r.status === 0) return { path: null, reason: `no Electron executable at "${last}"` };
  const lines = (r.stderr ?? '').split('\n');
  const reason =
    lines.find((l) => /Error|failed/i.test(l)) ?? (r.error ? r.error.message : 'unknown');
  return { path: null, reason: reason.trim() };
}

/**
 * The Electron executable, fetched on first use by the electron package when this machine can
 * reach its download host; null (with the reason) where it cannot.
 */
export function electronBinary({ onFetch = () => {} } = {}) {
  if (!fetched()) onFetch();
  return readProbe(probe());
}
