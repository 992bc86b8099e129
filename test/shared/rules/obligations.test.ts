import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/rules/calendar';
import { normalizeCitizenship } from '../../../shared/rules/citizenship';
import {
  obligationOf,
  obligationsFor,
  type ObligationInput,
} from '../../../shared/rules/obligations';
import {
  DEFAULT_RULE_SETTINGS,
  RULE_SETS,
  ruleSetsInForce,
  type RuleSet,
} from '../../../shared/rules/rule-sets';

const cal = buildCalendar();
const guest = (over: Partial<ObligationInput> = {}): ObligationInput => ({
  event: 'check_in',
  eventDate: '2026-04-06',
  citizenship: 'DEU',
  ...over,
});
const kinds = (input: ObligationInput) => obligationsFor(input, cal).map((o) => o.kind);

describe('who is owed a notice', () => {
  it('owes nothing for a citizen of Kazakhstan', () => {
    expect(obligationsFor(guest({ citizenship: 'KAZ' }), cal)).toEqual([]);
  });

  it.each(['DEU', 'CHN', 'USA', 'XXA', 'XXB', 'XXC', 'XXX'])('owes a host notice for %s', (c) => {
    const [notice] = obligationsFor(guest({ citizenship: c }), cal);
    expect(notice).toMatchObject({
      kind: 'host_notice',
      rule: 'entry-rules-148-p9',
      due: '2026-04-08',
      dueAt: '2026-04-08T23:59:59+05:00',
    });
    expect(notice!.deadline!.trace).toHaveLength(3);
  });

  it('owes a notice again on a return after an absence', () => {
    expect(kinds(guest({ event: 'return', eventDate: '2026-04-05' }))).toEqual(['host_notice']);
  });

  it('starts the clock at the hotel, not at the border', () => {
    const [notice] = obligationsFor(guest({ entryDate: '2026-03-01' }), cal);
    expect(notice!.due).toBe('2026-04-08');
  });
});

describe('order No. 923 from 1 July 2026', () => {
  it('adds nothing for a Russian guest checking in on 30 June 2026', () => {
    expect(
      kinds(guest({ citizenship: 'RUS', eventDate: '2026-06-30', entryDate: '2026-06-29' })),
    ).toEqual(['host_notice']);
  });

  it("adds the guest's own registration and the host's confirmation from 1 July 2026", () => {
    // Wed 1 Jul: the 5th working day counting it is Wed 8 Jul (Mon 6 Jul is Capital Day), before
    // entry + 30 (28 Jul): the guest may be re-registering after a change of address.
    const tasks = obligationsFor(
      guest({ citizenship: 'RUS', eventDate: '2026-07-01', entryDate: '2026-06-28' }),
      cal,
    );
    expect(tasks.map((t) => [t.kind, t.rule, t.due ?? null, t.flags ?? []])).toEqual([
      ['host_notice', 'entry-rules-148-p9', '2026-07-03', []],
      ['guest_self_registration', 'registration-rules-923', '2026-07-08', []],
      ['host_confirmation', 'registration-rules-923', null, ['no_statutory_deadline']],
    ]);
    expect(tasks[1]).toMatchObject({ dueAt: '2026-07-08T23:59:59+05:00', calendar: 'confirmed' });
    expect(tasks[1]!.deadline!.trace.filter((d) => d.counted)).toHaveLength(5);
  });

  it('shows entry + 30 calendar days when that comes before the 5th working day (domain.md §4)', () => {
    // Entered Fri 5 Jun, checks in Fri 3 Jul: entry + 30 is Sun 5 Jul; 5 working days end Fri 10 Jul.
    const reg = obligationsFor(
      guest({ citizenship: 'KGZ', eventDate: '2026-07-03', entryDate: '2026-06-05' }),
      cal,
    )[1]!;
    expect(reg).toEqual({
      kind: 'guest_self_registration',
      rule: 'registration-rules-923',
      due: '2026-07-05',
      dueAt: '2026-07-05T23:59:59+05:00',
    });
  });

  it('never shows a guest who entered two months ago a date that passed before check-in', () => {
    // Entry + 30 is 9 Jun, a month before check-in on Fri 10 Jul: only the 5 working days apply.
    const reg = obligationsFor(
      guest({ citizenship: 'RUS', eventDate: '2026-07-10', entryDate: '2026-05-10' }),
      cal,
    )[1]!;
    expect(reg).toMatchObject({ kind: 'guest_self_registration', due: '2026-07-16' });
  });

  it('gives the stay its order No. 923 tasks once: a return after an absence owes only the notice', () => {
    expect(
      kinds(
        guest({
          event: 'return',
          citizenship: 'RUS',
          eventDate: '2026-08-03',
          entryDate: '2026-07-20',
        }),
      ),
    ).toEqual(['host_notice']);
  });

  it.each(DEFAULT_RULE_SETTINGS.visaFree90)('covers %s by default', (c) => {
    expect(kinds(guest({ citizenship: c, eventDate: '2026-08-03' }))).toHaveLength(3);
  });

  it('does not cover a 30-day visa-free nationality', () => {
    expect(kinds(guest({ citizenship: 'USA', eventDate: '2026-08-03' }))).toEqual(['host_notice']);
    expect(kinds(guest({ citizenship: 'UZB', eventDate: '2026-08-03' }))).toEqual(['host_notice']);
  });

  it('creates the registration task without a due date, flagged, when the entry date is missing', () => {
    const reg = obligationsFor(guest({ citizenship: 'KGZ', eventDate: '2026-08-03' }), cal)[1]!;
    expect(reg).toEqual({
      kind: 'guest_self_registration',
      rule: 'registration-rules-923',
      flags: ['entry_date_missing'],
    });
  });

  it('follows the owner’s list instead of the default', () => {
    const ruleSettings = { visaFree90: ['USA'] };
    expect(
      kinds(guest({ citizenship: 'USA', eventDate: '2026-08-03', ruleSettings })),
    ).toHaveLength(3);
    expect(
      kinds(guest({ citizenship: 'RUS', eventDate: '2026-08-03', ruleSettings })),
    ).toHaveLength(1);
  });
});

