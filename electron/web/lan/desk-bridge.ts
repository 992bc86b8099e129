import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../../shared/contract';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../core/db/file-mode';
import { listenTracked, readCappedBody } from '../listen';
import { refuseMalformed } from '../malformed';
import { requestPathname } from '../request';
import { SESSION_HEADER, sendJson } from '../server';
import { serveStatic } from '../static';
import { passFile } from './desk-files';
import { callThroughLink, createDeskLink, methodOf, relayEvents } from './desk-link';
import { DEVICE_HEADER } from './lan-server';
import { createOutbox, type OutboxOptions, type SendToHost } from './outbox';
import { pinnedRequest, pinnedStream } from './pinned-client';

/** What a desk keeps of its pairing (issue 22): where the host is, its pin, its device token. */
export interface DeskPairing {
  url: string;
  fingerprint: string;
  token: string;
  desk: { id: number; name: string };
}

const Pairing = z.object({
  url: z.string().startsWith('https://'),
  fingerprint: z.string(),
  token: z.string().min(20).max(100),
  desk: z.object({ id: z.number().int(), name: z.string() }),
});
const PAIRING_FILE = 'desk.json';

/** The pairing kept in `dir`, or null when this desk has not joined a host yet. */
export function loadPairing(dir: string): DeskPairing | null {
  const file = path.join(dir, PAIRING_FILE);
  if (!fs.existsSync(file)) return null;
  const parsed = Pairing.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : null;
}

