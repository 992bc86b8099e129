import { describe, expect, it } from 'vitest';
import { runDeadlineCommand } from '../../../electron/core/cli/deadline-command';
import type { CheckInResult } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';

function json(argv: string[], overrides?: Parameters<typeof runDeadlineCommand>[1]) {
  const r = runDeadlineCommand(argv, overrides);
  expect(r.exitCode, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  expect(r.stdout.endsWith('\n')).toBe(true);
  expect(r.stdout.trimEnd().includes('\n')).toBe(false);
  return JSON.parse(r.stdout) as Record<string, unknown> & {
    trace: Record<string, unknown>[];
    tasks: Record<string, unknown>[];
  };
}

describe('deadline command output', () => {
  it('adds the stay limit: the last lawful day, the limits that set it, and whether the departure passes it', () => {
    const out = json([
      '--arrival',
      '2026-03-10',
      '--citizenship',
      'UZB',
      '--entry',
      '2026-03-05',
      '--departure',
      '2026-04-06',
    ]);
    expect(out['stayLimit']).toMatchObject({
      lastDay: '2026-04-03',
      reasons: [
        {
          kind: 'visa_free_days',
          lastDay: '2026-04-03',
          rule: 'visa-free:UZB:2012-01-01',
          why: 'The visa-free days from entry',
        },
      ],
      exceeded: true,
      checkedAgainst: '2026-04-06',
      fine: { article: '518', part: 2, mciFrom: 25, mciTo: 75 },
    });
    const trace = (out['stayLimit'] as { trace: { step: string; why: string }[] }).trace;
    expect(trace.map((t) => t.why)).toEqual([
      'Document expiry not recorded',
      'Entered Kazakhstan on 2026-03-05',
      '30 visa-free days from 2026-03-05: the last is 2026-04-03 (rule since 2012-01-01)',
      'Last lawful day: 2026-04-03, the earliest of these',
      'Planned check-out 2026-04-06 against the last lawful day 2026-04-03',
    ]);
  });

  it('takes the document expiry and the visa end as limits, and checks today without a departure', () => {
    const out = json(
      [
        '--arrival',
        '2026-03-10',
        '--citizenship',
        'IND',
        '--expiry',
        '2026-03-12',
        '--visa-until',
        '2026-03-20',
      ],
      { now: new Date('2026-03-13T06:00:00Z') },
    );
    expect(out['stayLimit']).toMatchObject({
      lastDay: '2026-03-12',
      reasons: [{ kind: 'document_expiry' }],
      exceeded: true,
      checkedAgainst: '2026-03-13',
    });
  });

  it('prints one JSON object for a foreign guest arriving on Sunday (seed 000)', () => {
    expect(json(['--arrival', '2026-04-05'])).toEqual({
      required: true,
      deadline: '2026-04-08',
      deadlineAt: '2026-04-08T23:59:59+05:00',
      calendar: 'confirmed',
      trace: [
        {
          date: '2026-04-05',
          counted: false,
          reason: 'weekend.sunday',
          provisional: false,
          why: 'Sunday',
        },
        {
          date: '2026-04-06',
          counted: true,
          reason: 'working_day',
          provisional: false,
          why: 'Working day',
        },
        {
          date: '2026-04-07',
          counted: true,
          reason: 'working_day',
          provisional: false,
          why: 'Working day',
        },
        {
          date: '2026-04-08',
          counted: true,
          reason: 'working_day',
          provisional: false,
          why: 'Working day',
        },
      ],
      tasks: [
        {
          kind: 'host_notice',
          due: '2026-04-08',
          dueAt: '2026-04-08T23:59:59+05:00',
          calendar: 'confirmed',
          rule: 'entry-rules-148-p9',
          flags: [],
        },
      ],
      // No visa-free period for an unspecified nationality, and no document or visa given.
      stayLimit: expect.objectContaining({ lastDay: null, reasons: [], exceeded: false }),
    });
  });

  it('names the holiday a substitute day is for, in the engine’s terms and in words', () => {
    const out = json(['--arrival', '2026-03-20']);
    expect(out.trace[4]).toEqual({
      date: '2026-03-24',
      counted: false,
      reason: 'substitute',
      params: { date: '2026-03-21', holiday: 'holiday.nauryz' },
      provisional: false,
      why: 'Day off for Nauryz (2026-03-21), which fell on a weekend',
    });
  });

  it('says where a transfer came from: the 2024 order moving 8 May to Saturday 4 May', () => {
    const out = json(['--arrival', '2024-05-02']);
    expect(out.deadline).toBe('2024-05-04');
    expect(out.trace[2]).toEqual({
      date: '2024-05-04',
      counted: true,
      reason: 'working_weekend',
      params: { date: '2024-05-08' },
      provisional: false,
      source: 'adilet G24G0000109',
      why: 'Working day: its day off moved to 2024-05-08',
    });
  });

  it('prints the trace the app shows for the same arrival', async () => {
    const core = memoryCore(new Date('2026-03-20T06:00:00Z'));
    try {
      const { stays } = await value<CheckInResult>(
        core,
        'stays.checkIn',
        checkInInput([guestEntry({ citizenship: 'DEU' })], {
          checkInAt: '2026-03-20T09:00:00+05:00',
        }),
      );
      const app = stays[0]!.notices.find((n) => n.kind === 'host_notice')!;
      const cli = json(['--arrival', '2026-03-20', '--citizenship', 'DEU']);
      expect(cli.trace.map(({ why: _why, ...day }) => day)).toEqual(app.trace);
      expect(cli.calendar).toBe(app.calendar);
    } finally {
      core.close();
    }
  });

  it('says no notice is required for a citizen of Kazakhstan', () => {
    expect(json(['--arrival', '2026-04-05', '--citizenship', 'KAZ'])).toEqual({
      required: false,
      deadline: null,
      deadlineAt: null,
      calendar: 'confirmed',
      trace: [],
      tasks: [],
      stayLimit: expect.objectContaining({
        lastDay: null,
        reasons: [],
        exceeded: false,
        trace: [],
      }),
    });
  });

  it('lists the order 923 tasks for a visa-free guest from 1 July 2026', () => {
    const out = json(['--arrival', '2026-07-10', '--citizenship', 'RUS', '--entry', '2026-07-01']);
    expect(out.tasks.map((t) => [t['kind'], t['due']])).toEqual([
      ['host_notice', '2026-07-14'],
      // domain.md §4: the 5th working day from Fri 10 Jul comes before entry + 30 (31 Jul).
      ['guest_self_registration', '2026-07-16'],
      ['host_confirmation', null],
    ]);
  });

  it('flags the missing entry date instead of inventing a due date', () => {
    const out = json(['--arrival=2026-07-10', '--citizenship=KGZ']);
    expect(out.tasks[1]).toMatchObject({
      kind: 'guest_self_registration',
      due: null,
      flags: ['entry_date_missing'],
    });
  });

  it('reports a provisional calendar, for the deadline and for each day', () => {
    const out = json(['--arrival', '2027-03-12']);
    expect(out).toMatchObject({ deadline: '2027-03-17', calendar: 'provisional' });
    expect(out.trace.every((t) => t['provisional'] === true)).toBe(true);
    expect(out.tasks[0]).toMatchObject({ calendar: 'provisional' });
  });

  it('applies the overrides it is given', () => {
    const out = json(['--arrival', '2026-04-06'], {
      overrides: [{ date: '2026-04-07', working: false, source: 'Order No. 5' }],
    });
    expect(out.deadline).toBe('2026-04-09');
    expect(out.trace[1]).toEqual({
      date: '2026-04-07',
      counted: false,
      reason: 'override.off',
      params: { source: 'Order No. 5' },
      provisional: false,
      source: 'Order No. 5',
      why: 'Day off set in settings (Order No. 5)',
    });
  });
});

describe('deadline command errors', () => {
  it.each([
    [['--arrival', '2026-02-30'], 'error: --arrival: 2026-02-30 is not a real date'],
    [
      ['--arrival', '2011-12-31'],
      'error: --arrival: 2011-12-31 is outside the supported calendar (2012-01-01 to 2040-12-31)',
    ],
    [
      ['--arrival', '2041-01-02'],
      'error: --arrival: 2041-01-02 is outside the supported calendar (2012-01-01 to 2040-12-31)',
    ],
    [
      ['--arrival', '2011-12-31', '--citizenship', 'KAZ'],
      'error: --arrival: 2011-12-31 is outside the supported calendar (2012-01-01 to 2040-12-31)',
    ],
    [
      ['--arrival', '2026-04-05', '--citizenship', 'R1S'],
      'error: --citizenship: R1S is not a known citizenship code',
    ],
    // Three letters but no country: the check-in form's list refuses it, and so does the CLI.
    [
      ['--arrival', '2026-04-05', '--citizenship', 'QQQ'],
      'error: --citizenship: QQQ is not a known citizenship code',
    ],
    // The last day of the calendar is inside it; its deadline is not, and the message says that.
    [
      ['--arrival', '2040-12-31'],
      'error: --arrival: the deadline for 2040-12-31 would fall after 2040-12-31, the last day of the supported calendar',
    ],
    [
      ['--arrival', '2026-04-05', '--entry', '2026-04-31'],
      'error: --entry: 2026-04-31 is not a real date',
    ],
    [
      ['--arrival', '2026-04-05', '--entry', '2026-04-06'],
      'error: --entry: the entry date 2026-04-06 is after the check-in date 2026-04-05',
    ],
    [
      ['--arrival', '2026-04-05', '--departure', '2026-04-04'],
      'error: --departure: the departure 2026-04-04 is before the arrival 2026-04-05',
    ],
    [
      ['--arrival', '2026-04-05', '--departure', '2026-04-31'],
      'error: --departure: 2026-04-31 is not a real date',
    ],
    [[], 'error: --arrival: required (YYYY-MM-DD)'],
    [['--citizenship', 'DEU'], 'error: --arrival: required (YYYY-MM-DD)'],
    [['--arrival'], 'error: --arrival: a value is required'],
    [
      ['--arrival', '2026-04-05', '--arrival', '2026-04-06'],
      'error: --arrival: given more than once',
    ],
    [['--arrival', '2026-04-05', '--json'], 'error: unknown option --json'],
    [['2026-04-05'], 'error: unexpected argument "2026-04-05"'],
  ])('exits 2 for %j with one line naming the field', (argv, message) => {
    const r = runDeadlineCommand(argv);
    expect(r).toEqual({ exitCode: 2, stdout: '', stderr: `${message}\n` });
  });
});
