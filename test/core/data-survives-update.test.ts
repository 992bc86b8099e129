import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { resolveDbPath, userDataDir } from '../../electron/core/paths';
import { tempDir, value } from '../helpers/core';

/**
 * An update is the newer installer run over the old one: the old program folder is removed or
 * overwritten whole. The data folder (the same one Electron's userData gives) must lie outside
 * every place the installers put the program, and a reinstall must find the same database.
 */
const inside = (file: string, dir: string, p: typeof path.posix) => {
  const rel = p.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
};

describe('the data folder across an update', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('lies outside every folder the installers put the program in, on each system', () => {
    const cases = [
      {
        platform: 'win32' as const,
        p: path.win32,
        env: {
          APPDATA: 'C:\\Users\\aigerim\\AppData\\Roaming',
          LOCALAPPDATA: 'C:\\Users\\aigerim\\AppData\\Local',
        },
        // NSIS per user (the default), a folder chosen in the installer, the portable exe's.
        installs: [
          'C:\\Users\\aigerim\\AppData\\Local\\Programs\\Tirkeu',
          'C:\\Program Files\\Tirkeu',
          'C:\\Users\\aigerim\\Desktop',
        ],
      },
      {
        platform: 'darwin' as const,
        p: path.posix,
        env: {},
        installs: ['/Applications/Tirkeu.app'],
      },
      {
        platform: 'linux' as const,
        p: path.posix,
        env: { XDG_CONFIG_HOME: '/home/aigerim/.config' },
        // The .deb's folder, and wherever the AppImage file is kept.
        installs: ['/opt/Tirkeu', '/home/aigerim/Applications'],
      },
    ];
    for (const { platform, p, env, installs } of cases) {
      const data = userDataDir(env, platform);
      expect(p.basename(data.replace(/\\/g, '/'))).toBe('Tirkeu');
      for (const install of installs) {
        expect(inside(data, install, p), `${platform}: ${data} in ${install}`).toBe(false);
        expect(inside(install, data, p), `${platform}: ${install} in ${data}`).toBe(false);
      }
    }
  });

  it('is not removed by the Windows uninstaller that an update runs', () => {
    // electron-builder's NSIS keeps %APPDATA%\Tirkeu unless told otherwise: it must not be told.
    const yml = fs.readFileSync('electron-builder.yml', 'utf8');
    expect(yml).not.toMatch(/deleteAppDataOnUninstall:\s*true/);
  });

  it('keeps the hotel’s database through removing the old program and installing the new', async () => {
    const env = { XDG_CONFIG_HOME: tmp.file('config') };
    const program = tmp.file('opt/Tirkeu');
    const install = (version: string) => {
      fs.mkdirSync(path.join(program, 'resources'), { recursive: true });
      fs.writeFileSync(path.join(program, 'resources', 'app.asar'), `Tirkeu ${version}`);
    };
    install('0.1.0');
    const dbFile = resolveDbPath([], env, userDataDir(env, 'linux'));
    expect(inside(dbFile, program, path.posix)).toBe(false);
    const before = createCore({ dbFile, version: '0.1.0' });
    await value(before, 'setup.finish', {
      hotel: null,
      ownerName: 'Aigerim',
      portal: 'vmp',
      secret: '4826',
    });
    before.close();

    fs.rmSync(program, { recursive: true, force: true });
    install('0.2.0');

    const afterPath = resolveDbPath([], env, userDataDir(env, 'linux'));
    expect(afterPath).toBe(dbFile);
    const after = createCore({ dbFile: afterPath, version: '0.2.0' });
    try {
      expect(await value(after, 'setup.get')).toMatchObject({
        needed: false,
        secretNeeded: false,
        ownerName: 'Aigerim',
        portal: 'vmp',
      });
      expect(await value(after, 'app.info')).toMatchObject({ version: '0.2.0', dbPath: dbFile });
    } finally {
      after.close();
    }
  });
});