/** Kept owner-only: the device token is what lets this desk reach the host. */
export function savePairing(dir: string, pairing: DeskPairing): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const tmp = path.join(dir, `.${PAIRING_FILE}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(pairing), { mode: PRIVATE_FILE_MODE, flag: 'w' });
  fs.renameSync(tmp, path.join(dir, PAIRING_FILE));
}

/**
 * Proves a one-time code to the host at `url`, whose certificate must have the fingerprint the
 * person compared by eye: nothing, the code included, is sent to any other.
 */
export async function joinHost(options: {
  url: string;
  fingerprint: string;
  code: string;
  localAddress?: string;
}): Promise<DeskPairing> {
  const r = await pinnedRequest({
    url: options.url,
    fingerprint: options.fingerprint,
    method: 'POST',
    path: '/api/pair',
    body: JSON.stringify({ code: options.code }),
    localAddress: options.localAddress,
  });
  const reply = JSON.parse(r.body) as {
    ok: boolean;
    value?: { token: string; desk: { id: number; name: string } };
    error?: { code: string };
  };
  if (!reply.ok || !reply.value)
    throw new AppFailure(r.status === 403 ? 'desks.code_invalid' : 'desks.unreachable');
  return { url: options.url, fingerprint: options.fingerprint, ...reply.value };
}

export interface DeskBridge {
  url: string;
  port: number;
  secret: string;
  close: () => Promise<void>;
}

const SECRET_HEADER = 'x-tirkeu-secret';
const MAX_BODY = 1024 * 1024;
const INVALID = { ok: false, error: { code: 'api.invalid_input' } };

/** A failure that is the host's answer, not its absence: a certificate other than the pinned one. */
const failure = (err: unknown) => ({
  ok: false,
  error: { code: err instanceof AppFailure ? err.error.code : 'desks.unreachable' },
});

const refusal = (err: unknown): string | null =>
  err instanceof AppFailure && err.error.code !== 'desks.unreachable' ? err.error.code : null;

/**
 * A joined desk's local web mode: the built renderer on 127.0.0.1, as the host's own loopback
 * bridge serves it (launch secret, own Host header), its calls and event stream passed to the
 * host over the pinned connection with this desk's device token. The tab's session travels
 * through untouched: the host resolves it, as one of this desk's. Nothing is kept here.
 */
export async function startDeskBridge(options: {
  pairing: DeskPairing;
  staticDir: string;
  port?: number;
  /** The address the host is called from (tests: 127.0.0.2). */
  localAddress?: string;
  /** The desk's data folder: check-ins made while the host is away are kept there (outbox.ts). */
  outbox?: OutboxOptions;
  /** How often a desk that lost its host asks whether it is back. */
  probeEveryMs?: number;
  /** The launch secret, kept when a first start turns into this desk in the same tab. */
  secret?: string;
}): Promise<DeskBridge> {
  const { pairing } = options;
  const secret = options.secret ?? crypto.randomBytes(24).toString('base64url');
  const secretBuf = Buffer.from(secret);
  let port = 0;
  const ownHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const authorized = (req: http.IncomingMessage) => {
    const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ''));
    return given.length === secretBuf.length && crypto.timingSafeEqual(given, secretBuf);
  };
  const toHost = (req: http.IncomingMessage): Record<string, string> => {
    const session = req.headers[SESSION_HEADER];
    return {
      [DEVICE_HEADER]: pairing.token,
      ...(typeof session === 'string' && session.length <= 200
        ? { [SESSION_HEADER]: session }
        : {}),
    };
  };

  // Whether the host answers, and when it last did: the banner's facts (desk-link.ts).
  const link = createDeskLink({
    name: pairing.desk.name,
    hostUrl: pairing.url,
    probeEveryMs: options.probeEveryMs,
    probe: () =>
      pinnedRequest({
        url: pairing.url,
        fingerprint: pairing.fingerprint,
        method: 'POST',
        path: '/api/call',
        headers: { [DEVICE_HEADER]: pairing.token },
        body: JSON.stringify({ method: 'app.info', input: {} }),
        localAddress: options.localAddress,
        timeoutMs: 3_000,
      }),
  });

  // Check-ins made while the host is away are kept on this desk and sent when it is back
  // (outbox.ts); everything else waits for the host (callThroughLink).
  const outbox = options.outbox ? createOutbox(options.outbox) : null;
  /** A call to the host for the outbox: refused at once while the link says the host is away. */
  const sendAs =
    (req: http.IncomingMessage | null): SendToHost =>
    async (body, session, timeoutMs = 60_000) => {
      if (!link.state().reachable) throw new AppFailure('desks.unreachable');
      try {
        const r = await pinnedRequest({
          url: pairing.url,
          fingerprint: pairing.fingerprint,
          method: 'POST',
          path: '/api/call',
          headers: {
            ...(req ? toHost(req) : { [DEVICE_HEADER]: pairing.token }),
            ...(session ? { [SESSION_HEADER]: session } : {}),
          },
          body,
          localAddress: options.localAddress,
          timeoutMs,
        });
        link.contact();
        return r;
      } catch (err) {
        if (refusal(err) === null) link.lost();
        throw err;
      }
    };
  // A desk that starts with check-ins kept from before (the host was away, or the desk died
  // mid-send) sends them at once, and again each time the host answers after an absence.
  outbox?.hostBack(sendAs(null));
  link.onChange((state) => {
    if (state.reachable) outbox?.hostBack(sendAs(null));
  });

  const call = (req: http.IncomingMessage, res: http.ServerResponse) => {
    readCappedBody(req, res, MAX_BODY, sendJson, (bytes) => {
      const body = bytes.toString('utf8');
      const session = req.headers[SESSION_HEADER];
      const tab = typeof session === 'string' && session.length <= 200 ? session : null;
      const method = methodOf(body);
      const reply =
        outbox && (method === 'stays.checkIn' || method?.startsWith('outbox.'))
          ? outbox.call(body, tab, sendAs(req)).catch((err: unknown) => ({
              status: 502,
              body: JSON.stringify(failure(err)),
            }))
          : callThroughLink(
              link,
              body,
              () =>
                pinnedRequest({
                  url: pairing.url,
                  fingerprint: pairing.fingerprint,
                  method: 'POST',
                  path: '/api/call',
                  headers: toHost(req),
                  body,
                  localAddress: options.localAddress,
                  timeoutMs: 60_000,
                }),
              refusal,
            ).then((r) => {
              outbox?.noteReply(body, tab, r, sendAs(req));
              return r;
            });
      void reply.then((r) => {
        if (res.headersSent) return;
        res.writeHead(r.status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(r.body);
      });
    });
  };

  const tabSession = (req: http.IncomingMessage): string | null => {
    const session = req.headers[SESSION_HEADER];
    return typeof session === 'string' && session.length <= 200 ? session : null;
  };

  const events = (req: http.IncomingMessage, res: http.ServerResponse) =>
    relayEvents({
      link,
      req,
      res,
      refuse: (err) => refusal(err) !== null,
      open: () =>
        pinnedStream({
          url: pairing.url,
          fingerprint: pairing.fingerprint,
          method: 'GET',
          path: '/api/events',
          headers: toHost(req),
          localAddress: options.localAddress,
        }).then((upstream) => {
          // The host answers again: the rule inputs the kept check-ins' deadlines need are
          // fetched anew (they may have changed meanwhile), and again when its events say so.
          if (upstream.statusCode === 200 && outbox) {
            const refresh = () => void outbox.refreshRules(sendAs(req), tabSession(req));
            refresh();
            upstream.on('data', rulesWatch(refresh));
          }
          return upstream;
        }),
    });

  const server = http.createServer((req, res) => {
    try {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      if (!ownHosts().includes(req.headers.host ?? ''))
        return sendJson(res, 403, { ok: false, error: { code: 'api.forbidden_sender' } });
      const pathname = requestPathname(req.url, ownHosts());
      if (pathname === null) return sendJson(res, 400, INVALID);
      if (pathname.startsWith('/api/')) {
        res.setHeader('Cache-Control', 'no-store');
        if (!authorized(req))
          return sendJson(res, 401, { ok: false, error: { code: 'api.unauthorized' } });
        if (req.method === 'POST' && pathname === '/api/call') return call(req, res);
        if (req.method === 'GET' && pathname === '/api/events') return events(req, res);
        // Files (proofs, scans, produced files) cross to the host too (desk-files.ts).
        const send: Parameters<typeof passFile>[0]['send'] = (r) =>
          pinnedStream({
            ...r,
            url: pairing.url,
            fingerprint: pairing.fingerprint,
            headers: { ...r.headers, ...toHost(req) },
            localAddress: options.localAddress,
            timeoutMs: 60_000,
          });
        if (passFile({ link, req, res, pathname, send })) return;
        return sendJson(res, 404, { ok: false, error: { code: 'api.unknown_method' } });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, {});
      serveStatic(options.staticDir, pathname, res);
    } catch {
      sendJson(res, 500, { ok: false, error: { code: 'internal' } });
    }
  });
  refuseMalformed(server);
  const listening = await listenTracked(server, options.port ?? 0, '127.0.0.1');
  port = listening.port;
  return {
    port,
    secret,
    url: `http://127.0.0.1:${port}/#k=${secret}`,
    close: () => {
      link.close();
      return listening.close().finally(() => outbox?.close());
    },
  };
}

/**
 * Reads the host's event stream as it passes to the tab and calls `changed` when an event says
 * the calendar or the rule settings changed (`data.changed` with the `calendar` or `rules` root,
 * which a restore sends too).
 */
export function rulesWatch(changed: () => void): (chunk: Buffer | string) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString();
    const events = pending.split('\n\n');
    pending = events.pop() ?? '';
    if (pending.length > 1024 * 1024) pending = '';
    for (const e of events) {
      const line = e.split('\n').find((l) => l.startsWith('data: '));
      if (!line) continue;
      try {
        const { event, payload } = JSON.parse(line.slice(6)) as {
          event?: string;
          payload?: { roots?: unknown };
        };
        const roots = Array.isArray(payload?.roots) ? payload.roots : [];
        if (event === 'data.changed' && (roots.includes('calendar') || roots.includes('rules')))
          changed();
      } catch {
        // Not an event this desk reads.
      }
    }
  };
}
