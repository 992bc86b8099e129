import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The CLI as other tools run it: a real process, stdout parsed as exactly one JSON object.
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/core/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIRKEU_LANG: 'en' },
  });

describe('the command line', () => {
  it('prints one JSON object for a deadline', () => {
    const r = cli('deadline', '--arrival', '2026-03-20', '--citizenship', 'DEU');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      required: true,
      deadline: '2026-03-27',
      deadlineAt: '2026-03-27T23:59:59+05:00',
      calendar: 'confirmed',
    });
  });

  it('exits 2 with the error on stderr for an impossible date', () => {
    const r = cli('deadline', '--arrival', '2026-02-30');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--arrival');
  });

  it('reads an MRZ into one JSON object', () => {
    const r = cli(
      'mrz',
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      valid: true,
      format: 'TD3',
      fields: { surname: 'ERIKSSON', givenNames: 'ANNA MARIA', birthDate: '1974-08-12' },
    });
  });

  it('explains itself with --help and refuses an unknown command', () => {
    expect(cli('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Usage: npm run cli'),
    });
    expect(cli('frobnicate')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown command'),
    });
  });

  it('refuses to serve a file that is not a database, in one translated line', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/core/cli/main.ts', 'serve', '--db', 'package.json'],
      {
        encoding: 'utf8',
        env: { ...process.env, TIRKEU_LANG: 'ru' },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Файл данных не является базой Tirkeu');
  });
});
