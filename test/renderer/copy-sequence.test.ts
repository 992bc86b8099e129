import { describe, expect, it } from 'vitest';
import {
  isCopyNextKey,
  nextCopyIndex,
  type CopyValue,
} from '../../renderer/features/notifications/use-copy-sequence';

const v = (key: string, value: string): CopyValue => ({ key, label: key, value });
const FORM = [
  v('stayDates', '20.03.2026 - 29.03.2026'),
  v('checkInTime', '10:00'),
  v('patronymic', ''),
  v('givenNames', 'ANNA'),
  v('comment', ''),
];

describe('copying the portal values one after another', () => {
  it('starts at the first value and skips the empty ones', () => {
    expect(nextCopyIndex(FORM, -1)).toBe(0);
    expect(nextCopyIndex(FORM, 1)).toBe(3);
  });

  it('moves on from whichever value was copied last, even by its own button', () => {
    expect(nextCopyIndex(FORM, 0)).toBe(1);
    expect(nextCopyIndex(FORM, 3)).toBe(-1);
  });

  it('takes Alt+C by key position, so a Cyrillic layout (Alt+С) works too', () => {
    const key = (init: KeyboardEventInit) =>
      ({
        altKey: false,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        code: '',
        ...init,
      }) as KeyboardEvent;
    expect(isCopyNextKey(key({ altKey: true, code: 'KeyC', key: 'с' }))).toBe(true);
    expect(isCopyNextKey(key({ altKey: true, ctrlKey: true, code: 'KeyC' }))).toBe(false);
    expect(isCopyNextKey(key({ ctrlKey: true, code: 'KeyC' }))).toBe(false);
    expect(isCopyNextKey(key({ altKey: true, code: 'KeyV' }))).toBe(false);
  });
});
