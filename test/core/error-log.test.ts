import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileErrorLogger } from '../../electron/core/error-log';
import { tempDir } from '../helpers/core';

describe('the local log of unexpected errors', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const at = () => new Date('2026-03-23T06:00:00Z');

  it('appends the time, the place and the stack, readable by the owner only', () => {
    const file = tmp.file('logs/errors.log');
    const log = fileErrorLogger(file, at);
    log('stays.checkIn', new TypeError('boom'));
    log('hotel.get', 'a thrown string');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(
      /^2026-03-23T06:00:00.000Z internal error in stays\.checkIn: TypeError: boom\n {4}at /,
    );
    expect(text).toContain('internal error in hotel.get: a thrown string\n');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('moves a full log aside instead of growing without bound', () => {
    const file = tmp.file('full.log');
    fs.writeFileSync(file, 'x'.repeat(1024 * 1024 + 1));
    fileErrorLogger(file, at)('m', new Error('after'));
    expect(fs.statSync(`${file}.1`).size).toBe(1024 * 1024 + 1);
    expect(fs.readFileSync(file, 'utf8')).toContain('Error: after');
  });

  it('never throws when the log cannot be written', () => {
    const blocker = tmp.file('not-a-dir');
    fs.writeFileSync(blocker, '');
    expect(() =>
      fileErrorLogger(path.join(blocker, 'x.log'), at)('m', new Error('e')),
    ).not.toThrow();
  });
});
