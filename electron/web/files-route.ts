import type http from 'node:http';
import { AppFailure, fileIdSchema } from '../../shared/contract';
import type { Core } from '../core/core';

/**
 * Web mode's file hand-over (shared/contract/files.ts), behind the same secret check as every
 * /api call: `POST /api/files` stores the body (its name percent-encoded in `x-file-name`),
 * capped in size, and answers `{ ok, value: FileRef }`; `GET /api/files/<id>` sends the bytes
 * back as an attachment. Returns false for any other path.
 */
export function handleFilesRoute(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
): boolean {
  if (pathname === '/api/files' && req.method === 'POST') {
    upload(core, req, res);
    return true;
  }
  const m = /^\/api\/files\/([^/]+)$/.exec(pathname);
  if (m && req.method === 'GET') {
    download(core, decodeURIComponent(m[1]!), res);
    return true;
  }
  return false;
}

function upload(core: Core, req: http.IncomingMessage, res: http.ServerResponse): void {
  const max = core.files.maxBytes;
  const tooLarge = () =>
    send(res, 413, {
      ok: false,
      error: { code: 'file.too_large', params: { max: Math.floor(max / 1048576) } },
    });
  // Refused before reading when the client says how much it will send.
  if (Number(req.headers['content-length'] ?? 0) > max) {
    tooLarge();
    req.resume();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    if (res.writableEnded) return;
    size += c.length;
    if (size > max) {
      tooLarge();
      req.destroy();
    } else chunks.push(c);
  });
  req.on('end', () => {
    if (res.writableEnded) return;
    let name = 'file';
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'file'));
    } catch {
      // A malformed name is replaced, not refused: the bytes are what matters.
    }
    const type = String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!;
    try {
      send(res, 200, { ok: true, value: core.files.put(Buffer.concat(chunks), name, type) });
    } catch (err) {
      if (err instanceof AppFailure) send(res, 400, { ok: false, error: err.error });
      else send(res, 500, { ok: false, error: { code: 'internal' } });
    }
  });
}

function download(core: Core, id: string, res: http.ServerResponse): void {
  if (!fileIdSchema.safeParse(id).success) {
    return send(res, 404, { ok: false, error: { code: 'file.missing' } });
  }
  let file;
  try {
    file = core.files.get(id);
  } catch {
    return send(res, 404, { ok: false, error: { code: 'file.missing' } });
  }
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': String(file.bytes.byteLength),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
  res.end(Buffer.from(file.bytes));
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
