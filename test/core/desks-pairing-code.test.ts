import { describe, expect, it } from 'vitest';
import {
  codeMatches,
  codeUsable,
  digestOf,
  isCodeShaped,
  matchCode,
  newPairingCode,
  PAIRING_MAX_FAILURES,
  type OpenCode,
} from '../../electron/core/desks/pairing-code';

const now = new Date('2026-12-07T12:00:00.000Z');
const open = (code: string, over: Partial<OpenCode> = {}): OpenCode => ({
  id: 1,
  codeHash: digestOf(code),
  expiresAt: '2026-12-07T12:10:00.000Z',
  usedAt: null,
  failed: 0,
  ...over,
});

describe('pairing codes', () => {
  it('makes eight-digit codes, leading zeros kept, that differ from one to the next', () => {
    const codes = Array.from({ length: 200 }, newPairingCode);
    for (const c of codes) expect(c).toMatch(/^\d{8}$/);
    expect(new Set(codes).size).toBeGreaterThan(195);
  });

  it('accepts only 6 to 8 digits as the shape of a code', () => {
    expect(isCodeShaped('123456')).toBe(true);
    expect(isCodeShaped('12345678')).toBe(true);
    expect(isCodeShaped('12345')).toBe(false);
    expect(isCodeShaped('123456789')).toBe(false);
    expect(isCodeShaped('1234 5678')).toBe(false);
    expect(isCodeShaped('abcdefgh')).toBe(false);
  });

  it('matches the code against its digest and nothing else', () => {
    expect(codeMatches('01234567', digestOf('01234567'))).toBe(true);
    expect(codeMatches('01234568', digestOf('01234567'))).toBe(false);
    expect(codeMatches('01234567', 'not hex')).toBe(false);
  });

  it('redeems an open code until it expires, is used or is voided by wrong guesses', () => {
    expect(codeUsable(open('1'), now)).toBe(true);
    expect(codeUsable(open('1', { expiresAt: now.toISOString() }), now)).toBe(false);
    expect(codeUsable(open('1', { usedAt: now.toISOString() }), now)).toBe(false);
    expect(codeUsable(open('1', { failed: PAIRING_MAX_FAILURES }), now)).toBe(false);
    expect(codeUsable(open('1', { failed: PAIRING_MAX_FAILURES - 1 }), now)).toBe(true);
  });

  it('finds the one open code typed, and none for a used, expired or wrong one', () => {
    const codes = [
      open('11111111', { id: 1 }),
      open('22222222', { id: 2, usedAt: '2026-12-07T11:59:00.000Z' }),
      open('33333333', { id: 3, expiresAt: '2026-12-07T11:00:00.000Z' }),
    ];
    expect(matchCode('11111111', codes, now)?.id).toBe(1);
    expect(matchCode('22222222', codes, now)).toBeNull();
    expect(matchCode('33333333', codes, now)).toBeNull();
    expect(matchCode('44444444', codes, now)).toBeNull();
  });
});
