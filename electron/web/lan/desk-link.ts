import type http from 'node:http';
import type { DeskLink } from '../../../shared/contract';

/**
 * A joined desk's link to its host (issue 22): whether the host answers, and when it last did.
 * Any call or event stream that fails for want of the host marks it unreachable at once; from
 * then on a small public call (`app.info`) asks every `probeEveryMs` until the host answers,
 * which marks it back. Listeners (each tab's event stream) are told of every change.
 */
export interface DeskLinkTracker {
  state: () => DeskLink;
  /** The host answered (a call, a probe, a stream opened). */
  contact: () => void;
  /** A call or the stream failed with a network error or a timeout. */
  lost: () => void;
  onChange: (listener: (link: DeskLink) => void) => () => void;
  close: () => void;
}

export function createDeskLink(options: {
  name: string;
  hostUrl: string;
  /** Resolves when the host answers, rejects when it does not (a network error, a timeout). */
  probe: () => Promise<unknown>;
  now?: () => Date;
  probeEveryMs?: number;
}): DeskLinkTracker {
  const now = options.now ?? (() => new Date());
  let reachable = true;
  let lastContactAt: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let probing = false;
  let closed = false;
  const listeners = new Set<(link: DeskLink) => void>();
  const state = (): DeskLink => ({
    name: options.name,
    hostUrl: options.hostUrl,
    reachable,
    lastContactAt,
  });
  const tell = () => {
    const s = state();
    for (const l of listeners) l(s);
  };
  const stopProbing = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  const link: DeskLinkTracker = {
    state,
    contact() {
      lastContactAt = now().toISOString();
      if (reachable) return;
      reachable = true;
      stopProbing();
      tell();
    },
    lost() {
      if (!reachable || closed) return;
      reachable = false;
      tell();
      timer = setInterval(() => {
        if (probing) return;
        probing = true;
        options.probe().then(
          () => {
            probing = false;
            if (!closed) link.contact();
          },
          () => (probing = false),
        );
      }, options.probeEveryMs ?? 1_000);
      timer.unref();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      stopProbing();
      listeners.clear();
    },
  };
  return link;
}

/** One event as the renderer's stream reads it (`data: {event, payload}`). */
const eventLine = (event: string, payload: unknown) =>
  `data: ${JSON.stringify({ event, payload })}\n\n`;

/**
 * A tab's event stream on a desk, kept open by the desk itself across the host's absences: the
 * host's events pass through while it answers; when its stream breaks, the tab is told
 * `desk.link` (unreachable) at once and the stream stays open; when the host answers again,
 * the tab is told (reachable), and the host's stream is opened anew. A refusal from the host
 * (the session ended, the desk revoked) is passed on as it came and ends the tab's stream.
 */
export function relayEvents(options: {
  link: DeskLinkTracker;
  req: http.IncomingMessage;
  res: http.ServerResponse;
  open: () => Promise<http.IncomingMessage>;
  /** A failure that is not the host's absence (a wrong fingerprint): answered, not retried. */
  refuse: (err: unknown) => boolean;
}): void {
  const { link, req, res } = options;
  let tabGone = false;
  let upstream: http.IncomingMessage | null = null;
  let started = false;
  let connecting = false;
  const start = () => {
    if (started) return;
    started = true;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': desk\n\n');
  };
  const connect = () => {
    if (tabGone || connecting || upstream) return;
    connecting = true;
    options.open().then(
      (up) => {
        connecting = false;
        if (tabGone) return void up.destroy();
        link.contact();
        if (up.statusCode !== 200) {
          // Refused by the host: as before the desk's own stream, the tab is told and it ends.
          if (!started) {
            res.writeHead(up.statusCode ?? 502, {
              'Content-Type': up.headers['content-type'] ?? 'application/json',
            });
            tabGone = true;
            off();
            up.pipe(res);
          } else {
            up.resume();
            finish();
          }
          return;
        }
        start();
        upstream = up;
        up.on('data', (chunk: Buffer) => res.write(chunk));
        // Ended by the host (the session ended): the tab's stream ends too, as on the host.
        up.on('end', () => {
          upstream = null;
          finish();
        });
        // Cut off without an end (the host stopped, the cable was pulled): the host is away.
        up.on('close', () => {
          if (upstream !== up) return;
          upstream = null;
          if (!tabGone) link.lost();
        });
        up.on('error', () => undefined);
      },
      (err: unknown) => {
        connecting = false;
        if (tabGone) return;
        if (options.refuse(err)) {
          if (!started) {
            res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' });
            const code = (err as { error?: { code?: string } }).error?.code ?? 'desks.unreachable';
            res.end(JSON.stringify({ ok: false, error: { code } }));
          } else finish();
          return;
        }
        start();
        // Told once: by the change if this is the first to notice, else here.
        if (link.state().reachable) link.lost();
        else res.write(eventLine('desk.link', link.state()));
      },
    );
  };
  const finish = () => {
    tabGone = true;
    off();
    res.end();
  };
  const off = link.onChange((state) => {
    if (tabGone) return;
    start();
    res.write(eventLine('desk.link', state));
    if (state.reachable && upstream === null) connect();
  });
  req.on('close', () => {
    tabGone = true;
    off();
    upstream?.destroy();
  });
  if (link.state().reachable) connect();
  else {
    start();
    res.write(eventLine('desk.link', link.state()));
  }
}

/** What a desk answers its tab for one call. */
export interface LinkedReply {
  status: number;
  body: string;
}

const hostUnreachable: LinkedReply = {
  status: 503,
  body: JSON.stringify({ ok: false, error: { code: 'desks.host_unreachable' } }),
};

/**
 * One call from a tab, through the link: while the host is away it is refused at once with
 * `desks.host_unreachable` (the screen says it waits for the host; nothing is kept to send
 * later), a call that fails for want of the host marks it away, and `app.info` gains the
 * desk's `desk` field, answered by the desk itself while the host is away.
 */
export async function callThroughLink(
  link: DeskLinkTracker,
  body: string,
  send: () => Promise<LinkedReply>,
  /** A failure that is the host's answer, not its absence (a wrong fingerprint). */
  failureCode: (err: unknown) => string | null,
): Promise<LinkedReply> {
  const method = methodOf(body);
  if (!link.state().reachable) {
    if (method === 'app.info')
      return {
        status: 200,
        body: JSON.stringify({ ok: true, value: { version: '', desk: link.state() } }),
      };
    return hostUnreachable;
  }
  let reply: LinkedReply;
  try {
    reply = await send();
  } catch (err) {
    const code = failureCode(err);
    if (code) return { status: 502, body: JSON.stringify({ ok: false, error: { code } }) };
    link.lost();
    if (method === 'app.info') return callThroughLink(link, body, send, failureCode);
    return hostUnreachable;
  }
  link.contact();
  if (method !== 'app.info') return reply;
  try {
    const parsed = JSON.parse(reply.body) as { ok: boolean; value?: Record<string, unknown> };
    if (parsed.ok && parsed.value) parsed.value.desk = link.state();
    return { status: reply.status, body: JSON.stringify(parsed) };
  } catch {
    return reply;
  }
}

export function methodOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { method?: unknown };
    return typeof parsed.method === 'string' ? parsed.method : null;
  } catch {
    return null;
  }
}
