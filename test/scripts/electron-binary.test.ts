import { describe, expect, it } from 'vitest';
import { readProbe } from '../../scripts/electron-binary.mjs';

const there = (file: string) => file === '/home/a/tirkeu/node_modules/electron/dist/electron';

describe('npm start: whether Electron can run here', () => {
  it('takes the executable on the last line, after the download notice of a first start', () => {
    const r = {
      status: 0,
      stdout:
        'Downloading Electron binary...\n\n/home/a/tirkeu/node_modules/electron/dist/electron',
    };
    expect(readProbe(r, there)).toEqual({
      path: '/home/a/tirkeu/node_modules/electron/dist/electron',
      reason: '',
    });
  });

  it('falls back to web mode with the download error in one line where Electron cannot be fetched', () => {
    const stderr = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '/x/node_modules/electron/index.js:43',
      'Error: Electron failed to install correctly. Please delete `node_modules/electron` ...',
    ].join('\n');
    expect(
      readProbe({ status: 1, stdout: 'Downloading Electron binary...\n', stderr }, there),
    ).toEqual({
      path: null,
      reason: 'TypeError: fetch failed',
    });
  });

  it('does not take a path that names no file', () => {
    const r = readProbe({ status: 0, stdout: '\n/gone/electron' }, there);
    expect(r.path).toBeNull();
    expect(r.reason).toContain('/gone/electron');
  });
});
