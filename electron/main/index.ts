import { app, dialog, Menu, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Language } from '../../shared/contract';
import { translate } from '../../shared/locales';
import { createCore, type Core } from '../core/core';
import { resolveDbPath } from '../core/paths';
import { describeError } from '../core/cli/describe-error';
import { bindIpc } from './ipc';
import { startReminders } from './reminders';
import { buildMenu } from './menu';
import { APP_ORIGIN, registerScheme, serveRenderer } from './protocol';
import { installSecurityGuards } from './security';
import { createMainWindow } from './window';

app.setName('Tirkeu');
registerScheme();

// One Tirkeu per user: a second launch focuses the first instead of opening the database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  const systemLanguage = (): Language => {
    const l = app.getLocale().toLowerCase();
    return l.startsWith('kk') ? 'kk' : l.startsWith('ru') ? 'ru' : 'en';
  };

  const refreshMenu = async (): Promise<void> => {
    const r = core ? await core.call('settings.get') : null;
    const lang = r?.ok
      ? ((r.value as { language: Language | null }).language ?? systemLanguage())
      : systemLanguage();
    Menu.setApplicationMenu(buildMenu(lang));
  };

  void app.whenReady().then(() => {
    installSecurityGuards(APP_ORIGIN);
    serveRenderer(path.join(__dirname, '..', 'renderer'));
    const dbFile = resolveDbPath(process.argv, process.env, app.getPath('userData'));
    try {
      core = createCore({ dbFile, version: app.getVersion() });
    } catch (err) {
      dialog.showErrorBox(translate(systemLanguage(), 'errors.title'), describeError(err, dbFile));
      app.exit(1);
      return;
    }
    bindIpc(core, () => win);
    startReminders(core, () => win, systemLanguage);
    core.subscribe((_event, payload) => {
      if ('roots' in payload && payload.roots.includes('settings')) void refreshMenu();
    });
    void refreshMenu();
    win = createMainWindow(path.join(__dirname, 'preload.cjs'), 'Tirkeu');
    win.on('closed', () => {
      win = null;
    });
  });

  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });
}
