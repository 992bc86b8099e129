import type http from 'node:http';
import { AppFailure, FILE_MAX_BYTES } from '../../../shared/contract';
import { readCappedBody } from '../listen';
import { sendJson } from '../server';
import type { DeskLinkTracker } from './desk-link';

const HOST_UNREACHABLE = { ok: false, error: { code: 'desks.host_unreachable' } };
const FORBIDDEN = { ok: false, error: { code: 'auth.forbidden' } };
/** What a file's answer may carry back to the tab, and nothing else of the host's headers. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'content-length'] as const;

/**
 * A desk's `/api/files` (issue 22): a proof or a scan handed to the host, and a produced file
 * fetched from it, over the pinned connection with this desk's device token and the tab's
 * session. An upload is capped at the host's own file size before a byte is sent; a backup is
 * restored on the host itself, never across the LAN. While the host is away: refused in words.
 */
export function passFile(options: {
  link: DeskLinkTracker;
  req: http.IncomingMessage;
  res: http.ServerResponse;
  pathname: string;
  send: (request: {
    method: 'GET' | 'POST';
    path: string;
    headers: Record<string, string>;
    body?: Buffer;
  }) => Promise<http.IncomingMessage>;
  maxBytes?: number;
}): boolean {
  const { link, req, res, pathname } = options;
  const download = /^\/api\/files\/([A-Za-z0-9_-]{1,100})$/.exec(pathname);
  const upload = pathname === '/api/files' && req.method === 'POST';
  if (!upload && !(download && req.method === 'GET')) return false;
  if (upload && req.headers['x-file-kind'] !== undefined) {
    sendJson(res, 403, FORBIDDEN);
    req.resume();
    return true;
  }
  if (!link.state().reachable) {
    req.resume();
    sendJson(res, 503, HOST_UNREACHABLE);
    return true;
  }
  const forward = (body?: Buffer) => {
    const headers: Record<string, string> = {};
    if (upload) {
      headers['content-type'] = String(req.headers['content-type'] ?? 'application/octet-stream');
      headers['x-file-name'] = String(req.headers['x-file-name'] ?? 'file').slice(0, 1000);
    }
    options.send({ method: upload ? 'POST' : 'GET', path: pathname, headers, body }).then(
      (up) => {
        link.contact();
        const passed: Record<string, string> = {};
        for (const h of PASSED_HEADERS) {
          const v = up.headers[h];
          if (typeof v === 'string') passed[h] = v;
        }
        res.writeHead(up.statusCode ?? 502, passed);
        up.pipe(res);
        up.on('error', () => res.destroy());
      },
      (err: unknown) => {
        if (err instanceof AppFailure && err.error.code !== 'desks.unreachable')
          return sendJson(res, 502, { ok: false, error: err.error });
        link.lost();
        sendJson(res, 503, HOST_UNREACHABLE);
      },
    );
  };
  if (upload) {
    const max = options.maxBytes ?? FILE_MAX_BYTES;
    if (Number(req.headers['content-length'] ?? 0) > max) {
      // Answered at once, and the connection dropped rather than the body read.
      res.setHeader('Connection', 'close');
      res.once('finish', () => req.destroy());
      sendJson(res, 413, {
        ok: false,
        error: { code: 'file.too_large', params: { max: Math.floor(max / 1048576) } },
      });
      return true;
    }
    readCappedBody(req, res, max, sendJson, (bytes) => forward(bytes));
  } else forward();
  return true;
}
