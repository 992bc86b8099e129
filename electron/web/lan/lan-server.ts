import https from 'node:https';
import type http from 'node:http';
import { z } from 'zod';
import { AppFailure } from '../../../shared/contract';
import type { Core } from '../../core/core';
import type { DeskRef } from '../../core/context';
import { isPrivateAddress } from '../../core/desks/private-address';
import { fingerprintOf, type TlsMaterial } from '../../core/desks/tls-files';
import { listenTracked, readCappedBody } from '../listen';
import { refuseMalformed } from '../malformed';
import { requestPathname } from '../request';
import { handleFilesRoute } from '../files-route';
import { SESSION_HEADER, handleCall, handleEvents, sendJson } from '../server';

/** A paired desk's device token, sent with every call over the LAN (issue 22). */
export const DEVICE_HEADER = 'x-tirkeu-device';

export interface LanServerOptions {
  core: Core;
  /** One of this PC's private addresses (127.0.0.1 in tests). */
  host: string;
  /** 0 picks a free port. */
  port?: number;
  tls: TlsMaterial;
  onInternalError?: (where: string, err: unknown) => void;
}

export interface LanServer {
  url: string;
  port: number;
  fingerprint: string;
  close: () => Promise<void>;
}

const PairBody = z.object({ code: z.string().max(20) }).strict();
const MAX_PAIR_BODY = 1024;
const INVALID = { ok: false, error: { code: 'api.invalid_input' } };
const INTERNAL = { ok: false, error: { code: 'internal' } };

const refusal = (err: unknown) =>
  err instanceof AppFailure ? { ok: false, error: err.error } : INTERNAL;

/**
 * The host's listener for the hotel's other desks: HTTPS only, private addresses only, and every
 * route but pairing behind a paired desk's device token. The order is the point: a connection
 * from outside the private ranges is dropped before TLS; a request without a live device token
 * is refused before its body is read, so a PIN (in `auth.signIn`'s body) is never looked at for
 * an unpaired or revoked desk. Plain HTTP on this port fails the TLS handshake and gets no answer.
 * It serves the dispatcher and the event stream, not the renderer: a desk runs its own.
 */
export async function startLanServer(options: LanServerOptions): Promise<LanServer> {
  const { core } = options;
  const onInternalError = options.onInternalError ?? (() => {});
  const fingerprint = fingerprintOf(options.tls.cert);

  const peer = (req: http.IncomingMessage) => req.socket.remoteAddress ?? '';

  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    // Checked again per request: the socket's peer cannot change, but the rule is cheap.
    if (!isPrivateAddress(peer(req))) return void req.socket.destroy();
    const pathname = requestPathname(req.url, []);
    if (pathname === null) return sendJson(res, 400, INVALID);
    if (req.method === 'POST' && pathname === '/api/pair') return handlePair(req, res);
    let desk: DeskRef;
    try {
      const token = req.headers[DEVICE_HEADER];
      desk = core.desks.authenticate(typeof token === 'string' ? token : null, peer(req));
    } catch (err) {
      if (!(err instanceof AppFailure)) onInternalError('lan.authenticate', err);
      return sendJson(res, err instanceof AppFailure ? 401 : 500, refusal(err));
    }
    core.touch();
    if (req.method === 'POST' && pathname === '/api/call')
      return handleCall(core, req, res, onInternalError, desk);
    if (req.method === 'GET' && pathname === '/api/events')
      return handleEvents(core, req, res, desk);
    // Files for a signed-in person at the desk (a proof, a scan); a backup is restored here only.
    if (pathname.startsWith('/api/files')) {
      const session = req.headers[SESSION_HEADER];
      const staff = core.contextFor(
        typeof session === 'string' && session.length > 0 && session.length <= 200 ? session : null,
        desk,
      ).staff;
      if (!staff) return sendJson(res, 401, { ok: false, error: { code: 'auth.required' } });
      if (req.headers['x-file-kind'] !== undefined)
        return sendJson(res, 403, { ok: false, error: { code: 'auth.forbidden' } });
      if (handleFilesRoute(core, req, res, pathname, staff)) return;
    }
    return sendJson(res, 404, { ok: false, error: { code: 'api.unknown_method' } });
  };

  const handlePair = (req: http.IncomingMessage, res: http.ServerResponse) => {
    readCappedBody(req, res, MAX_PAIR_BODY, sendJson, (bytes) => {
      let body: z.infer<typeof PairBody>;
      try {
        body = PairBody.parse(JSON.parse(bytes.toString('utf8')));
      } catch {
        return sendJson(res, 400, INVALID);
      }
      try {
        sendJson(res, 200, { ok: true, value: core.desks.pair(body.code, peer(req)) });
      } catch (err) {
        if (!(err instanceof AppFailure)) onInternalError('lan.pair', err);
        sendJson(res, err instanceof AppFailure ? 403 : 500, refusal(err));
      }
    });
  };

  const server = https.createServer(
    {
      cert: options.tls.cert,
      key: options.tls.key,
      minVersion: 'TLSv1.2',
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
    },
    (req, res) => {
      try {
        route(req, res);
      } catch (err) {
        onInternalError(`lan ${req.method} ${req.url}`, err);
        sendJson(res, 500, INTERNAL);
      }
    },
  );
  refuseMalformed(server);
  // A failed handshake (plain HTTP, a client that does not trust us) is closed unanswered.
  server.on('tlsClientError', (_err, s) => s.destroy());
  // The raw TCP socket, before any TLS: a peer outside the private ranges gets nothing at all.
  const listening = await listenTracked(server, options.port ?? 0, options.host, (s) =>
    isPrivateAddress(s.remoteAddress),
  );
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port: listening.port,
    fingerprint,
    url: `https://${host}:${listening.port}`,
    close: listening.close,
  };
}
