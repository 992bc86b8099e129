import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentTypeOf,
  resolveAppRequest,
  resolveRendererPath,
} from '../../electron/policy/renderer-files';

const root = path.resolve('/opt/tirkeu/resources/app.asar/dist/renderer');
const index = path.join(root, 'index.html');
const route = { kind: 'file', file: index, route: true };

describe('which renderer file an app:// request gets', () => {
  it('serves index.html at the root, with or without the slash', () => {
    expect(resolveAppRequest('app://tirkeu/', root)).toEqual(route);
    expect(resolveAppRequest('app://tirkeu', root)).toEqual(route);
  });

  it('serves index.html for a client route such as /check-in or /settings/hotel', () => {
    expect(resolveAppRequest('app://tirkeu/check-in', root)).toEqual(route);
    expect(resolveAppRequest('app://tirkeu/settings/hotel?tab=1#x', root)).toEqual(route);
  });

  it('serves an asset as itself', () => {
    expect(resolveAppRequest('app://tirkeu/assets/index-abc.js', root)).toEqual({
      kind: 'file',
      file: path.join(root, 'assets', 'index-abc.js'),
      route: false,
    });
  });

  it('refuses another host or scheme', () => {
    expect(resolveAppRequest('app://evil/index.html', root)).toEqual({
      kind: 'refused',
      status: 404,
    });
    expect(resolveAppRequest('https://tirkeu/index.html', root).kind).toBe('refused');
    expect(resolveAppRequest('not a url', root).kind).toBe('refused');
  });

  it('refuses a path that leaves the renderer folder, however it is encoded', () => {
    for (const p of ['/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x.js']) {
      expect(resolveRendererPath(root, p)).toEqual({ kind: 'refused', status: 404 });
    }
  });

  it('refuses backslash traversal on Windows', () => {
    const winRoot = 'C:\\Program Files\\Tirkeu\\resources\\app.asar\\dist\\renderer';
    expect(resolveRendererPath(winRoot, '/..%5c..%5cwin.ini', path.win32)).toEqual({
      kind: 'refused',
      status: 404,
    });
    // A drive or UNC path inside the URL stays relative to the renderer folder.
    for (const p of ['/C:%5cWindows%5cwin.ini', '/%5c%5cserver%5cshare%5cx.js']) {
      const r = resolveRendererPath(winRoot, p, path.win32);
      expect(r.kind === 'file' && r.file.startsWith(winRoot + '\\')).toBe(true);
    }
    const inside = resolveRendererPath(winRoot, '/assets/a.css', path.win32);
    expect(inside).toEqual({ kind: 'file', file: `${winRoot}\\assets\\a.css`, route: false });
  });

  it('refuses bad percent-encoding and NUL bytes with 400 instead of throwing', () => {
    for (const p of ['/%', '/%E0%A4%A', '/%zz', '/a%00.js']) {
      expect(resolveRendererPath(root, p)).toEqual({ kind: 'refused', status: 400 });
    }
    expect(resolveAppRequest('app://tirkeu/%E0%A4%A', root)).toEqual({
      kind: 'refused',
      status: 400,
    });
  });

  it('names the content type of what the renderer build contains', () => {
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/x.bin')).toBe('application/octet-stream');
  });
});
