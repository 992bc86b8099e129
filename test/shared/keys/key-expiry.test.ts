import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  keyNoticeToken,
  keyStage,
  keysOutlook,
  outlookOf,
  type KeyExpiryFact,
} from '../../../shared/keys/key-expiry';

const key = (id: number, expiresOn: string, purpose: 'auth' | 'sign' = 'sign'): KeyExpiryFact => ({
  id,
  holder: `HOLDER ${id}`,
  purpose,
  expiresOn,
});
const TODAY = '2026-12-07';

describe('days left on an EDS key', () => {
  it('counts calendar days from the hotel’s today to the expiry day, across a year end', () => {
    expect(daysLeft('2026-12-08', TODAY)).toBe(1);
    expect(daysLeft('2027-01-06', TODAY)).toBe(30);
    expect(daysLeft('2026-12-07', TODAY)).toBe(0);
    expect(daysLeft('2026-12-01', TODAY)).toBe(-6);
    // A leap day is a day like any other.
    expect(daysLeft('2028-03-01', '2028-02-28')).toBe(2);
  });

  it('warns from 30, 7 and 1 day before, and on the day the key stops working and after', () => {
    expect(keyStage(31)).toBeNull();
    expect(keyStage(30)).toBe('d30');
    expect(keyStage(8)).toBe('d30');
    expect(keyStage(7)).toBe('d7');
    expect(keyStage(2)).toBe('d7');
    expect(keyStage(1)).toBe('d1');
    expect(keyStage(0)).toBe('expired');
    expect(keyStage(-40)).toBe('expired');
  });

  it('sees a key expiring today as expired, and one 30 days away at the first warning', () => {
    expect(outlookOf(key(1, TODAY), TODAY)).toMatchObject({ daysLeft: 0, stage: 'expired' });
    expect(outlookOf(key(1, '2027-01-06'), TODAY)).toMatchObject({ daysLeft: 30, stage: 'd30' });
    expect(outlookOf(key(1, '2027-01-07'), TODAY)).toMatchObject({ daysLeft: 31, stage: null });
  });

  it('has nothing to say without keys', () => {
    expect(keysOutlook([], TODAY)).toEqual({ soonest: null, expired: [] });
  });

  it('names the soonest of several keys, whatever their order or purpose', () => {
    const out = keysOutlook(
      [key(1, '2027-06-01', 'auth'), key(2, '2026-12-14', 'sign'), key(3, '2027-01-01', 'auth')],
      TODAY,
    );
    expect(out.soonest).toMatchObject({ key: { id: 2 }, daysLeft: 7, stage: 'd7' });
    expect(out.expired).toEqual([]);
  });

  it('lists every key that no longer works, the longest dead first, the soonest among them', () => {
    const out = keysOutlook(
      [key(1, '2026-12-07'), key(2, '2026-11-30', 'auth'), key(3, '2027-03-01')],
      TODAY,
    );
    expect(out.soonest).toMatchObject({ key: { id: 2 }, daysLeft: -7 });
    expect(out.expired.map((o) => o.key.id)).toEqual([2, 1]);
  });

  it('gives ties to the key recorded first', () => {
    expect(keysOutlook([key(5, '2026-12-20'), key(4, '2026-12-20')], TODAY).soonest?.key.id).toBe(
      4,
    );
  });

  it('asks for the owner’s notice once per key and stage', () => {
    const far = outlookOf(key(1, '2027-02-01'), TODAY);
    expect(keyNoticeToken(far)).toBeNull();
    const month = keyNoticeToken(outlookOf(key(1, '2027-01-01'), TODAY));
    const week = keyNoticeToken(outlookOf(key(1, '2027-01-01'), '2026-12-26'));
    const stillWeek = keyNoticeToken(outlookOf(key(1, '2027-01-01'), '2026-12-27'));
    expect(month).not.toBe(week);
    expect(week).toBe(stillWeek);
    // A renewed key (a new expiry) warns afresh.
    expect(keyNoticeToken(outlookOf(key(1, '2027-12-28'), '2027-12-27'))).not.toBe(week);
  });
});
