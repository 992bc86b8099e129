import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { signInAs } from '../helpers/sessions';
import { memoryCore, tempDir } from '../helpers/core';

/** What came back on a raw connection before the server closed it. */
interface RawReply {
  status: number | null;
  text: string;
}

/**
 * Writes bytes on a raw TCP socket (no HTTP client to tidy them up) and collects whatever the
 * server answers until it closes the connection. `drip` keeps sending one byte at a time.
 */
function raw(
  port: number,
  parts: (string | Buffer)[],
  opts: { drip?: string; endAfterWrite?: boolean } = {},
): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      for (const p of parts) socket.write(p);
      if (opts.endAfterWrite) socket.end();
      const drip = opts.drip;
      if (drip) {
        let i = 0;
        timer = setInterval(() => {
          if (socket.writable) socket.write(drip[i++ % drip.length]!);
        }, 20);
      }
    });
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text });
    });
  });
}

describe('the web bridge under hostile requests', () => {
  let core: Core;
  let server: WebServer;
  let internalErrors: unknown[];
  let session = '';
  const tmp = tempDir();
  beforeAll(async () => {
    core = memoryCore();
    session = (await signInAs(core, 'owner')).token;
    internalErrors = [];
    fs.writeFileSync(path.join(tmp.dir, 'index.html'), '<!doctype html><title>Tirkeu</title>');
    fs.mkdirSync(path.join(tmp.dir, 'assets'));
    fs.writeFileSync(path.join(tmp.dir, 'assets', 'app.js'), 'console.log(1)');
    server = await startWebServer({
      core,
      staticDir: tmp.dir,
      timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 200 },
      onInternalError: (_where, err) => internalErrors.push(err),
    });
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });

  const host = () => `Host: 127.0.0.1:${server.port}`;
  const get = (target: string, extra = '') =>
    `GET ${target} HTTP/1.1\r\n${host()}\r\nConnection: close\r\n${extra}\r\n`;
  const post = (body: string | Buffer, secret = server.secret) => [
    `POST /api/call HTTP/1.1\r\n${host()}\r\nConnection: close\r\nX-Tirkeu-Secret: ${secret}\r\nX-Tirkeu-Session: ${session}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    body,
  ];
  const ordinaryCallAnswers = async () => {
    const r = await raw(server.port, post(JSON.stringify({ method: 'staff.current', input: {} })));
    expect(r.status).toBe(200);
    expect(r.text).toContain('"role":"owner"');
  };

  it('answers bad percent-encodings and odd request targets with 4xx, without the secret', async () => {
    const corpus: [string, number][] = [
      [get('/%'), 400],
      [get('/%E0%A4%A'), 400],
      [get('/assets/%zz.js'), 400],
      [get('/%00'), 400],
      [get('http://['), 400],
      [get('http://evil.example/'), 400],
      [get('http://127.0.0.1:1/'), 400],
      [get('*'), 400],
      [`CONNECT 127.0.0.1:22 HTTP/1.1\r\n${host()}\r\n\r\n`, 405],
      [get('/', 'Upgrade: websocket\r\nConnection: Upgrade\r\n'), 400],
      [`OPTIONS * HTTP/1.1\r\n${host()}\r\nConnection: close\r\n\r\n`, 400],
      [get('/..%2f..%2f..%2fetc%2fpasswd'), 404],
      [get('/assets/missing.js'), 404],
      [get('/api/call'), 401],
      [`GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`, 403],
      [`GET / HTTP/1.0\r\n\r\n`, 403],
      [`GET / HTTP/1.1\r\nConnection: close\r\n\r\n`, 400],
      ['\x00\x01\x02 HELLO\r\n\r\n', 400],
      [`GET / HTTP/9.9\r\n${host()}\r\n\r\n`, 400],
      [get('/', `X-Big: ${'a'.repeat(100_000)}\r\n`), 431],
      [get('/', 'Content-Length: -1\r\n'), 400],
      [get('/', 'Content-Length: 1\r\nTransfer-Encoding: chunked\r\n'), 400],
    ];
    for (const [request, status] of corpus) {
      const r = await raw(server.port, [request]);
      expect(r.status, JSON.stringify(request.slice(0, 60))).toBe(status);
    }
    await ordinaryCallAnswers();
  });

  it('answers bad call bodies with 400, with the secret', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const corpus: [string | Buffer, number][] = [
      ['null', 400],
      ['[]', 400],
      ['"staff.current"', 400],
      ['42', 400],
      ['', 400],
      ['{not json', 400],
      [Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 400],
      ['{"method":{"toString":1,"valueOf":1}}', 400],
      ['{"method":["staff.current"]}', 400],
      ['{"method":null}', 400],
      ['{"input":{}}', 400],
      // Deeper than a call may nest (request.ts JSON_LIMITS): refused before it is parsed.
      [`{"method":"staff.current","x":${deep}}`, 413],
      [`{"method":${deep}}`, 413],
      [deep, 413],
    ];
    for (const [body, status] of corpus) {
      const r = await raw(server.port, post(body));
      expect(r.status, String(body).slice(0, 60)).toBe(status);
    }
    // A call that a deeply nested input pushes past the schema check ends as a response too.
    const nested = await raw(server.port, post(`{"method":"hotel.save","input":{"name":${deep}}}`));
    expect(nested.status).not.toBeNull();
    await ordinaryCallAnswers();
  });

  it('answers a chunked body with a broken chunk size with 400', async () => {
    const head =
      `POST /api/call HTTP/1.1\r\n${host()}\r\nX-Tirkeu-Secret: ${server.secret}\r\nX-Tirkeu-Session: ${session}\r\n` +
      'Transfer-Encoding: chunked\r\n\r\n';
    expect((await raw(server.port, [head, 'zz\r\n{}\r\n0\r\n\r\n'])).status).toBe(400);
    await ordinaryCallAnswers();
  });

  it('answers a body over the size limit with 413 and drops the connection', async () => {
    const size = 25 * 1024 * 1024 + 1;
    const head =
      `POST /api/call HTTP/1.1\r\n${host()}\r\nX-Tirkeu-Secret: ${server.secret}\r\nX-Tirkeu-Session: ${session}\r\n` +
      `Content-Length: ${size}\r\n\r\n`;
    expect((await raw(server.port, [head, Buffer.alloc(size, 0x20)])).status).toBe(413);
    await ordinaryCallAnswers();
  });

  it('closes connections that send nothing, stop inside the headers, or drip them', async () => {
    expect((await raw(server.port, [])).status).toBe(408);
    const half = await raw(server.port, [`GET / HTTP/1.1\r\n${host()}\r\nX-Half: `]);
    expect(half.status).toBe(408);
    const drip = await raw(server.port, [`GET / HTTP/1.1\r\n${host()}\r\n`], {
      drip: 'X-A: b\r\n',
    });
    expect(drip.status).toBe(408);
    await ordinaryCallAnswers();
  });

  it('closes a connection whose body never arrives in full', async () => {
    const head =
      `POST /api/call HTTP/1.1\r\n${host()}\r\nX-Tirkeu-Secret: ${server.secret}\r\nX-Tirkeu-Session: ${session}\r\n` +
      'Content-Length: 100\r\n\r\n';
    const r = await raw(server.port, [head, '{"method":'], { drip: ' ' });
    expect(r.status).toBe(408);
    await ordinaryCallAnswers();
  });

  it('closes an idle kept-alive connection after its answer', async () => {
    const r = await raw(server.port, [`GET /assets/app.js HTTP/1.1\r\n${host()}\r\n\r\n`]);
    expect(r.status).toBe(200);
    expect(r.text).toContain('console.log(1)');
  });

  it('survives clients that reset the connection right after a tunnel or upgrade request', async () => {
    for (let i = 0; i < 20; i += 1) {
      for (const request of [
        `CONNECT 127.0.0.1:22 HTTP/1.1\r\n${host()}\r\n\r\n`,
        `GET / HTTP/1.1\r\n${host()}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`,
      ]) {
        await new Promise<void>((resolve) => {
          const socket = net.connect(server.port, '127.0.0.1', () => {
            socket.write(request, () => socket.resetAndDestroy());
          });
          socket.on('error', () => {});
          socket.on('close', () => resolve());
        });
      }
    }
    await ordinaryCallAnswers();
  });

  it('turns a throw inside a route into a logged 500 and goes on serving', async () => {
    const errors: string[] = [];
    const broken: Core = {
      ...core,
      dispatch: () => {
        throw new Error('dispatch broke');
      },
      subscribe: () => {
        throw new Error('subscribe broke');
      },
    };
    const other = await startWebServer({
      core: broken,
      staticDir: tmp.dir,
      onInternalError: (where, err) => errors.push(`${where}: ${(err as Error).message}`),
    });
    try {
      const head = (target: string, method = 'GET', body = '') =>
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${other.port}\r\nConnection: close\r\n` +
        `X-Tirkeu-Secret: ${other.secret}\r\nX-Tirkeu-Session: ${session}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
      expect((await raw(other.port, [head('/api/events')])).status).toBe(500);
      const call = head('/api/call', 'POST', '{"method":"staff.current"}');
      expect((await raw(other.port, [call])).status).toBe(500);
      expect((await raw(other.port, [head('/assets/app.js')])).status).toBe(200);
      expect(errors).toEqual(['GET /api/events: subscribe broke', 'staff.current: dispatch broke']);
    } finally {
      await other.close();
    }
  });

  it('survives a client that hangs up halfway through a body', async () => {
    const head =
      `POST /api/call HTTP/1.1\r\n${host()}\r\nX-Tirkeu-Secret: ${server.secret}\r\nX-Tirkeu-Session: ${session}\r\n` +
      'Content-Length: 100\r\n\r\n';
    const r = await raw(server.port, [head, '{"method":"staff'], { endAfterWrite: true });
    expect(r.status === null || r.status >= 400).toBe(true);
    await ordinaryCallAnswers();
    expect(internalErrors).toEqual([]);
  });
});
