import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { AppFailure } from '../../../shared/contract';

/** Fingerprints compare without colons or case: "ab:cd" and "ABCD" name the same certificate. */
export const sameFingerprint = (a: string, b: string): boolean =>
  a.replace(/[^0-9a-f]/gi, '').toUpperCase() === b.replace(/[^0-9a-f]/gi, '').toUpperCase() &&
  a.replace(/[^0-9a-f]/gi, '').length === 64;

export interface PinnedRequest {
  /** `https://ADDRESS:PORT` of the host. */
  url: string;
  /** The host certificate's SHA-256 fingerprint, as compared by eye at pairing. */
  fingerprint: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The local address to call from (tests: 127.0.0.2 as "another desk"). */
  localAddress?: string;
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
 * different certificate closes it with `desks.wrong_fingerprint`.
 */
export function pinnedRequest(req: PinnedRequest): Promise<PinnedResponse> {
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
    const timer = setTimeout(
      () => socket.destroy(new AppFailure('desks.unreachable')),
      req.timeoutMs ?? 10_000,
    );
    const fail = (err: unknown) => {
      clearTimeout(timer);
      reject(err instanceof AppFailure ? err : new AppFailure('desks.unreachable'));
    };
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      const seen = socket.getPeerCertificate().fingerprint256 ?? '';
      if (!sameFingerprint(seen, req.fingerprint)) {
        socket.destroy();
        return fail(new AppFailure('desks.wrong_fingerprint'));
      }
      socket.off('error', fail);
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
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => {
            clearTimeout(timer);
            resolve({ status: res.statusCode ?? 0, body });
          });
          res.on('error', fail);
        },
      );
      outgoing.on('error', fail);
      outgoing.end(req.body);
    });
  });
}
