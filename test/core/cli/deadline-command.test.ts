import { describe, expect, it } from 'vitest';
import { runDeadlineCommand } from '../../../electron/core/cli/deadline-command';

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
  it('prints one JSON object for a foreign guest arriving on Sunday (seed 000)', () => {
    expect(json(['--arrival', '2026-04-05'])).toEqual({
      required: true,
      deadline: '2026-04-08',
      deadlineAt: '2026-04-08T23:59:59+05:00',
      calendar: 'confirmed',
      trace: [
        { date: '2026-04-05', counted: false, reason: 'weekend.sunday' },
        { date: '2026-04-06', counted: true, reason: 'working_day' },
        { date: '2026-04-07', counted: true, reason: 'working_day' },
        { date: '2026-04-08', counted: true, reason: 'working_day' },
      ],
      tasks: [
        {
          kind: 'host_notice',
          due: '2026-04-08',
          dueAt: '2026-04-08T23:59:59+05:00',
          rule: 'entry-rules-148-p9',
          flags: [],
        },
      ],
    });
  });

  it('keeps trace items to date, counted and reason', () => {
    const out = json(['--arrival', '2026-03-20']);
    for (const t of out.trace) expect(Object.keys(t)).toEqual(['date', 'counted', 'reason']);
    expect(out.trace.map((t) => t['reason'])).toContain('substitute');
  });

  it('says no notice is required for a citizen of Kazakhstan', () => {
    expect(json(['--arrival', '2026-04-05', '--citizenship', 'KAZ'])).toEqual({
      required: false,
      deadline: null,
      deadlineAt: null,
      calendar: 'confirmed',
      trace: [],
      tasks: [],
    });
  });

  it('lists the order 923 tasks for a visa-free guest from 1 July 2026', () => {
    const out = json(['--arrival', '2026-07-10', '--citizenship', 'RUS', '--entry', '2026-07-01']);
    expect(out.tasks.map((t) => [t['kind'], t['due']])).toEqual([
      ['host_notice', '2026-07-14'],
      ['guest_self_registration', '2026-07-31'],
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

  it('reports a provisional calendar', () => {
    expect(json(['--arrival', '2027-03-12'])).toMatchObject({
      deadline: '2027-03-17',
      calendar: 'provisional',
    });
  });

  it('applies the overrides it is given', () => {
    const out = json(['--arrival', '2026-04-06'], {
      overrides: [{ date: '2026-04-07', working: false, source: 'Order No. 5' }],
    });
    expect(out.deadline).toBe('2026-04-09');
    expect(out.trace[1]).toEqual({ date: '2026-04-07', counted: false, reason: 'override.off' });
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
    [
      ['--arrival', '2026-04-05', '--entry', '2026-04-31'],
      'error: --entry: 2026-04-31 is not a real date',
    ],
    [
      ['--arrival', '2026-04-05', '--entry', '2026-04-06'],
      'error: --entry: the entry date 2026-04-06 is after the check-in date 2026-04-05',
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
