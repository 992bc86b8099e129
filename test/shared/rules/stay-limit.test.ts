import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAY_LIMITS,
  longStayFor,
  stayLimitFor,
  type StayLimitInput,
  type StayLimitSettings,
} from '../../../shared/rules';

const stay = (over: Partial<StayLimitInput>): StayLimitInput => ({
  citizenship: 'RUS',
  checkInDate: '2026-03-10',
  today: '2026-03-10',
  ...over,
});

const steps = (r: ReturnType<typeof stayLimitFor>) => r.trace.map((t) => t.step);

describe('stayLimitFor', () => {
  it('gives a visa-free guest the entry date plus the visa-free days minus one', () => {
    const r = stayLimitFor(stay({ entryDate: '2026-03-01', plannedCheckOut: '2026-03-20' }));
    expect(r.lastDay).toBe('2026-05-29'); // 1 Mar + 90 − 1
    expect(r.reasons.map((x) => x.kind)).toEqual(['visa_free_days']);
    expect(r.reasons[0]!.rule).toBe('visa-free:RUS:2012-01-01');
    expect(r.exceeded).toBe(false);
    expect(r.trace).toEqual([
      { step: 'no_document_expiry', params: {} },
      { step: 'entry_known', params: { date: '2026-03-01' } },
      {
        step: 'visa_free_days',
        params: { entry: '2026-03-01', days: '90', date: '2026-05-29', since: '2012-01-01' },
        rule: 'visa-free:RUS:2012-01-01',
        source: expect.stringContaining('Resolution No. 148'),
      },
      { step: 'earliest', params: { date: '2026-05-29', kinds: 'visa_free_days' } },
      {
        step: 'checked_departure',
        params: { date: '2026-03-20', lastDay: '2026-05-29', exceeded: 'false' },
      },
    ]);
  });

  it('counts from the check-in when the entry date is unknown, and says so', () => {
    const r = stayLimitFor(stay({ citizenship: 'UZB', plannedCheckOut: '2026-04-15' }));
    expect(r.lastDay).toBe('2026-04-08'); // 10 Mar + 30 − 1
    expect(r.exceeded).toBe(true);
    expect(steps(r)).toEqual([
      'no_document_expiry',
      'entry_assumed',
      'visa_free_days',
      'earliest',
      'checked_departure',
    ]);
    expect(r.trace[1]).toEqual({ step: 'entry_assumed', params: { date: '2026-03-10' } });
    expect(r.trace.at(-1)).toMatchObject({
      rule: 'art-518-2',
      source: expect.stringContaining('Art. 518 part 2'),
    });
    expect(r.fine).toMatchObject({ part: 2, mciFrom: 25, mciTo: 75 });
  });

  it("ends a visa holder's stay on the visa's end date, not the visa-free days", () => {
    const r = stayLimitFor(
      stay({
        citizenship: 'IND',
        entryDate: '2026-03-01',
        visaNumber: 'V123',
        visaValidUntil: '2026-04-30',
        plannedCheckOut: '2026-05-02',
      }),
    );
    expect(r.lastDay).toBe('2026-04-30');
    expect(r.reasons.map((x) => x.kind)).toEqual(['visa_end']);
    expect(r.exceeded).toBe(true);
    expect(steps(r)).toEqual(['no_document_expiry', 'visa_end', 'earliest', 'checked_departure']);
  });

  it('ends the stay on the day the document expires when that comes first', () => {
    const r = stayLimitFor(
      stay({
        entryDate: '2026-03-09',
        documentExpiry: '2026-03-15',
        plannedCheckOut: '2026-03-18',
      }),
    );
    expect(r.lastDay).toBe('2026-03-15');
    expect(r.reasons).toEqual([
      { kind: 'document_expiry', lastDay: '2026-03-15', rule: 'document', source: 'MRZ' },
    ]);
    expect(r.limits.map((l) => l.kind)).toEqual(['document_expiry', 'visa_free_days']);
    expect(r.exceeded).toBe(true);
    expect(r.trace[0]).toEqual({
      step: 'document_expiry',
      params: { date: '2026-03-15' },
      rule: 'document',
    });
  });

  it('finds an extension that crosses the limit, and not the stay before it', () => {
    const base = stay({ citizenship: 'CHN', entryDate: '2026-03-05' }); // last day 3 Apr
    const before = stayLimitFor({ ...base, plannedCheckOut: '2026-04-03' });
    const extended = stayLimitFor({ ...base, plannedCheckOut: '2026-04-06' });
    expect(before.lastDay).toBe('2026-04-03');
    expect(before.exceeded).toBe(false);
    expect(extended.exceeded).toBe(true);
    expect(extended.trace.at(-1)).toEqual({
      step: 'checked_departure',
      params: { date: '2026-04-06', lastDay: '2026-04-03', exceeded: 'true' },
      rule: 'art-518-2',
      source: expect.stringContaining('518'),
    });
  });

  it('applies the 90-in-180 cap with two known earlier stays', () => {
    // 40 + 30 days earlier within the window: 20 days are left from 1 May.
    const r = stayLimitFor(
      stay({
        checkInDate: '2026-05-01',
        entryDate: '2026-05-01',
        today: '2026-05-01',
        plannedCheckOut: '2026-06-01',
        earlierStays: [
          { from: '2026-01-10', to: '2026-02-18' }, // 40 days
          { from: '2026-03-20', to: '2026-04-18' }, // 30 days
        ],
      }),
    );
    expect(r.lastDay).toBe('2026-05-20');
    expect(r.reasons.map((x) => x.kind)).toEqual(['cap_90_180']);
    expect(r.exceeded).toBe(true);
    expect(r.trace.find((t) => t.step === 'cap_90_180')).toEqual({
      step: 'cap_90_180',
      params: { date: '2026-05-20', earlierDays: '70', stays: '2', cap: '90', window: '180' },
      rule: 'cap-90-180',
      source: expect.stringContaining('90 days in any 180'),
    });
  });

  it('lets earlier days leave the 180-day window', () => {
    const earlierStays = [{ from: '2026-01-03', to: '2026-04-02' }]; // 90 days
    const full = stayLimitFor(
      stay({
        checkInDate: '2026-07-01',
        entryDate: '2026-07-01',
        today: '2026-07-01',
        earlierStays,
      }),
    );
    // On 1 Jul the window (from 3 Jan) still holds all 90 earlier days: not one day is left.
    expect(full.lastDay).toBe('2026-06-30');
    expect(full.reasons.map((x) => x.kind)).toEqual(['cap_90_180']);
    // A day later, each day of the stay drops one earlier day out of the window.
    const next = stayLimitFor(
      stay({
        checkInDate: '2026-07-02',
        entryDate: '2026-07-02',
        today: '2026-07-02',
        earlierStays,
      }),
    );
    expect(next.lastDay).toBe('2026-09-29');
    expect(next.reasons.map((x) => x.kind)).toEqual(['visa_free_days']);
    expect(steps(next)).toContain('cap_not_reached');
  });

  it('takes the rules entry in force on the entry date, and an owner’s change with its date', () => {
    const before = stayLimitFor(
      stay({
        citizenship: 'TUR',
        entryDate: '2025-07-20',
        checkInDate: '2025-07-21',
        today: '2025-07-21',
      }),
    );
    expect(before.lastDay).toBeNull();
    expect(steps(before)).toEqual([
      'no_document_expiry',
      'entry_known',
      'no_visa_free_rule',
      'no_limit_known',
    ]);
    const after = stayLimitFor(
      stay({
        citizenship: 'TUR',
        entryDate: '2025-08-02',
        checkInDate: '2025-08-02',
        today: '2025-08-02',
      }),
    );
    expect(after.lastDay).toBe('2025-10-30');

    // The owner shortens UZB to 15 days from 1 Apr 2026: an entry on 31 Mar keeps 30.
    const settings: StayLimitSettings = {
      ...DEFAULT_STAY_LIMITS,
      visaFree: [
        ...DEFAULT_STAY_LIMITS.visaFree.map((e) =>
          e.citizenship === 'UZB' ? { ...e, effectiveTo: '2026-03-31' } : e,
        ),
        { citizenship: 'UZB', days: 15, effectiveFrom: '2026-04-01', source: 'Order 1 of 2026' },
      ],
    };
    const old = stayLimitFor(
      stay({
        citizenship: 'UZB',
        entryDate: '2026-03-31',
        checkInDate: '2026-04-01',
        today: '2026-04-01',
        settings,
      }),
    );
    const changed = stayLimitFor(
      stay({
        citizenship: 'UZB',
        entryDate: '2026-04-01',
        checkInDate: '2026-04-01',
        today: '2026-04-01',
        settings,
      }),
    );
    expect(old.lastDay).toBe('2026-04-29');
    expect(changed.lastDay).toBe('2026-04-15');
    expect(changed.trace.find((t) => t.step === 'visa_free_days')).toEqual({
      step: 'visa_free_days',
      params: { entry: '2026-04-01', days: '15', date: '2026-04-15', since: '2026-04-01' },
      rule: 'visa-free:UZB:2026-04-01',
      source: 'Order 1 of 2026',
    });
  });

  it('checks a stay without a planned check-out against today and reminds three days before', () => {
    const base = stay({ citizenship: 'CHN', entryDate: '2026-03-05' }); // last day 3 Apr
    expect(stayLimitFor({ ...base, today: '2026-03-30' }).reminder).toBe(false);
    const near = stayLimitFor({ ...base, today: '2026-03-31' });
    expect(near).toMatchObject({ reminder: true, exceeded: false, checkedKind: 'today' });
    expect(near.trace.at(-1)).toEqual({
      step: 'checked_today',
      params: { date: '2026-03-31', lastDay: '2026-04-03', exceeded: 'false' },
    });
    expect(stayLimitFor({ ...base, today: '2026-04-04' })).toMatchObject({
      reminder: false,
      exceeded: true,
    });
  });

  it('sets no limit for a citizen of Kazakhstan', () => {
    const r = stayLimitFor(stay({ citizenship: 'KAZ', plannedCheckOut: '2030-01-01' }));
    expect(r).toMatchObject({ lastDay: null, exceeded: false, trace: [] });
  });

  it('refuses an entry after the check-in on the entry field', () => {
    expect(() => stayLimitFor(stay({ entryDate: '2026-03-11' }))).toThrow(
      expect.objectContaining({ code: 'date.entry_after_event', field: 'entryDate' }),
    );
  });
});

describe('longStayFor', () => {
  it('marks the 30th day of a foreign stay, unless the owner switched it off', () => {
    const input = { citizenship: 'RUS', checkInDate: '2026-03-01', today: '2026-03-10' };
    expect(longStayFor({ ...input, plannedCheckOut: '2026-03-29' })).toMatchObject({
      day: '2026-03-30',
      due: false,
    });
    expect(longStayFor({ ...input, plannedCheckOut: '2026-03-30' })?.due).toBe(true);
    expect(longStayFor(input, { ...DEFAULT_STAY_LIMITS, longStayWarning: false })).toBeNull();
  });
});
