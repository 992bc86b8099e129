import net from 'node:net';
import tls from 'node:tls';
import { z } from 'zod';
import { AppFailure, type SetupState } from '../../../shared/contract';
import type { Core } from '../../core/core';
import { isPrivateAddress } from '../../core/desks/private-address';
import { readCappedBody } from '../listen';
import { sendJson, type Route } from '../server';
import { joinHost, savePairing, type DeskPairing } from './desk-bridge';

/** `https://ADDRESS:PORT` on a private network: the only host a new PC may join. */
const hostUrl = z.string().refine((u) => {
  const m = /^https:\/\/(?:\[([0-9a-fA-F:.]+)\]|([0-9.]+)):(\d{1,5})$/.exec(u);
  const host = m?.[1] ?? m?.[2];
  return !!host && isPrivateAddress(host) && Number(m![3]) > 0 && Number(m![3]) <= 65_535;
});
const ProbeBody = z.object({ url: hostUrl }).strict();
const PairBody = z
  .object({ url: hostUrl, fingerprint: z.string().max(200), code: z.string().regex(/^\d{6,8}$/) })
  .strict();

const fail = (code: string) => ({ ok: false, error: { code } });

/**
 * The certificate a host at `url` presents, as its SHA-256 fingerprint, for the person to compare
 * by eye with the host's Settings › Desks. Nothing but the TLS handshake is sent.
 */
export function fetchFingerprint(url: string, localAddress?: string): Promise<string> {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const tcp = net.connect({ host, port: Number(u.port), localAddress });
    tcp.once('error', () => undefined);
    const socket = tls.connect({ socket: tcp, rejectUnauthorized: false, minVersion: 'TLSv1.2' });
    const timer = setTimeout(() => socket.destroy(new Error('timeout')), 10_000);
    socket.once('error', () => {
      clearTimeout(timer);
      reject(new AppFailure('desks.unreachable'));
    });
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const seen = socket.getPeerCertificate().fingerprint256 ?? '';
      socket.destroy();
      if (seen) resolve(seen);
      else reject(new AppFailure('desks.unreachable'));
    });
  });
}

/**
 * A new PC's first start in web mode (issue 22) may join the hotel's host instead of starting a
 * hotel: `POST /api/join/probe` shows the host's fingerprint, `POST /api/join/pair` proves the
 * code to the host pinned by the fingerprint the person confirmed, keeps the pairing in
 * `dataDir`, and hands over to `onJoined`, which turns this process into the desk. Only while
 * this PC's own database still needs its first start (no owner PIN): a working hotel is never
 * turned into a desk by whoever holds its URL.
 */
export function joinRoutes(options: {
  core: Core;
  dataDir: string;
  onJoined: (pairing: DeskPairing) => void;
  localAddress?: string;
}): Record<string, Route> {
  const { core } = options;
  const fresh = async () => {
    const r = await core.call('setup.get', {});
    return r.ok && (r.value as SetupState).secretNeeded && (r.value as SetupState).needed;
  };
  const body = <T>(
    schema: z.ZodType<T>,
    req: Parameters<Route>[0],
    res: Parameters<Route>[1],
    then: (v: T) => Promise<void>,
  ) =>
    readCappedBody(req, res, 4096, sendJson, (bytes) => {
      let parsed: T;
      try {
        parsed = schema.parse(JSON.parse(bytes.toString('utf8')));
      } catch {
        return sendJson(res, 400, fail('desks.join_invalid'));
      }
      void fresh().then(async (ok) => {
        if (!ok) return sendJson(res, 403, fail('setup.done'));
        try {
          await then(parsed);
        } catch (err) {
          sendJson(
            res,
            502,
            fail(err instanceof AppFailure ? err.error.code : 'desks.unreachable'),
          );
        }
      });
    });
  return {
    'POST /api/join/probe': (req, res) =>
      body(ProbeBody, req, res, async ({ url }) => {
        const fingerprint = await fetchFingerprint(url, options.localAddress);
        sendJson(res, 200, { ok: true, value: { fingerprint } });
      }),
    'POST /api/join/pair': (req, res) =>
      body(PairBody, req, res, async ({ url, fingerprint, code }) => {
        const pairing = await joinHost({
          url,
          fingerprint,
          code,
          localAddress: options.localAddress,
        });
        savePairing(options.dataDir, pairing);
        res.once('finish', () => options.onJoined(pairing));
        sendJson(res, 200, { ok: true, value: { desk: pairing.desk.name } });
      }),
  };
}
