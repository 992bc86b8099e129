import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NotCanonicalError,
  canonicalJson,
  chainedText,
  toCanonical,
} from '../../../electron/core/db/audit/canonical';
import { mergePersonal, splitPersonal } from '../../../electron/core/db/audit/personal';

describe('the canonical form', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 'x'], c: null }, e: true })).toBe(
      '{"a":{"c":null,"d":[2,"x"]},"b":1,"e":true}',
    );
  });

  it('sorts keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, a: 4 })).toBe('{"Z":3,"a":4,"z":2,"é":1}');
  });

  it('escapes strings as JSON does and leaves out undefined properties', () => {
    expect(canonicalJson({ s: 'қ"\n\\', u: undefined })).toBe('{"s":"қ\\"\\n\\\\"}');
  });

  it('refuses floats, non-finite numbers and non-plain objects, naming where', () => {
    expect(() => canonicalJson({ a: { b: 1.5 } })).toThrow(NotCanonicalError);
    expect(() => canonicalJson({ a: { b: 1.5 } })).toThrow('"a.b"');
    expect(() => canonicalJson([Number.NaN])).toThrow(NotCanonicalError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(NotCanonicalError);
    expect(() => canonicalJson(2 ** 60)).toThrow(NotCanonicalError);
  });

  it('writes -0 as 0', () => {
    expect(canonicalJson(-0)).toBe('0');
  });

  it('turns what a handler recorded into canonical values (floats and dates as text)', () => {
    expect(toCanonical({ f: 1.25, d: new Date('2026-01-01T00:00:00Z'), u: undefined })).toEqual({
      f: '1.25',
      d: '2026-01-01T00:00:00.000Z',
    });
  });

  it('the verifier’s row text equals the canonical JSON of the row', () => {
    const text = fc.option(fc.string(), { nil: null });
    const int = fc.option(fc.integer({ min: 1 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          id: fc.integer({ min: 1 }),
          at: fc.string(),
          staffId: int,
          action: fc.string(),
          entity: fc.string(),
          entityId: text,
          guestId: int,
          details: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
          personal: text,
        }),
        (row) => {
          const stored = { ...row, details: canonicalJson(row.details) };
          expect(chainedText(stored)).toBe(canonicalJson(row));
        },
      ),
    );
  });
});

describe('personal data in details', () => {
  it('moves personal keys out at any depth and puts them back for reading', () => {
    const details = {
      room: '204',
      before: { person: { surname: 'IVANOV' }, checkInAt: 'x' },
      after: { person: { surname: 'PETROV' }, visaNumber: 'V1', checkInAt: 'y' },
    };
    const { open, personal } = splitPersonal(details);
    expect(JSON.stringify(open)).not.toMatch(/IVANOV|PETROV|V1/);
    expect(open).toEqual({ room: '204', before: { checkInAt: 'x' }, after: { checkInAt: 'y' } });
    expect(mergePersonal(open, personal)).toEqual(details);
  });

  it('details without personal data have nothing kept beside', () => {
    expect(splitPersonal({ room: '101', notices: [1, 2] }).personal).toBeNull();
  });
});
