import nodePath from 'node:path';
import type { ClosedFileFacts } from '../core/db/closed-file';

// The decisions of `--smoke` (electron/main/smoke.ts runs it): plain functions, so what a hosted
// run of the packaged app reports is decided by code tested here without Electron.

export const SMOKE_FLAG = '--smoke';

/** How long the renderer has to ask for `app.info` before the smoke test fails. */
export const SMOKE_RENDERER_TIMEOUT_MS = 60_000;

export const smokeRequested = (argv: readonly string[]): boolean => argv.includes(SMOKE_FLAG);

/** One check's outcome; `skipped` names why it could not run here (it is not a failure). */
export type SmokeCheck =
  | { name: string; ok: true; detail?: string }
  | { name: string; ok: false; reason: string }
  | { name: string; skipped: string };

/** The one JSON line `--smoke` prints, and its exit code: 0 when no check failed. */
export function smokeReport(
  checks: readonly SmokeCheck[],
  facts: Record<string, string | null> = {},
): { code: 0 | 1; line: string } {
  const failed = checks.filter((c): c is Extract<SmokeCheck, { ok: false }> => 'ok' in c && !c.ok);
  const report = {
    smoke: failed.length ? 'failed' : 'passed',
    ...(failed.length ? { reason: failed.map((c) => `${c.name}: ${c.reason}`).join('; ') } : {}),
    ...facts,
    checks,
  };
  return { code: failed.length ? 1 : 0, line: JSON.stringify(report) };
}

// Electron's fuse wire (the format @electron/fuses writes): this sentinel, a version byte (1),
// the wire's length, then one byte per fuse: '0' off, '1' on, 'r' removed.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** electron-builder.yml's `electronFuses` keys, in their place on the wire (FuseV1Options). */
export const FUSE_WIRE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

export type FuseState = boolean | 'removed';

/** The fuses as the binary holds them, by builder key; null when it has no version-1 wire. */
export function readFuseWire(bytes: Uint8Array): Record<string, FuseState> | null {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(FUSE_SENTINEL);
  if (at < 0) return null;
  const pos = at + FUSE_SENTINEL.length;
  if (bytes[pos] !== 1) return null;
  const length = bytes[pos + 1] ?? 0;
  const out: Record<string, FuseState> = {};
  for (let i = 0; i < length; i++) {
    const byte = bytes[pos + 2 + i];
    const key = FUSE_WIRE_ORDER[i] ?? `fuse${i}`;
    out[key] = byte === 0x31 ? true : byte === 0x30 ? false : 'removed';
  }
  return out;
}

/** The file holding the fuse wire: on macOS the framework inside the bundle, elsewhere the exe. */
export function fuseFile(execPath: string, platform: NodeJS.Platform): string {
  if (platform !== 'darwin' || !execPath.includes('.app')) return execPath;
  return nodePath.resolve(
    execPath,
    '..',
    '..',
    'Frameworks',
    'Electron Framework.framework',
    'Electron Framework',
  );
}

/** Each fuse the build set that the binary does not hold as set, e.g. `runAsNode is true`. */
export function fuseMismatches(
  expected: Record<string, boolean>,
  actual: Record<string, FuseState>,
): string[] {
  return Object.entries(expected)
    .filter(([key, want]) => actual[key] !== want)
    .map(([key, want]) =>
      key in actual ? `${key} is ${String(actual[key])}, not ${want}` : `${key} is missing`,
    );
}

/** Why the start page's Content-Security-Policy header is not the build's; null when it is. */
export function cspProblem(
  expected: string,
  response: { status: number; csp: string | null },
): string | null {
  if (response.status !== 200) return `the start page answered ${response.status}`;
  if (response.csp === null) return 'the start page has no Content-Security-Policy header';
  if (response.csp !== expected) return `the start page's policy is "${response.csp}"`;
  return null;
}

/** What the smoke test found of the closed database (core/db/closed-file.ts reads it). */
export type ClosedDatabase = Omit<ClosedFileFacts, 'sqliteVersion'>;

/** Why the file is not created, migrated and closed cleanly; empty when it is. */
export function databaseProblems(found: ClosedDatabase, latestVersion: number): string[] {
  if (!found.exists) return ['no database file was created'];
  const problems: string[] = [];
  if (found.userVersion !== latestVersion)
    problems.push(`schema version ${found.userVersion}, not ${latestVersion}`);
  if (found.quickCheck !== 'ok') problems.push(`quick_check says ${found.quickCheck}`);
  if (found.walLeft) problems.push('a -wal file was left: the close did not checkpoint');
  if (!found.cleanStamp) problems.push('no clean-close stamp');
  return problems;
}
