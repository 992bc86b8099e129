import crypto from 'node:crypto';
import {
  AppFailure,
  checkCheckIn,
  checkInInput,
  outboxMethods,
  type AppError,
  type CheckInInput,
  type OutboxEntryView,
} from '../../../shared/contract';
import { isKnownCitizenship } from '../../../shared/documents/countries';
import {
  buildCalendar,
  deadlineStatus,
  kzDateOf,
  obligationsFor,
  type WorkingCalendar,
} from '../../../shared/rules';
import { issuesOf } from '../../core/dispatcher';
import { openOutboxRepo, type OutboxRow } from '../../core/db/outbox-repo';
import { loadRulesCache, saveRulesCache, type RulesCache } from './rules-cache';

/** What the host answered, as the pinned client read it. */
export interface HostReply {
  status: number;
  body: string;
}

/** One call to the host with a tab's session; rejects with `desks.unreachable` when it is away. */
export type SendToHost = (
  body: string,
  session: string | null,
  /** Until the answer starts; a check-in's is short, as a timed-out one is resent safely. */
  timeoutMs?: number,
) => Promise<HostReply>;

// A check-in takes milliseconds on a healthy LAN. One not answered in this time is kept and
// resent under its key: if the host did save it meanwhile, the host answers the resend from
// what it kept (check-in-once.ts), so a short wait costs no duplicate.
const CHECK_IN_TIMEOUT_MS = 10_000;

export interface OutboxOptions {
  /** The desk's data folder (beside desk.json). */
  dir: string;
  now?: () => Date;
  /** How often queued check-ins are tried again while the host stays silent. */
  retryMs?: number;
  /**
   * Test hook (TIRKEU_TEST_OUTBOX_EXIT_AFTER_ACK in the CLI): runs once the host has answered a
   * queued check-in and before the desk notes it, where a crash leaves the key to be sent again.
   */
  afterAcknowledged?: (key: string) => void;
}

export interface Outbox {
  /**
   * A call from this desk's renderer: `outbox.*` answered here, a check-in kept here when the
   * host cannot be reached, anything else passed to the host as it is.
   */
  call: (body: string, session: string | null, send: SendToHost) => Promise<HostReply>;
  /** The host answered again (its event stream is back): send what is queued. */
  hostBack: (send: SendToHost) => void;
  /** The host's answer to a call passed through by the desk: a session it accepted is noted. */
  noteReply: (body: string, session: string | null, reply: HostReply, send: SendToHost) => void;
  /**
   * The host's settings or calendar changed (its event stream said so), or it is reachable again:
   * fetch the rule inputs anew under this tab's session and keep them in rules-cache.json.
   */
  refreshRules: (send: SendToHost, session: string | null) => Promise<void>;
  /** Sends the queued check-ins, one at a time and in order; resolves when it stops. */
  drain: (send: SendToHost) => Promise<void>;
  close: () => void;
}

// The host's answers that say "not now" rather than "no": the check-in waits for a sign-in or
// for the owner, it is not refused.
const WAIT = new Set(['auth.required', 'api.unauthorized', 'desks.revoked', 'desks.unpaired']);

const json = (status: number, value: unknown): HostReply => ({
  status,
  body: JSON.stringify(value),
});
const fail = (status: number, error: AppError): HostReply => json(status, { ok: false, error });

