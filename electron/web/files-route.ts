import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { allows, AppFailure, fileIdSchema, OWNERS, type StaffMember } from '../../shared/contract';
import type { Core } from '../core/core';
import { INCOMING_MAX_BYTES } from '../core/files/file-store';

/**
 * Web mode's file hand-over (shared/contract/files.ts), behind the same secret check as every
 * /api call: `POST /api/files` stores the body (its name percent-encoded in `x-file-name`),
 * capped in size, and answers `{ ok, value: FileRef }`; `GET /api/files/<id>` sends the bytes
 * back as an attachment. A backup (`x-file-kind: backup`) is streamed to a private file instead
 * of memory, with its own cap. Returns false for any other path.
 */
export function handleFilesRoute(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  staff: StaffMember,
  diskFree: (dir: string) => Promise<number> = freeBytes,
): boolean {
  if (pathname === '/api/files' && req.method === 'POST') {
    upload(core, req, res, staff, diskFree);
    return true;
  }
  const m = /^\/api\/files\/([^/]+)$/.exec(pathname);
  if (m && req.method === 'GET') {
    download(core, m[1]!, res);
    return true;
  }
  return false;
}

function upload(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  staff: StaffMember,
  diskFree: (dir: string) => Promise<number>,
): void {
  if (req.headers['x-file-kind'] === 'backup') {
    // Only the owner restores backups (the contract's backup.* entries): no one else may fill
    // the disk with uploads that nothing can use.
    if (!allows(OWNERS, staff.role)) {
      refuseEarly(req, res, 403, { ok: false, error: { code: 'auth.forbidden' } });
      return;
    }
    void uploadToDisk(core, req, res, diskFree);
    return;
  }
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
    const { name, type } = described(req);
    try {
      send(res, 200, { ok: true, value: core.files.put(Buffer.concat(chunks), name, type) });
    } catch (err) {
      if (err instanceof AppFailure) send(res, 400, { ok: false, error: err.error });
      else send(res, 500, { ok: false, error: { code: 'internal' } });
    }
  });
}

/** Answers at once and drops the connection rather than read a body that will not be kept. */
function refuseEarly(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  body: unknown,
): void {
  res.setHeader('Connection', 'close');
  send(res, status, body);
  res.once('finish', () => req.destroy());
}

function described(req: http.IncomingMessage): { name: string; type: string } {
  let name = 'file';
  try {
    name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'file'));
  } catch {
    // A malformed name is replaced, not refused: the bytes are what matters.
  }
  const type = String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!;
  return { name, type };
}

/**
 * A backup from a USB stick outgrows memory: the body goes to a private file in the private
 * `incoming/` folder beside the database, owned by the store entry (removed when the entry is
 * used, expires or the restore fails), or removed at once when the upload does not finish.
 */
async function uploadToDisk(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  diskFree: (dir: string) => Promise<number>,
): Promise<void> {
  const max = INCOMING_MAX_BYTES;
  const tooLarge = () =>
    send(res, 413, {
      ok: false,
      error: { code: 'file.too_large', params: { max: Math.floor(max / 1048576) } },
    });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    tooLarge();
    req.resume();
    return;
  }
  let file: string | null = null;
  try {
    file = core.files.incomingFile();
    const room = await roomFor(path.dirname(file), core.deps.dbPath, diskFree);
    if (declared > room.atStart) throw new AppFailure('db.disk_full');
    let size = 0;
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > max) throw new AppFailure('file.too_large');
          // Counted as the bytes arrive: a chunked upload declares no length to check first.
          if (!(await room.fits(size))) throw new AppFailure('db.disk_full');
          yield chunk;
        }
      },
      fs.createWriteStream(file, { flags: 'w', mode: 0o600 }),
    );
    const { name, type } = described(req);
    const ref = core.files.putPath(file, name, type, { owned: true });
    file = null;
    send(res, 200, { ok: true, value: ref });
  } catch (err) {
    if (err instanceof AppFailure && err.error.code === 'file.too_large') tooLarge();
    else if (err instanceof AppFailure) send(res, 400, { ok: false, error: err.error });
    else send(res, 500, { ok: false, error: { code: 'internal' } });
    req.resume();
  } finally {
    if (file) fs.rmSync(file, { force: true });
  }
}

/** Kept free for the database while a backup is uploaded: its own size again, and this. */
export const DISK_RESERVE_BYTES = 256 * 1024 ** 2;
/** The disk is asked again after this much has arrived: the desk writes meanwhile too. */
const RECHECK_BYTES = 16 * 1024 ** 2;

/**
 * Whether an upload of `size` bytes so far still leaves the reserve free. Three uploads by one
 * person once filled the disk and the next five check-ins failed: the database's room is kept.
 */
async function roomFor(
  dir: string,
  dbPath: string,
  diskFree: (dir: string) => Promise<number>,
): Promise<{ atStart: number; fits: (size: number) => Promise<boolean> }> {
  let dbBytes = 0;
  try {
    if (dbPath !== ':memory:') dbBytes = fs.statSync(dbPath).size;
  } catch {
    // No file yet: nothing of it to keep room for.
  }
  const reserve = DISK_RESERVE_BYTES + dbBytes;
  let askedAt = 0;
  let allowed = (await diskFree(dir)) - reserve;
  return {
    atStart: allowed,
    fits: async (size) => {
      if (size - askedAt >= RECHECK_BYTES) {
        // What is already written is no longer free: the room left counts from here.
        askedAt = size;
        allowed = size + (await diskFree(dir)) - reserve;
      }
      return size <= allowed;
    },
  };
}

async function freeBytes(dir: string): Promise<number> {
  try {
    const s = await fs.promises.statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    // Not every filesystem answers; the write itself then fails on a full disk.
    return Number.POSITIVE_INFINITY;
  }
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
  const headers = (size: number) => ({
    'Content-Type': file.type,
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
  if (file.bytes) {
    res.writeHead(200, headers(file.bytes.byteLength));
    res.end(Buffer.from(file.bytes));
    return;
  }
  // A backup is streamed from disk. Its size is taken now (not when the entry was made); a read
  // error midway cuts the response off, which the browser reports as a failed download.
  let size: number;
  try {
    size = fs.statSync(file.path).size;
  } catch {
    return send(res, 404, { ok: false, error: { code: 'file.missing' } });
  }
  const stream = fs.createReadStream(file.path);
  stream.once('open', () => {
    res.writeHead(200, headers(size));
    stream.pipe(res);
  });
  stream.once('error', () => {
    if (res.headersSent) res.destroy();
    else send(res, 404, { ok: false, error: { code: 'file.missing' } });
  });
  res.once('close', () => stream.destroy());
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
