import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { AppFailure } from '../../../shared/contract';

/** Fingerprints compare without colons or case: "ab:cd" and "ABCD" name the same certificate. */
export const sameFingerprint = (a: string, b: string): boolean => {
  const bare = (s: string) => s.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return bare(a).length === 64 && bare(a) === bare(b);
};

export interface PinnedRequest {
  /** `https://ADDRESS:PORT` of the host. */
  url: string;
  /** The host certificate's SHA-256 fingerprint, as compared by eye at pairing. */
  fingerprint: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The local address to call from (tests: 127.0.0.2 as "another desk"). */
  localAddress?: string;
  /** Until the response's headers arrive. */
  timeoutMs?: number;
}

export interface PinnedResponse {
  status: number;
  body: string;
}

/**
 * One HTTPS request to the host over a TLS connection whose certificate is pinned by its
 * SHA-256 fingerprint: the host's certificate is self-signed, so no authority vouches for it,
 * and the fingerprint compared at pairing is what does. The connection is checked once the
 * handshake ends and before a byte of the request (a device token, a PIN) is written; a
 * different certificate closes it with `desks.wrong_fingerprint`. Resolves with the response
 * as it starts (the event stream never ends); `pinnedRequest` reads it whole.
 */
export function pinnedStream(req: PinnedRequest): Promise<http.IncomingMessage> {
  const url = new URL(req.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const tcp = net.connect({ host, port: Number(url.port), localAddress: req.localAddress });
    tcp.once('error', () => undefined);
    const socket = tls.connect({
      socket: tcp,
      // Chain and name are checked by the pin below instead: the host's certificate is its own.
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
    });
    let settled = false;
    const timer = setTimeout(
      () => socket.destroy(new AppFailure('desks.unreachable')),
      req.timeoutMs ?? 10_000,
    );
    const fail = (err: unknown) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      reject(err instanceof AppFailure ? err : new AppFailure('desks.unreachable'));
    };
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      const seen = socket.getPeerCertificate().fingerprint256 ?? '';
      if (!sameFingerprint(seen, req.fingerprint)) {
        socket.destroy();
        return fail(new AppFailure('desks.wrong_fingerprint'));
      }
      const outgoing = http.request(
        {
          method: req.method,
          path: req.path,
          headers: {
            host: url.host,
            ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...req.headers,
          },
          createConnection: () => socket,
        },
        (res) => {
          clearTimeout(timer);
          settled = true;
          socket.off('error', fail);
          socket.on('error', () => res.destroy());
          resolve(res);
        },
      );
      outgoing.on('error', fail);
      outgoing.end(req.body);
    });
  });
}

/** `pinnedStream`, its body read whole. */
export async function pinnedRequest(req: PinnedRequest): Promise<PinnedResponse> {
  const res = await pinnedStream(req);
  return new Promise((resolve, reject) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c: string) => (body += c));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    res.on('error', () => reject(new AppFailure('desks.unreachable')));
    res.on('aborted', () => reject(new AppFailure('desks.unreachable')));
  });
}
