import { checkCitizenship, KAZAKHSTAN } from './citizenship';
import { addDays, parseIsoDate, toDayNumber, type IsoDate } from './dates';
import { RulesError } from './errors';
import {
  ART_518_P2_SOURCE,
  CAP_SOURCE,
  DEFAULT_STAY_LIMITS,
  LONG_STAY_SOURCE,
  MRZ_SOURCE,
  type StayLimitSettings,
  VISA_SOURCE,
  type VisaFreeEntry,
} from './stay-limit-data';

export const STAY_LIMIT_KINDS = [
  'document_expiry',
  'visa_end',
  'visa_free_days',
  'cap_90_180',
] as const;
export type StayLimitKind = (typeof STAY_LIMIT_KINDS)[number];

/** One limit on the guest's right to stay, and the last day it allows. */
export interface StayLimitReason {
  kind: StayLimitKind;
  lastDay: IsoDate;
  /** The rule's id: `visa-free:RUS:2012-01-01`, `cap-90-180`, `document`, `visa`. */
  rule: string;
  source: string;
}

export const STAY_LIMIT_STEPS = [
  'document_expiry',
  'no_document_expiry',
  'visa_end',
  'visa_without_end',
  'entry_known',
  'entry_assumed',
  'visa_free_days',
  'no_visa_free_rule',
  'cap_90_180',
  'cap_not_reached',
  'earliest',
  'no_limit_known',
  'checked_departure',
  'checked_today',
] as const;
export type StayLimitStepKey = (typeof STAY_LIMIT_STEPS)[number];

/** A step of the trace: a translation key (locales rules.stayLimit.step) with its figures. */
export interface StayLimitStep {
  step: StayLimitStepKey;
  params: Record<string, string>;
  rule?: string;
  source?: string;
}

export interface StayLimitInput {
  citizenship: string;
  /** The check-in at this hotel. */
  checkInDate: IsoDate;
  /** The border crossing, when known. */
  entryDate?: IsoDate | null | undefined;
  /** The planned check-out, as saved or as an extension would make it. */
  plannedCheckOut?: IsoDate | null | undefined;
  documentExpiry?: IsoDate | null | undefined;
  visaNumber?: string | null | undefined;
  visaValidUntil?: IsoDate | null | undefined;
  /** Earlier stays in Kazakhstan that are known (from, to, both days present). */
  earlierStays?: ReadonlyArray<{ from: IsoDate; to: IsoDate }> | undefined;
  /** Kazakh today: a stay without a planned check-out is checked against it. */
  today: IsoDate;
  settings?: StayLimitSettings | undefined;
}

export interface StayLimitResult {
  /** null when nothing limits the stay as far as Tirkeu knows (or a citizen of Kazakhstan). */
  lastDay: IsoDate | null;
  /** The limits that give lastDay (several when they fall on the same day). */
  reasons: StayLimitReason[];
  /** Every limit found, earliest first. */
  limits: StayLimitReason[];
  /** The planned check-out, or today for a stay without one. */
  checkedAgainst: IsoDate;
  checkedKind: 'departure' | 'today';
  exceeded: boolean;
  /** No planned check-out, and today is within reminderDays before lastDay. */
  reminder: boolean;
  /** The fine the desk risks (Art. 518 part 2), cited whenever exceeded. */
  fine: { article: '518'; part: 2; mciFrom: 25; mciTo: 75; source: string };
  trace: StayLimitStep[];
}

export function visaFreeEntryOn(
  citizenship: string,
  date: IsoDate,
  list: readonly VisaFreeEntry[],
): VisaFreeEntry | undefined {
  return list.find(
    (e) =>
      e.citizenship === citizenship &&
      e.effectiveFrom <= date &&
      (e.effectiveTo === undefined || date <= e.effectiveTo),
  );
}

const days = (from: IsoDate, to: IsoDate) => toDayNumber(to) - toDayNumber(from);

/**
 * The 90-in-180 cap (domain.md §4, §10): the first day of the present stay on which the days in
 * Kazakhstan within the 180 days ending that day would pass 90, minus one. The present stay runs
 * without a break from `from`; earlier stays count only where they are known.
 */
function capLastDay(
  from: IsoDate,
  earlier: ReadonlyArray<{ from: IsoDate; to: IsoDate }>,
  capDays: number,
  window: number,
): IsoDate {
  for (let n = 0; ; n++) {
    const d = addDays(from, n);
    const windowStart = addDays(d, -(window - 1));
    let count = n + 1;
    for (const s of earlier) {
      const a = s.from > windowStart ? s.from : windowStart;
      const b = s.to < addDays(from, -1) ? s.to : addDays(from, -1);
      if (a <= b) count += days(a, b) + 1;
    }
    if (count > capDays) return addDays(d, -1);
  }
}

/**
 * domain.md §10, Tirkeu's reading: the last lawful day of a foreign stay is the earliest of the
 * document's expiry, the visa's end, the entry date plus the visa-free days minus one, and the
 * 90-in-180 cap where earlier stays are known. A recorded visa governs the stay, so a visa holder
 * is not held to the visa-free days. Without an entry date the check-in date stands in: the guest
 * entered on it at the latest, so the day found is never later than the true one. Past that day
 * the host risks Art. 518 part 2 (domain.md §6).
 */