/**
 * The desk's outbox (issue 22, "When the host cannot be reached"). Only check-ins are kept:
 * filings, edits and check-outs wait for the host. Each kept check-in gets an idempotency key
 * before its first send, so a send whose answer was lost, or a desk killed mid-send, resends the
 * same key and the host (check-in-once.ts) makes the guest once.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const repo = openOutboxRepo(options.dir);
  const now = options.now ?? (() => new Date());
  // Sessions the host has accepted through this desk, newest last: a queued check-in whose own
  // session has ended is sent under the newest, and only a known session reads the outbox.
  const sessions: string[] = [];
  const known = (s: string | null): s is string =>
    s !== null && (sessions.includes(s) || repo.list().some((e) => e.session === s));
  const remember = (s: string) => {
    const i = sessions.indexOf(s);
    if (i >= 0) sessions.splice(i, 1);
    sessions.push(s);
    if (sessions.length > 50) sessions.shift();
  };
  let calendar: WorkingCalendar | null = null;
  // The host's rule inputs as last fetched (rules-cache.json); null until a first fetch, when the
  // shipped calendar and default settings stand in and the deadline is called provisional.
  let rules: RulesCache | null = loadRulesCache(options.dir);
  let fetchedThisRun = false;
  let fetching: Promise<void> | null = null;

  /**
   * The host's notice owed, with the shared rules and the host's calendar and rule settings as
   * cached (domain.md §2–3: the working days are the owner's calendar, changes included), so the
   * desk's date is the one the host gives on arrival.
   */
  const noticeOf = (input: CheckInInput, g: CheckInInput['guests'][number]) => {
    try {
      calendar ??= rules
        ? buildCalendar(rules.inputs.overrides, {
            confirmedYears: rules.inputs.confirmedYears,
            confirmedDays: rules.inputs.confirmedDays,
          })
        : buildCalendar();
      const owed = obligationsFor(
        {
          event: 'check_in',
          eventDate: kzDateOf(new Date(input.checkInAt)),
          citizenship: g.person.citizenship,
          ...(g.entryDate ? { entryDate: g.entryDate } : {}),
          plannedCheckOut: input.plannedCheckOut,
          ...(rules ? { ruleSettings: rules.inputs.ruleSettings } : {}),
        },
        calendar,
        { isKnownCitizenship, trace: false },
      ).find((o) => o.kind === 'host_notice' && o.due);
      return owed?.due
        ? {
            dueDate: owed.due,
            dueAt: owed.dueAt ?? null,
            rule: owed.rule,
            status: deadlineStatus(calendar, owed.due, now()),
            provisional: rules === null,
          }
        : null;
    } catch {
      return null;
    }
  };

  const view = (e: OutboxRow): OutboxEntryView => {
    const input = e.input as unknown as CheckInInput;
    return {
      key: e.key,
      seq: e.seq,
      queuedAt: e.queuedAt,
      state: e.state,
      room: input.room,
      checkInAt: input.checkInAt,
      guests: input.guests.map((g) => ({
        surname: g.person.surname,
        givenNames: g.person.givenNames,
        citizenship: g.person.citizenship,
        documentNumber: g.document?.number ?? null,
        notice: noticeOf(input, g),
      })),
      error: e.error,
    };
  };
  const views = () => repo.list().map(view);

  let draining: Promise<void> | null = null;
  /** The last send found no host: new check-ins are kept at once, behind the queue. */
  let away = false;
  const drain = (send: SendToHost): Promise<void> =>
    (draining ??= sendQueued(send).finally(() => (draining = null)));

  const sendQueued = async (send: SendToHost): Promise<void> => {
    for (let entry = repo.next(); entry; entry = repo.next()) {
      const body = JSON.stringify({ method: 'stays.checkIn', input: entry.input });
      let reply: { ok: boolean; error?: AppError };
      try {
        let r = await send(body, entry.session, CHECK_IN_TIMEOUT_MS);
        reply = JSON.parse(r.body) as typeof reply;
        const newest = sessions.at(-1);
        if (
          !reply.ok &&
          reply.error?.code === 'auth.required' &&
          newest &&
          newest !== entry.session
        ) {
          r = await send(body, newest, CHECK_IN_TIMEOUT_MS);
          reply = JSON.parse(r.body) as typeof reply;
        }
      } catch {
        away = true;
        return; // Still away (or not answering with JSON): the retry timer comes back.
      }
      away = false;
      if (reply.ok) {
        options.afterAcknowledged?.(entry.key);
        repo.remove(entry.key);
      } else if (reply.error && WAIT.has(reply.error.code)) {
        return;
      } else {
        // Never dropped: kept, marked, and put to the person at this desk (issue 22).
        repo.refuse(entry.key, reply.error ?? { code: 'internal' });
      }
    }
  };

  let lastSend: SendToHost | null = null;
  const timer = setInterval(() => {
    if (lastSend && repo.next()) void drain(lastSend);
  }, options.retryMs ?? 15_000);
  timer.unref();

  /** A check-in the host did not answer: kept here if it would be a valid check-in. */
  const keep = (input: unknown, session: string | null): HostReply => {
    if (!known(session)) return fail(502, { code: 'desks.unreachable' });
    const parsed = checkInInput.safeParse(input);
    if (!parsed.success)
      return fail(400, { code: 'api.invalid_input', issues: issuesOf(parsed.error) });
    const issues = checkCheckIn(parsed.data, now());
    if (issues.length) return fail(400, { code: 'api.invalid_input', issues });
    // What is kept is what the renderer sent (with its key), so a resend has the same body.
    repo.add(input as OutboxRow['input'], session, now().toISOString());
    const entry = repo.get((input as OutboxRow['input']).idempotencyKey)!;
    return json(200, { ok: true, value: { groupId: '', stays: [], queued: view(entry) } });
  };

  const local = (method: keyof typeof outboxMethods, raw: unknown, send: SendToHost) => {
    const parsed = outboxMethods[method].input.safeParse(raw ?? {});
    if (!parsed.success)
      return fail(400, { code: 'api.invalid_input', issues: issuesOf(parsed.error) });
    if (method === 'outbox.list') {
      // A tab showing kept check-ins asks every few seconds: each ask is also a try to send.
      if (repo.next()) void drain(send);
      return json(200, { ok: true, value: views() });
    }
    const { key } = parsed.data as { key: string };
    const entry = repo.get(key);
    if (!entry) return fail(404, { code: 'not_found' });
    if (method === 'outbox.discard') repo.remove(key);
    else if (entry.state !== 'refused') return fail(409, { code: 'conflict' });
    else if (method === 'outbox.retry') repo.requeue(key, entry.input, entry.session);
    else {
      const answer = parsed.data as unknown as {
        guest: number;
        identity: string;
        guestId: number | null;
      };
      const guests = entry.input.guests as Array<Record<string, unknown>>;
      const g = guests[answer.guest];
      if (!g)
        return fail(400, {
          code: 'api.invalid_input',
          issues: [{ field: 'guest', code: 'invalid_value' }],
        });
      g.identity = answer.identity;
      if (answer.guestId !== null) g.guestId = answer.guestId;
      // Another body: another key (the host refuses an old key with a new body).
      repo.requeue(key, { ...entry.input, idempotencyKey: crypto.randomUUID() }, entry.session);
    }
    void drain(send);
    return json(200, { ok: true, value: views() });
  };

  const call = async (text: string, session: string | null, send: SendToHost) => {
    lastSend = send;
    let msg: { method?: unknown; input?: unknown };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return send(text, session);
    }
    const method = typeof msg?.method === 'string' ? msg.method : '';
    if (Object.hasOwn(outboxMethods, method)) {
      // Only a session the host accepted reads or changes what is kept; to anyone else the
      // list is empty (a signed-out tab must not be told to sign in by a desk-local call).
      if (!known(session))
        return method === 'outbox.list'
          ? json(200, { ok: true, value: [] })
          : fail(401, { code: 'auth.required' });
      return local(method as keyof typeof outboxMethods, msg.input, send);
    }
    if (method !== 'stays.checkIn' || typeof msg.input !== 'object' || msg.input === null) {
      const r = await send(text, session);
      noteSession(method, session, r, send);
      return r;
    }
    const input = { idempotencyKey: crypto.randomUUID(), ...(msg.input as object) };
    // Queued check-ins go first, in order; a new one waits behind any the host has not taken.
    // While the host is known to be away, the person is not kept waiting for another try.
    if (away && repo.next()) {
      void drain(send);
      return keep(input, session);
    }
    await drain(send);
    if (repo.next()) return keep(input, session);
    try {
      const r = await send(JSON.stringify({ method, input }), session, CHECK_IN_TIMEOUT_MS);
      away = false;
      noteSession(method, session, r, send);
      return r;
    } catch (err) {
      if (err instanceof AppFailure && err.error.code === 'desks.unreachable') {
        away = true;
        return keep(input, session);
      }
      throw err;
    }
  };

  /** A session the host accepted (or just gave, at sign-in) may keep a check-in here. */
  const noteSession = (method: string, session: string | null, r: HostReply, send: SendToHost) => {
    if (r.status !== 200) return;
    try {
      const reply = JSON.parse(r.body) as { ok: boolean; value?: { token?: unknown } };
      if (!reply.ok) return;
      if (method === 'auth.signIn' && typeof reply.value?.token === 'string')
        remember(reply.value.token);
      else if (session) remember(session);
    } catch {
      // Not JSON: nothing to learn.
      return;
    }
    // At start: the first session the host accepts fetches the rule inputs (a desk has no
    // session of its own; until then the cache from the last run stands).
    if (!fetchedThisRun) void refreshRules(send, sessions.at(-1) ?? null);
  };

  const refreshRules = (send: SendToHost, session: string | null): Promise<void> =>
    (fetching ??= fetchRules(send, session ?? sessions.at(-1) ?? null).finally(
      () => (fetching = null),
    ));
  const fetchRules = async (send: SendToHost, session: string | null): Promise<void> => {
    if (session === null) return;
    try {
      const r = await send(JSON.stringify({ method: 'rules.inputs', input: {} }), session);
      const reply = JSON.parse(r.body) as { ok: boolean; value?: RulesCache['inputs'] };
      if (!reply.ok || !reply.value) return;
      rules = saveRulesCache(options.dir, reply.value, now().toISOString());
      calendar = null;
      fetchedThisRun = true;
    } catch {
      // Away again, or an answer that is not JSON: the cache kept stands.
    }
  };

  return {
    call,
    hostBack: (send) => {
      lastSend ??= send;
      void drain(send);
    },
    noteReply: (body, session, reply, send) => {
      try {
        const method = (JSON.parse(body) as { method?: unknown }).method;
        if (typeof method === 'string') noteSession(method, session, reply, send);
      } catch {
        // Not JSON: nothing to learn.
      }
    },
    drain,
    refreshRules,
    close: () => {
      clearInterval(timer);
      repo.close();
    },
  };
}
