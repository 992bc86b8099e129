import type http from 'node:http';
import type { AddressInfo, Server, Socket } from 'node:net';

const TOO_LARGE = { ok: false, error: { code: 'api.invalid_input' } };

/**
 * Listens on `host`, keeping every open socket so `close` ends keep-alive and event-stream
 * connections at once instead of waiting for them. `accept` may drop a raw socket before anything
 * is read from it (the LAN listener's private-address rule). Shared by the loopback bridge, the
 * LAN listener and a desk's bridge.
 */
export function listenTracked(
  server: Server,
  port: number,
  host: string,
  accept: (socket: Socket) => boolean = () => true,
): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    if (!accept(s)) return void s.destroy();
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Reads a request's body up to `max` bytes, then hands it on. A larger body is answered 413 and
 * its connection dropped rather than read to the end.
 */
export function readCappedBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  max: number,
  send: (res: http.ServerResponse, status: number, body: unknown) => void,
  onBody: (bytes: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size <= max) return void chunks.push(c);
    if (res.headersSent) return;
    res.setHeader('Connection', 'close');
    send(res, 413, TOO_LARGE);
    res.once('finish', () => req.destroy());
  });
  req.on('end', () => {
    if (res.headersSent) return;
    onBody(Buffer.concat(chunks));
  });
}
