import crypto from 'node:crypto';
import http from 'node:http';
import type { Core } from '../core/core';
import type { DeskRef } from '../core/context';
import { listenTracked } from './listen';
import { refuseMalformed } from './malformed';
import { jsonScanner, parseCallBody, requestPathname } from './request';
import { serveStatic } from './static';
import { handleFilesRoute } from './files-route';

export interface WebServerOptions {
  core: Core;
  /** The built renderer (`dist/renderer`). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret; generated when absent. */
  secret?: string;
  /** Unexpected errors in the bridge itself (the caller logs them locally). */
  onInternalError?: (where: string, err: unknown) => void;
  /** How long a client may take; tests shorten them. */
  timeouts?: Partial<WebTimeouts>;
  /** The free bytes of a folder's disk (statfs); tests stand in for a nearly full disk. */
  diskFree?: (dir: string) => Promise<number>;
  /** More `METHOD /api/path` routes behind the same secret (a new PC joining a host: issue 22). */
  extraRoutes?: Record<string, Route>;
}

export interface WebTimeouts {
  /** From connecting to the end of the request headers. */
  headersMs: number;
  /** From connecting to the end of the request body. */
  requestMs: number;
  /** An idle kept-alive connection between requests. */
  keepAliveMs: number;
}

export interface WebServer {
  url: string;
  port: number;
  secret: string;
  close: () => Promise<void>;
}

// The renderer's calls are small and local: a client slower than this is stuck or hostile.
const DEFAULT_TIMEOUTS: WebTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };
const SECRET_HEADER = 'x-tirkeu-secret';
/** The tab's own sign-in (issue 11): the launch secret opens the bridge, the session says who. */
export const SESSION_HEADER = 'x-tirkeu-session';
const AUTH_REQUIRED = { ok: false, error: { code: 'auth.required' } };
// A call's input is a form's worth of fields, each capped by its schema (a group's check-in is
// tens of KB); files travel through /api/files. Each byte is also scanned (request.ts).
const MAX_BODY = 1024 * 1024;
const INVALID = { ok: false, error: { code: 'api.invalid_input' } };
const TOO_COMPLEX = { ok: false, error: { code: 'api.too_complex' } };
const INTERNAL = { ok: false, error: { code: 'internal' } };

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * The loopback bridge: the built renderer and the same dispatcher as the desktop app, on
 * 127.0.0.1 only. Every API call carries the per-launch secret, and the Host header must be
 * our own, so neither another web page (DNS rebinding, CSRF) nor another local user who does
 * not hold the printed URL can read guest data. Who is acting is a second, per-tab matter: each
 * call carries the tab's session token (`x-tirkeu-session`), resolved by the core, so a tab
 * nobody signed in on reads nothing even though it holds the secret. No request, whatever its
 * bytes, may end the process: every route runs inside one boundary that turns a throw into a 500.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = options.secret ?? crypto.randomBytes(24).toString('base64url');
  const secretBuf = Buffer.from(secret);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const onInternalError = options.onInternalError ?? (() => {});
  let port = 0;

  const authorized = (req: http.IncomingMessage): boolean => {
    const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ''));
    return given.length === secretBuf.length && crypto.timingSafeEqual(given, secretBuf);
  };
  const ownHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

  const api: Record<string, Route> = {
    'POST /api/call': (req, res) => handleCall(options.core, req, res, onInternalError),
    'GET /api/events': (req, res) => handleEvents(options.core, req, res),
    ...options.extraRoutes,
  };

  const route: Route = (req, res) => {
    options.core.touch();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!ownHosts().includes(req.headers.host ?? ''))
      return sendJson(res, 403, { ok: false, error: { code: 'api.forbidden_sender' } });
    const pathname = requestPathname(req.url, ownHosts());
    if (pathname === null) return sendJson(res, 400, INVALID);
    if (pathname.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store');
      if (!authorized(req))
        return sendJson(res, 401, { ok: false, error: { code: 'api.unauthorized' } });
      const handler = api[`${req.method} ${pathname}`];
      if (handler) return handler(req, res);
      // Files carry personal data (proof PDFs, registers): a signed-in tab only.
      const staff = options.core.contextFor(sessionOf(req)).staff;
      if (pathname.startsWith('/api/files') && !staff) return sendJson(res, 401, AUTH_REQUIRED);
      if (staff && handleFilesRoute(options.core, req, res, pathname, staff, options.diskFree))
        return;
      return sendJson(res, 404, { ok: false, error: { code: 'api.unknown_method' } });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, {});
    serveStatic(options.staticDir, pathname, res);
  };

  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node enforces the two timeouts above only when it sweeps its connections.
      connectionsCheckingInterval: Math.max(10, Math.min(timeouts.headersMs, 30_000) / 4),
    },
    (req, res) => {
      try {
        route(req, res);
      } catch (err) {
        onInternalError(`${req.method} ${req.url}`, err);
        sendJson(res, 500, INTERNAL);
      }
    },
  );
  server.keepAliveTimeout = timeouts.keepAliveMs;
  refuseMalformed(server);
  const listening = await listenTracked(server, options.port ?? 0, '127.0.0.1');
  port = listening.port;
  return { port, secret, url: `http://127.0.0.1:${port}/#k=${secret}`, close: listening.close };
}

/** POST /api/call; `desk`: the paired desk the LAN listener vouched for (issue 22). */
export function handleCall(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  onInternalError: (where: string, err: unknown) => void,
  desk: DeskRef | null = null,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const scan = jsonScanner();
  req.on('data', (c: Buffer) => {
    if (res.headersSent) return;
    size += c.length;
    if (size <= MAX_BODY && scan.feed(c)) return void chunks.push(c);
    // Answer, then drop the connection rather than read the rest of an oversized body.
    res.setHeader('Connection', 'close');
    sendJson(res, 413, size <= MAX_BODY ? TOO_COMPLEX : INVALID);
    res.once('finish', () => req.destroy());
  });
  req.on('end', () => {
    if (res.headersSent) return;
    const body = parseCallBody(Buffer.concat(chunks));
    if (!body) return sendJson(res, 400, INVALID);
    const failed = (err: unknown) => {
      onInternalError(body.method, err);
      sendJson(res, 500, INTERNAL);
    };
    try {
      core
        .dispatch(body.method, body.input, core.contextFor(sessionOf(req), desk))
        .then((result) => sendJson(res, 200, result))
        .catch(failed);
    } catch (err) {
      failed(err);
    }
  });
}

const sessionOf = (req: http.IncomingMessage): string | null => {
  const v = req.headers[SESSION_HEADER];
  return typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : null;
};

/** GET /api/events; `desk` as for `handleCall`. */
export function handleEvents(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  desk: DeskRef | null = null,
): void {
  // The renderer reads the stream with fetch, so the session travels as a header here too.
  if (core.contextFor(sessionOf(req), desk).staff === null)
    return sendJson(res, 401, AUTH_REQUIRED);
  const session = sessionOf(req);
  // Each event asks whether the tab's session still lives (issue 19): once it has ended (signed
  // out, idle, deactivated, a changed PIN), the stream ends too, before anything more is sent.
  const unsubscribe = core.subscribe((event, payload) => {
    if (!core.sessionAlive(session, desk)) {
      unsubscribe();
      res.end();
      return;
    }
    res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  req.on('close', unsubscribe);
  res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
  res.write(': connected\n\n');
}

/** Serialises before the status line goes out, so a body that cannot be written is a clean 500. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch {
    status = 500;
    text = JSON.stringify(INTERNAL);
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(text);
}
