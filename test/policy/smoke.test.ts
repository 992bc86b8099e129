import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FUSE_WIRE_ORDER,
  cspProblem,
  databaseProblems,
  fuseFile,
  fuseMismatches,
  readFuseWire,
  smokeReport,
  smokeRequested,
  type ClosedDatabase,
  type FuseState,
} from '../../electron/policy/smoke';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A stand-in binary: some bytes, the fuse wire as @electron/fuses writes it, more bytes. */
const binary = (wire: string) =>
  new Uint8Array(
    Buffer.concat([
      Buffer.from('\x7fELF...'),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length]),
      Buffer.from(wire),
      Buffer.from('...'),
    ]),
  );

const HARDENED = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('--smoke decisions', () => {
  it('runs only when --smoke is on the command line', () => {
    expect(smokeRequested(['electron', '.', '--smoke'])).toBe(true);
    expect(smokeRequested(['electron', '.', '--db', 'smoke.db'])).toBe(false);
  });

  it('reads the fuse wire of a binary by builder key, in the order Electron keeps', () => {
    expect(readFuseWire(binary('01001100'))).toEqual({
      ...HARDENED,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(readFuseWire(binary('1r'))).toEqual({
      runAsNode: true,
      enableCookieEncryption: 'removed',
    });
  });

  it('reads back what @electron/fuses itself writes and reads (the wire electron-builder flips)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-fuses-'));
    try {
      const exe = path.join(dir, 'Tirkeu');
      fs.writeFileSync(exe, binary('00000000'));
      await flipFuses(exe, {
        version: FuseVersion.V1,
        [FuseV1Options.RunAsNode]: false,
        [FuseV1Options.EnableCookieEncryption]: true,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
        [FuseV1Options.EnableNodeCliInspectArguments]: false,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
        [FuseV1Options.OnlyLoadAppFromAsar]: true,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      });
      const ours = readFuseWire(fs.readFileSync(exe))!;
      expect(fuseMismatches(HARDENED, ours)).toEqual([]);
      const theirs = await getCurrentFuseWire(exe);
      // Its states are the wire's bytes: '1' (49) on, '0' (48) off, 'r' (114) removed.
      const named = { 49: true, 48: false, 114: 'removed' } as Record<number, FuseState>;
      expect(ours).toEqual(
        Object.fromEntries(
          FUSE_WIRE_ORDER.map((key, i) => [key, named[Number(theirs[i as FuseV1Options])]]),
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds no wire in a binary without one (plain Node, a stock build before Electron 12)', () => {
    expect(readFuseWire(new Uint8Array(Buffer.from('just node')))).toBeNull();
  });

  it('names each fuse the binary holds other than the build set', () => {
    const wire = readFuseWire(binary('11001100'))!;
    expect(fuseMismatches(HARDENED, wire)).toEqual(['runAsNode is true, not false']);
    expect(fuseMismatches(HARDENED, readFuseWire(binary('01001100'))!)).toEqual([]);
    expect(
      fuseMismatches({ grantFileProtocolExtraPrivileges: false }, { runAsNode: false }),
    ).toEqual(['grantFileProtocolExtraPrivileges is missing']);
  });

  it('looks for the fuses in the framework on macOS and in the executable elsewhere', () => {
    const mac = '/Applications/Tirkeu.app/Contents/MacOS/Tirkeu';
    expect(fuseFile(mac, 'darwin')).toBe(
      path.resolve(
        '/Applications/Tirkeu.app/Contents/Frameworks/Electron Framework.framework/Electron Framework',
      ),
    );
    expect(fuseFile('C:\\Tirkeu\\Tirkeu.exe', 'win32')).toBe('C:\\Tirkeu\\Tirkeu.exe');
    expect(fuseFile('/opt/Tirkeu/tirkeu', 'linux')).toBe('/opt/Tirkeu/tirkeu');
  });

  it('accepts only the build’s policy as the start page’s header', () => {
    const csp = "default-src 'self'";
    expect(cspProblem(csp, { status: 200, csp })).toBeNull();
    expect(cspProblem(csp, { status: 200, csp: null })).toMatch(/no Content-Security-Policy/);
    expect(cspProblem(csp, { status: 200, csp: 'default-src *' })).toMatch(/default-src \*/);
    expect(cspProblem(csp, { status: 404, csp })).toBe('the start page answered 404');
  });

  it('calls a database good only when created, migrated to the latest version and closed cleanly', () => {
    const clean: ClosedDatabase = {
      exists: true,
      walLeft: false,
      cleanStamp: true,
      userVersion: 14,
      quickCheck: 'ok',
    };
    expect(databaseProblems(clean, 14)).toEqual([]);
    expect(databaseProblems({ ...clean, exists: false }, 14)).toEqual([
      'no database file was created',
    ]);
    expect(databaseProblems({ ...clean, userVersion: 13 }, 14)).toEqual([
      'schema version 13, not 14',
    ]);
    expect(databaseProblems({ ...clean, walLeft: true, cleanStamp: false }, 14)).toEqual([
      'a -wal file was left: the close did not checkpoint',
      'no clean-close stamp',
    ]);
    expect(databaseProblems({ ...clean, quickCheck: 'row 3 missing' }, 14)).toEqual([
      'quick_check says row 3 missing',
    ]);
  });

  it('prints one JSON line, exit 0 when nothing failed and a skip is no failure', () => {
    const r = smokeReport(
      [
        { name: 'renderer', ok: true },
        { name: 'fuses', skipped: 'not a packaged app' },
      ],
      { electron: null },
    );
    expect(r.code).toBe(0);
    expect(r.line).not.toContain('\n');
    expect(JSON.parse(r.line)).toMatchObject({ smoke: 'passed', electron: null });
  });

  it('exits 1 with every failed check’s reason', () => {
    const r = smokeReport([
      { name: 'renderer', ok: false, reason: 'no app.info call from the window in 60 s' },
      { name: 'csp', ok: true },
      { name: 'fuses', ok: false, reason: 'runAsNode is true, not false' },
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.line)).toMatchObject({
      smoke: 'failed',
      reason:
        'renderer: no app.info call from the window in 60 s; fuses: runAsNode is true, not false',
    });
  });
});
