import { isKnownCitizenship } from '../../../shared/documents/countries';
import { rules as en } from '../../../shared/locales/en/rules';
import {
  buildCalendar,
  isRulesError,
  kzDateOf,
  obligationsFor,
  stayLimitFor,
  parseIsoDate,
  RulesError,
  type CalendarOverride,
  type StayLimitResult,
  type TraceDay,
} from '../../../shared/rules';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** With no --citizenship the guest is a foreigner of unspecified nationality (ICAO `XXX`). */
const DEFAULT_CITIZENSHIP = 'XXX';

const OPTIONS = {
  '--arrival': 'arrival',
  '--citizenship': 'citizenship',
  '--entry': 'entry',
  '--departure': 'departure',
  '--expiry': 'expiry',
  '--visa-until': 'visaUntil',
} as const;
type OptionName = keyof typeof OPTIONS;
type Parsed = Partial<Record<(typeof OPTIONS)[OptionName], string>>;

/** The engine's field names, as the flag the user typed. */
const FLAG_OF_FIELD: Record<string, OptionName> = {
  arrival: '--arrival',
  eventDate: '--arrival',
  entryDate: '--entry',
  citizenship: '--citizenship',
  plannedCheckOut: '--departure',
  expiryDate: '--expiry',
  visaValidUntil: '--visa-until',
};

class UsageError extends Error {}

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!isOption(name)) throw new UsageError(`unknown option ${name}`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') throw new UsageError(`${name}: a value is required`);
    const key = OPTIONS[name];
    if (parsed[key] !== undefined) throw new UsageError(`${name}: given more than once`);
    parsed[key] = value;
  }
  return parsed;
}

/** An English string of the locale tree by its dotted key, its {{placeholders}} filled. */
function english(tree: object, key: string, params: Record<string, string> = {}): string {
  const template = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  if (typeof template !== 'string') return key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');
}

/** A day of the trace as the app shows it: the engine's fields plus its reason in words. */
function traceItem(t: TraceDay) {
  const params = { ...t.params };
  // A substitute day names its holiday by reason key: in words first (locales/en/rules.ts).
  if (params['holiday']) params['holiday'] = english(en.reason, params['holiday']);
  return { ...t, why: english(en.reason, t.reason, params) };
}

/** The stay-limit check as JSON: the last lawful day, the limits that set it, and its trace. */
function stayLimitJson(r: StayLimitResult) {
  return {
    lastDay: r.lastDay,
    reasons: r.reasons.map((x) => ({
      ...x,
      why: english(en.stayLimit.kind, x.kind),
    })),
    exceeded: r.exceeded,
    checkedAgainst: r.checkedAgainst,
    reminder: r.reminder,
    fine: r.exceeded ? r.fine : null,
    trace: r.trace.map((t) => ({ ...t, why: english(en.stayLimit.step, t.step, t.params) })),
  };
}

function describeRulesError(e: RulesError): string {
  const text = english(en.error, e.code, e.params);
  const flag = e.field ? FLAG_OF_FIELD[e.field] : undefined;
  return flag ? `${flag}: ${text}` : text;
}

/**
 * `deadline --arrival YYYY-MM-DD [--citizenship ISO3] [--entry YYYY-MM-DD] [--departure YYYY-MM-DD]
 * [--expiry YYYY-MM-DD] [--visa-until YYYY-MM-DD]`: one JSON object on
 * stdout, or exit code 2 and one English line on stderr naming the flag at fault.
 */
export function runDeadlineCommand(
  argv: string[],
  opts: { overrides?: CalendarOverride[]; now?: Date } = {},
): CommandResult {
  try {
    const args = parseArgs(argv);
    if (args.arrival === undefined) throw new UsageError('--arrival: required (YYYY-MM-DD)');
    const calendar = buildCalendar(opts.overrides ?? []);
    const arrival = parseIsoDate(args.arrival, 'arrival');
    // KAZ needs no calendar, but a date the engine cannot place is refused for everyone alike.
    if (arrival < calendar.firstDate || arrival > calendar.lastDate) {
      throw new RulesError('date.out_of_range', {
        field: 'arrival',
        params: { value: arrival, from: calendar.firstDate, to: calendar.lastDate },
      });
    }
    const obligations = obligationsFor(
      {
        event: 'check_in',
        eventDate: arrival,
        citizenship: args.citizenship ?? DEFAULT_CITIZENSHIP,
        ...(args.entry !== undefined ? { entryDate: args.entry } : {}),
      },
      calendar,
      // The app's country list: a code the check-in form refuses is refused here too.
      { isKnownCitizenship },
    );
    const departure =
      args.departure !== undefined ? parseIsoDate(args.departure, 'plannedCheckOut') : null;
    if (departure !== null && departure < arrival) {
      throw new RulesError('date.departure_before_arrival', {
        field: 'plannedCheckOut',
        params: { value: departure, arrival },
      });
    }
    // domain.md §10: the last lawful day of the stay; without --departure checked against today.
    const stayLimit = stayLimitFor({
      citizenship: args.citizenship ?? DEFAULT_CITIZENSHIP,
      checkInDate: arrival,
      entryDate: args.entry ?? null,
      plannedCheckOut: departure,
      documentExpiry: args.expiry ?? null,
      visaValidUntil: args.visaUntil ?? null,
      today: kzDateOf(opts.now ?? new Date()),
    });
    const notice = obligations.find((o) => o.kind === 'host_notice');
    const out = {
      required: notice !== undefined,
      deadline: notice?.due ?? null,
      deadlineAt: notice?.dueAt ?? null,
      calendar: notice?.deadline?.calendar ?? 'confirmed',
      trace: (notice?.deadline?.trace ?? []).map(traceItem),
      tasks: obligations.map((o) => ({
        kind: o.kind,
        due: o.due ?? null,
        dueAt: o.dueAt ?? null,
        calendar: o.calendar ?? null,
        rule: o.rule,
        flags: o.flags ?? [],
      })),
      stayLimit: stayLimitJson(stayLimit),
    };
    return { exitCode: 0, stdout: `${JSON.stringify(out)}\n`, stderr: '' };
  } catch (e) {
    if (e instanceof UsageError)
      return { exitCode: 2, stdout: '', stderr: `error: ${e.message}\n` };
    if (isRulesError(e)) {
      return { exitCode: 2, stdout: '', stderr: `error: ${describeRulesError(e)}\n` };
    }
    throw e;
  }
}