describe('one stored task recomputed', () => {
  const input = { event: 'check_in' as const, eventDate: '2026-07-01', entryDate: '2026-06-28' };

  it('gives the same due date and mark as at check-in, with or without the trace', () => {
    for (const trace of [true, false]) {
      const reg = obligationOf('registration-rules-923', 'guest_self_registration', input, cal, {
        trace,
      });
      expect(reg).toMatchObject({ due: '2026-07-08', calendar: 'confirmed' });
      expect(reg!.deadline !== undefined).toBe(trace);
    }
  });

  it('is null when its rule set no longer owes the task for that event', () => {
    const onReturn = { ...input, event: 'return' as const, eventDate: '2026-08-03' };
    expect(obligationOf('registration-rules-923', 'host_confirmation', onReturn, cal)).toBeNull();
    expect(obligationOf('entry-rules-148-p9', 'host_notice', onReturn, cal)).toMatchObject({
      due: '2026-08-05',
    });
    expect(obligationOf('no-such-rule', 'host_notice', input, cal)).toBeNull();
  });
});

describe('rule sets are data', () => {
  it('picks rule sets by effective dates', () => {
    expect(ruleSetsInForce('2026-06-30').map((r) => r.id)).toEqual(['entry-rules-148-p9']);
    expect(ruleSetsInForce('2026-07-01').map((r) => r.id)).toEqual([
      'entry-rules-148-p9',
      'registration-rules-923',
    ]);
  });

  it('applies a future change given as a new rule set', () => {
    const ruleSets: RuleSet[] = [
      { ...RULE_SETS[0]!, effectiveTo: '2029-12-31' },
      {
        ...RULE_SETS[0]!,
        id: 'hypothetical-five-days',
        effectiveFrom: '2030-01-01',
        tasks: [{ kind: 'host_notice', due: { type: 'working_days_from_event', days: 5 } }],
      },
    ];
    const run = (eventDate: string) => obligationsFor(guest({ eventDate }), cal, { ruleSets });
    expect(run('2029-12-31')[0]!.rule).toBe('entry-rules-148-p9');
    expect(run('2030-01-14')[0]).toMatchObject({
      rule: 'hypothetical-five-days',
      due: '2030-01-18',
    });
  });
});

describe('input checks', () => {
  it.each(['', 'RU', 'RUSS', 'ru1', '123', 'rus'])('refuses the citizenship %j', (c) => {
    expect(() => obligationsFor(guest({ citizenship: c }), cal)).toThrow(
      expect.objectContaining({ code: 'citizenship.unknown', field: 'citizenship' }),
    );
  });

  it('asks the supplied country list, but always accepts XXA, XXB, XXC, XXX and KAZ', () => {
    const isKnownCitizenship = (c: string) => c === 'DEU';
    expect(() =>
      obligationsFor(guest({ citizenship: 'ZZZ' }), cal, { isKnownCitizenship }),
    ).toThrow(expect.objectContaining({ code: 'citizenship.unknown' }));
    for (const c of ['DEU', 'XXA', 'XXB', 'XXC', 'XXX', 'KAZ']) {
      expect(() =>
        obligationsFor(guest({ citizenship: c }), cal, { isKnownCitizenship }),
      ).not.toThrow();
    }
  });

  it("reads Germany's MRZ code D<< as DEU", () => {
    expect(normalizeCitizenship('D<<')).toBe('DEU');
    expect(kinds(guest({ citizenship: 'D<<' }))).toEqual(['host_notice']);
  });

  it('refuses an entry date after the check-in', () => {
    expect(() => obligationsFor(guest({ entryDate: '2026-04-07' }), cal)).toThrow(
      expect.objectContaining({ code: 'date.entry_after_event', field: 'entryDate' }),
    );
  });

  it('names the field of an impossible date', () => {
    expect(() => obligationsFor(guest({ eventDate: '2026-02-30' }), cal)).toThrow(
      expect.objectContaining({ code: 'date.invalid', field: 'eventDate' }),
    );
    expect(() => obligationsFor(guest({ entryDate: '2026-13-01' }), cal)).toThrow(
      expect.objectContaining({ code: 'date.invalid', field: 'entryDate' }),
    );
    expect(() => obligationsFor(guest({ eventDate: '2041-03-01' }), cal)).toThrow(
      expect.objectContaining({ code: 'date.out_of_range', field: 'eventDate' }),
    );
  });
});
