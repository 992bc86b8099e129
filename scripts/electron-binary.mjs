import { spawnSync } from 'node:child_process';

/**
 * The Electron executable, fetched on first use by the electron package when this machine can
 * reach its download host; null (with the reason) where it cannot.
 */
export function electronBinary() {
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  if (r.status === 0 && r.stdout) return { path: r.stdout, reason: '' };
  const reason = (r.stderr || '').split('\n').find((l) => /Error|failed/i.test(l)) ?? 'unknown';
  return { path: null, reason: reason.trim() };
}