export function stayLimitFor(input: StayLimitInput): StayLimitResult {
  const settings = input.settings ?? DEFAULT_STAY_LIMITS;
  const checkIn = parseIsoDate(input.checkInDate, 'checkInDate');
  const today = parseIsoDate(input.today, 'today');
  const entry = input.entryDate ? parseIsoDate(input.entryDate, 'entryDate') : null;
  if (entry && entry > checkIn) {
    throw new RulesError('date.entry_after_event', {
      field: 'entryDate',
      params: { value: entry, event: checkIn },
    });
  }
  const departure = input.plannedCheckOut
    ? parseIsoDate(input.plannedCheckOut, 'plannedCheckOut')
    : null;
  const citizenship = checkCitizenship(input.citizenship);
  const trace: StayLimitStep[] = [];
  const limits: StayLimitReason[] = [];

  if (citizenship !== KAZAKHSTAN) {
    const expiry = input.documentExpiry ? parseIsoDate(input.documentExpiry, 'expiryDate') : null;
    if (expiry) {
      limits.push({
        kind: 'document_expiry',
        lastDay: expiry,
        rule: 'document',
        source: MRZ_SOURCE,
      });
      trace.push({ step: 'document_expiry', params: { date: expiry }, rule: 'document' });
    } else trace.push({ step: 'no_document_expiry', params: {} });

    const visaEnd = input.visaValidUntil
      ? parseIsoDate(input.visaValidUntil, 'visaValidUntil')
      : null;
    const hasVisa = Boolean(visaEnd || input.visaNumber?.trim());
    if (visaEnd) {
      // domain.md §10: a visa holder may stay until the visa's end date.
      const source = VISA_SOURCE;
      limits.push({ kind: 'visa_end', lastDay: visaEnd, rule: 'visa', source });
      trace.push({ step: 'visa_end', params: { date: visaEnd }, rule: 'visa', source });
    } else if (hasVisa) trace.push({ step: 'visa_without_end', params: {} });

    if (!hasVisa) {
      const from = entry ?? checkIn;
      trace.push(
        entry
          ? { step: 'entry_known', params: { date: entry } }
          : { step: 'entry_assumed', params: { date: checkIn } },
      );
      const rule = visaFreeEntryOn(citizenship, from, settings.visaFree);
      if (rule) {
        const id = `visa-free:${rule.citizenship}:${rule.effectiveFrom}`;
        const lastDay = addDays(from, rule.days - 1);
        limits.push({ kind: 'visa_free_days', lastDay, rule: id, source: rule.source });
        trace.push({
          step: 'visa_free_days',
          params: {
            entry: from,
            days: String(rule.days),
            date: lastDay,
            since: rule.effectiveFrom,
          },
          rule: id,
          source: rule.source,
        });
        const earlier = (input.earlierStays ?? []).filter((s) => s.to < from);
        if (earlier.length > 0) {
          const capDay = capLastDay(from, earlier, settings.capDays, settings.capWindow);
          const earlierDays = earlier.reduce((n, s) => n + days(s.from, s.to) + 1, 0);
          const params = {
            date: capDay,
            earlierDays: String(earlierDays),
            stays: String(earlier.length),
            cap: String(settings.capDays),
            window: String(settings.capWindow),
          };
          if (capDay < lastDay) {
            limits.push({
              kind: 'cap_90_180',
              lastDay: capDay,
              rule: 'cap-90-180',
              source: CAP_SOURCE,
            });
            trace.push({ step: 'cap_90_180', params, rule: 'cap-90-180', source: CAP_SOURCE });
          } else {
            trace.push({ step: 'cap_not_reached', params, rule: 'cap-90-180', source: CAP_SOURCE });
          }
        }
      } else {
        trace.push({ step: 'no_visa_free_rule', params: { citizenship, date: from } });
      }
    }
  }

  limits.sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0));
  const lastDay = limits[0]?.lastDay ?? null;
  const reasons = limits.filter((l) => l.lastDay === lastDay);
  if (lastDay) {
    trace.push({
      step: 'earliest',
      params: { date: lastDay, kinds: reasons.map((r) => r.kind).join(',') },
    });
  } else if (citizenship !== KAZAKHSTAN) trace.push({ step: 'no_limit_known', params: {} });

  const checkedAgainst = departure ?? today;
  const exceeded = lastDay !== null && checkedAgainst > lastDay;
  const reminder =
    !departure &&
    lastDay !== null &&
    !exceeded &&
    today >= addDays(lastDay, -settings.reminderDays);
  if (lastDay) {
    trace.push({
      step: departure ? 'checked_departure' : 'checked_today',
      params: { date: checkedAgainst, lastDay, exceeded: String(exceeded) },
      ...(exceeded ? { rule: 'art-518-2', source: ART_518_P2_SOURCE } : {}),
    });
  }
  return {
    lastDay,
    reasons,
    limits,
    checkedAgainst,
    checkedKind: departure ? 'departure' : 'today',
    exceeded,
    reminder,
    fine: { article: '518', part: 2, mciFrom: 25, mciTo: 75, source: ART_518_P2_SOURCE },
    trace,
  };
}

/**
 * domain.md §10, a reading the owner can switch off: from the longStayDays-th day of a foreign
 * stay a temporary residence permit may be needed. The day of check-in is day 1.
 */
export function longStayFor(
  input: {
    citizenship: string;
    checkInDate: IsoDate;
    plannedCheckOut?: IsoDate | null;
    today: IsoDate;
  },
  settings: StayLimitSettings = DEFAULT_STAY_LIMITS,
): { day: IsoDate; due: boolean; source: string } | null {
  if (!settings.longStayWarning || input.citizenship === KAZAKHSTAN) return null;
  const day = addDays(input.checkInDate, settings.longStayDays - 1);
  const until =
    input.plannedCheckOut && input.plannedCheckOut > input.today
      ? input.plannedCheckOut
      : input.today;
  return { day, due: until >= day, source: LONG_STAY_SOURCE };
}
