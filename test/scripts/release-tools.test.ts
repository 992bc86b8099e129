import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  installerFiles,
  readSmokeRun,
  signingPlan,
  sumsText,
  targetPlatform,
  unpackedExecutable,
} from '../../scripts/release-tools.mjs';

const smokeLine = (report: Record<string, unknown>) => `${JSON.stringify(report)}\n`;
const FUSES_OK = { name: 'fuses', ok: true };

describe('the release workflow’s smoke test of a packaged app', () => {
  it('finds the unpacked app electron-builder leaves for each system', () => {
    expect(unpackedExecutable('win32', 'win-unpacked')).toBe(
      path.join('win-unpacked', 'Tirkeu.exe'),
    );
    expect(unpackedExecutable('darwin', 'mac-arm64')).toBe(
      path.join('mac-arm64', 'Tirkeu.app', 'Contents', 'MacOS', 'Tirkeu'),
    );
    expect(unpackedExecutable('darwin', 'mac')).toBe(
      path.join('mac', 'Tirkeu.app', 'Contents', 'MacOS', 'Tirkeu'),
    );
    expect(unpackedExecutable('linux', 'linux-unpacked')).toBe(
      path.join('linux-unpacked', 'tirkeu'),
    );
    expect(unpackedExecutable('linux', 'win-unpacked')).toBeNull();
    expect(unpackedExecutable('win32', 'Tirkeu-Setup-0.1.0.exe')).toBeNull();
  });

  it('passes a run that exited 0 with a passed line and its fuses checked', () => {
    const stdout = `[123:ERROR:gpu] noise\n${smokeLine({ smoke: 'passed', checks: [FUSES_OK] })}`;
    expect(readSmokeRun({ status: 0, stdout })).toMatchObject({ passed: true, reason: '' });
  });

  it('fails a packaged app whose fuses were not checked: it is not the binary that ships', () => {
    const stdout = smokeLine({
      smoke: 'passed',
      checks: [{ name: 'fuses', skipped: 'not a packaged app' }],
    });
    expect(readSmokeRun({ status: 0, stdout })).toMatchObject({
      passed: false,
      reason: 'fuses not checked: not a packaged app',
    });
  });

  it('fails with the app’s own reason, or with what it printed when it printed no line', () => {
    const stdout = smokeLine({ smoke: 'failed', reason: 'database: no clean-close stamp' });
    expect(readSmokeRun({ status: 1, stdout }).reason).toBe('database: no clean-close stamp');
    expect(
      readSmokeRun({ status: null, signal: 'SIGSEGV', stdout: '', stderr: 'x\nFATAL: sandbox\n' })
        .reason,
    ).toBe('printed no smoke line (exit SIGSEGV): FATAL: sandbox');
    expect(readSmokeRun({ status: null, error: new Error('spawn ENOENT') }).reason).toBe(
      'did not run: spawn ENOENT',
    );
  });
});

describe('the installers and their sums', () => {
  it('takes the installers only, not the unpacked folders, blockmaps or update YAML', () => {
    expect(
      installerFiles([
        'win-unpacked',
        'Tirkeu-Setup-0.1.0.exe.blockmap',
        'latest.yml',
        'Tirkeu-Setup-0.1.0.exe',
        'Tirkeu-Portable-0.1.0.exe',
        'Tirkeu-0.1.0-arm64.dmg',
        'Tirkeu-0.1.0.AppImage',
        'tirkeu_0.1.0_amd64.deb',
        'builder-debug.yml',
      ]),
    ).toEqual([
      'Tirkeu-0.1.0-arm64.dmg',
      'Tirkeu-0.1.0.AppImage',
      'Tirkeu-Portable-0.1.0.exe',
      'Tirkeu-Setup-0.1.0.exe',
      'tirkeu_0.1.0_amd64.deb',
    ]);
  });

  it('writes the sums as sha256sum -c reads them', () => {
    expect(sumsText([{ name: 'a.deb', sha256: 'ab'.repeat(32) }])).toBe(
      `${'ab'.repeat(32)}  a.deb\n`,
    );
  });
});

describe('signing where its secrets exist', () => {
  const none = {
    CSC_LINK: '',
    CSC_KEY_PASSWORD: '',
    APPLE_ID: '',
    APPLE_TEAM_ID: '',
    PATH: '/bin',
  };

  it('builds unsigned without the secrets, says what the installing person will see, and looks for no certificate', () => {
    const win = signingPlan(none, 'win32');
    expect(win).toMatchObject({ signed: false, note: expect.stringMatching(/SmartScreen/) });
    expect(win.env).toEqual({ PATH: '/bin', CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    const mac = signingPlan(none, 'darwin');
    expect(mac).toMatchObject({ signed: false, notarized: false });
    expect(mac.note).toMatch(/Gatekeeper/);
  });

  it('signs on Windows with CSC_LINK and its password', () => {
    const plan = signingPlan({ ...none, CSC_LINK: 'base64', CSC_KEY_PASSWORD: 'pw' }, 'win32');
    expect(plan).toMatchObject({ signed: true });
    expect(plan.env).toMatchObject({ CSC_LINK: 'base64', CSC_KEY_PASSWORD: 'pw' });
    expect(plan.env.CSC_IDENTITY_AUTO_DISCOVERY).toBeUndefined();
  });

  it('notarizes on macOS only with the certificate and all three Apple secrets', () => {
    const cert = { ...none, CSC_LINK: 'base64', CSC_KEY_PASSWORD: 'pw' };
    const apple = { APPLE_ID: 'a@b.kz', APPLE_TEAM_ID: 'T', APPLE_APP_SPECIFIC_PASSWORD: 'p' };
    expect(signingPlan({ ...cert, ...apple }, 'darwin')).toMatchObject({
      signed: true,
      notarized: true,
    });
    const partial = signingPlan({ ...cert, APPLE_ID: 'a@b.kz' }, 'darwin');
    expect(partial).toMatchObject({ signed: true, notarized: false });
    expect(partial.env.APPLE_ID).toBeUndefined();
    expect(partial.note).toMatch(/not notarized/);
  });

  it('packs for the system named on the command line, else this one', () => {
    expect(targetPlatform(['--mac', '--x64'], 'linux')).toBe('darwin');
    expect(targetPlatform(['--win'], 'darwin')).toBe('win32');
    expect(targetPlatform([], 'linux')).toBe('linux');
  });
});
