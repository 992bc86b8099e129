import fs from 'node:fs';
import type http from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { contentTypeOf, resolveRendererPath } from '../policy/renderer-files';

/** The built renderer, mapped by the same resolver as the desktop app's app:// protocol. */
export function serveStatic(dir: string, pathname: string, res: http.ServerResponse): void {
  const target = resolveRendererPath(dir, pathname);
  if (target.kind === 'refused') return sendText(res, target.status, 'Not found');
  if (!isFile(target.file)) {
    if (target.route) {
      return sendText(res, 500, 'The renderer is not built: run `npm run build` first.');
    }
    return sendText(res, 404, 'Not found');
  }
  const type = contentTypeOf(target.file);
  const headers: Record<string, string> = { 'Content-Type': type };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['Cache-Control'] = 'no-store';
  }
  res.writeHead(200, headers);
  if (res.req.method === 'HEAD') return void res.end();
  fs.createReadStream(target.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
