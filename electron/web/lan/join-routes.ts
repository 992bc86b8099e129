import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
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

const fail = (code: string) => ({ ok: false as const, error: { code } });

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

/** A join step's answer: the HTTP status web mode sends, the Result, and the pairing once made. */
export interface JoinReply {
  status: number;
  body: { ok: true; value: unknown } | { ok: false; error: { code: string } };
  pairing?: DeskPairing;
}

/**
 * The first start's two join steps, for web mode's routes below and the desktop app's IPC
 * (electron/main/ipc.ts) alike: `probe` shows the host's fingerprint, `pair` proves the code to the
 * host pinned by the fingerprint the person confirmed and keeps the pairing in `dataDir`. Only
 * while this PC's own database still needs its first start (no owner PIN): a working hotel is
 * never turned into a desk by whoever reaches it. `input` is untrusted JSON.
 */
export function joinActions(options: { core: Core; dataDir: string; localAddress?: string }): {
  probe: (input: unknown) => Promise<JoinReply>;
  pair: (input: unknown) => Promise<JoinReply>;
} {
  const { core } = options;
  const fresh = async () => {
    const r = await core.call('setup.get', {});
    return r.ok && (r.value as SetupState).secretNeeded && (r.value as SetupState).needed;
  };
  const step =
    <T>(schema: z.ZodType<T>, then: (v: T) => Promise<JoinReply>) =>
    async (input: unknown): Promise<JoinReply> => {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { status: 400, body: fail('desks.join_invalid') };
      if (!(await fresh())) return { status: 403, body: fail('setup.done') };
      try {
        return await then(parsed.data);
      } catch (err) {
        return {
          status: 502,
          body: fail(err instanceof AppFailure ? err.error.code : 'desks.unreachable'),
        };
      }
    };
  return {
    probe: step(ProbeBody, async ({ url }) => {
      const fingerprint = await fetchFingerprint(url, options.localAddress);
      return { status: 200, body: { ok: true as const, value: { fingerprint } } };
    }),
    pair: step(PairBody, async ({ url, fingerprint, code }) => {
      const pairing = await joinHost({
        url,
        fingerprint,
        code,
        localAddress: options.localAddress,
      });
      savePairing(options.dataDir, pairing);
      return {
        status: 200,
        body: { ok: true as const, value: { desk: pairing.desk.name } },
        pairing,
      };
    }),
  };
}

/**
 * The empty hotel a first start made, gone once this PC joined a host: its database (with its
 * journal and markers) and its chain key, beside `dbFile`.
 */
export function forgetFirstStartHotel(dbFile: string): void {
  for (const f of ['', '-wal', '-shm', '.clean', '.head'])
    fs.rmSync(`${dbFile}${f}`, { force: true });
  fs.rmSync(path.join(path.dirname(dbFile), 'tirkeu-chain.key'), { force: true });
}

/**
 * A new PC's first start in web mode (issue 22) may join the hotel's host instead of starting a
 * hotel: `POST /api/join/probe` shows the host's fingerprint, `POST /api/join/pair` proves the
 * code and keeps the pairing (joinActions), and hands over to `onJoined`, which turns this process
 * into the desk.
 */
export function joinRoutes(options: {
  core: Core;
  dataDir: string;
  onJoined: (pairing: DeskPairing) => void;
  localAddress?: string;
}): Record<string, Route> {
  const actions = joinActions(options);
  const route =
    (action: (input: unknown) => Promise<JoinReply>): Route =>
    (req, res) =>
      readCappedBody(req, res, 4096, sendJson, (bytes) => {
        let input: unknown;
        try {
          input = JSON.parse(bytes.toString('utf8'));
        } catch {
          return sendJson(res, 400, fail('desks.join_invalid'));
        }
        void action(input).then((reply) => {
          const { pairing } = reply;
          if (pairing) res.once('finish', () => options.onJoined(pairing));
          sendJson(res, reply.status, reply.body);
        });
      });
  return {
    'POST /api/join/probe': route(actions.probe),
    'POST /api/join/pair': route(actions.pair),
  };
}
