import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import type { Core } from '../core/core';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { handleFilesRoute } from './files-route';

export interface WebServerOptions {
  core: Core;
  /** The built renderer (`dist/renderer`). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret; generated when absent. */
  secret?: string;
}

export interface WebServer {
  url: string;
  port: number;
  secret: string;
  close: () => Promise<void>;
}

const SECRET_HEADER = 'x-tirkeu-secret';
const MAX_BODY = 25 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The loopback bridge: the built renderer and the same dispatcher as the desktop app, on
 * 127.0.0.1 only. Every API call carries the per-launch secret, and the Host header must be
 * our own, so neither another web page (DNS rebinding, CSRF) nor another local user who does
 * not hold the printed URL can read guest data.
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = options.secret ?? crypto.randomBytes(24).toString('base64url');
  const secretBuf = Buffer.from(secret);
  let port = 0;
  const sockets = new Set<Socket>();

  const authorized = (req: http.IncomingMessage): boolean => {
    const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ''));
    return given.length === secretBuf.length && crypto.timingSafeEqual(given, secretBuf);
  };
  const ownHost = (req: http.IncomingMessage): boolean =>
    req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;

  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!ownHost(req))
      return sendJson(res, 403, { ok: false, error: { code: 'api.forbidden_sender' } });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store');
      if (!authorized(req))
        return sendJson(res, 401, { ok: false, error: { code: 'api.unauthorized' } });
      if (url.pathname === '/api/call' && req.method === 'POST')
        return handleCall(options.core, req, res);
      if (url.pathname === '/api/events' && req.method === 'GET')
        return handleEvents(options.core, req, res);
      if (handleFilesRoute(options.core, req, res, url.pathname)) return;
      return sendJson(res, 404, { ok: false, error: { code: 'api.unknown_method' } });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, {});
    serveStatic(options.staticDir, url.pathname, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        secret,
        url: `http://127.0.0.1:${port}/#k=${secret}`,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

function handleCall(core: Core, req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_BODY) {
      sendJson(res, 413, { ok: false, error: { code: 'api.invalid_input' } });
      req.destroy();
    } else chunks.push(c);
  });
  req.on('end', () => {
    if (res.writableEnded) return;
    let body: { method?: unknown; input?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'api.invalid_input' } });
    }
    core
      .dispatch(String(body.method), body.input, core.context())
      .then((result) => sendJson(res, 200, result))
      .catch(() => sendJson(res, 500, { ok: false, error: { code: 'internal' } }));
  });
}

function handleEvents(core: Core, req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = core.subscribe((event, payload) => {
    res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  req.on('close', unsubscribe);
}

function serveStatic(dir: string, pathname: string, res: http.ServerResponse): void {
  const root = path.resolve(dir);
  let file = path.resolve(root, '.' + decodeURIComponent(pathname));
  if (!file.startsWith(root + path.sep) && file !== root) return sendJson(res, 404, {});
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('The renderer is not built: run `npm run build` first.');
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['Cache-Control'] = 'no-store';
  }
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
