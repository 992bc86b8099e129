import { app, dialog, Menu, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Language } from '../../shared/contract';
import { createCore, type Core } from '../core/core';
import { resolveDbPath } from '../core/paths';
import { bindIpc } from './ipc';
import { removeStaleViewerFolders } from './shell-actions';
import { startReminders } from './reminders';
import { buildMenu } from './menu';
import { fileErrorLogger } from '../core/error-log';
import { registerScheme, serveRenderer } from './protocol';
import { installSecurityGuards } from './security';
import { createMainWindow } from './window';
import { offerRecovery } from './recovery-dialog';
import { restoreFinishedText } from '../core/recovery';
import type { FinishedRestore } from '../core/db/backup/restore';
import { smokeRequested } from '../policy/smoke';
import { startSmoke } from './smoke';
import { startLanController, type LanController } from '../web/lan/lan-controller';
import {
  loadPairing,
  startDeskBridge,
  type DeskBridge,
  type DeskPairing,
} from '../web/lan/desk-bridge';
import { deskOriginOf, startMode } from '../policy/desk-mode';
import { forgetFirstStartHotel, joinActions } from '../web/lan/join-routes';

/** Unexpected errors, kept locally next to the database (no telemetry). */
const ERROR_LOG_NAME = 'tirkeu-errors.log';

app.setName('Tirkeu');
registerScheme();
// `--smoke` (the release workflow's test of the packaged app): a throwaway data folder, the real
// window, then one JSON line and exit 0 or 1 (smoke.ts).
const smoke = smokeRequested(process.argv) ? startSmoke() : null;

// One Tirkeu per user: a second launch focuses the first instead of opening the database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let core: Core | null = null;
  let lan: LanController | null = null;
  let desk: DeskBridge | null = null;

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

  /**
   * Issue 22: this PC joined the hotel's host, so it opens no database. The desk bridge (as web
   * mode's desk runs it) serves the renderer on 127.0.0.1 and passes every call to the host over
   * its one pinned client; check-ins made while the host is away wait in the outbox in the data
   * folder. The window shows the bridge's page, without the preload (policy/desk-mode.ts). No
   * setCertificateVerifyProc: the window never talks to the host, so the pin stays in the bridge.
   */
  const startAsDesk = async (
    pairing: DeskPairing,
    rendererDir: string,
    dataDir: string,
  ): Promise<void> => {
    try {
      desk = await startDeskBridge({ pairing, staticDir: rendererDir, outbox: { dir: dataDir } });
    } catch (err) {
      fileErrorLogger(path.join(dataDir, ERROR_LOG_NAME))('desk.start', err);
      dialog.showErrorBox('Tirkeu', err instanceof Error ? err.message : String(err));
      app.exit(1);
      return;
    }
    installSecurityGuards(rendererDir, deskOriginOf(desk.url));
    Menu.setApplicationMenu(buildMenu(systemLanguage()));
    win = createMainWindow(path.join(__dirname, 'preload.cjs'), 'Tirkeu', desk.url);
    win.on('closed', () => {
      win = null;
    });
  };

  void app.whenReady().then(() => {
    removeStaleViewerFolders();
    const rendererDir = path.join(__dirname, '..', 'renderer');
    const userData = app.getPath('userData');
    // The smoke test never opens a desk's file, whatever --db or TIRKEU_DB say.
    const dbFile = smoke ? smoke.dbFile : resolveDbPath(process.argv, process.env, userData);
    // A PC that joined the host (desk.json beside the database, as web mode keeps it) is its desk.
    const mode = startMode(() => loadPairing(path.dirname(dbFile)), smoke !== null);
    if (mode.kind === 'desk') return startAsDesk(mode.pairing, rendererDir, path.dirname(dbFile));
    installSecurityGuards(rendererDir);
    const serve = serveRenderer(rendererDir);
    const finished: FinishedRestore[] = [];
    try {
      core = createCore({
        dbFile,
        version: app.getVersion(),
        onInternalError: fileErrorLogger(path.join(userData, ERROR_LOG_NAME)),
        autoBackup: !smoke,
        onRestoreFinished: (f) => finished.push(f),
        warmPdfReader: !smoke,
        // After a crash the window opens on the sign-in while the file is checked in a thread;
        // a damaged file is then offered a backup, as at a refused start.
        deferStartCheck: true,
        onStartCheckFailed: (failure) => {
          core?.close();
          if (smoke) return smoke.fail('database', failure);
          offerRecovery(failure, dbFile, systemLanguage());
          app.exit(1);
        },
      });
    } catch (err) {
      // better-sqlite3 that does not load inside this Electron fails here too.
      if (smoke) return smoke.fail('database', err);
      offerRecovery(err, dbFile, systemLanguage());
      app.exit(1);
      return;
    }
    // The welcome screen's "Join the hotel's host desk" (issue 22): web mode's own join steps,
    // over IPC. Once joined, the empty first-start hotel goes and the app starts again, as the
    // desk: a new process installs its guards for the bridge's origin from the start, and no
    // core or database is left open in it.
    const joined = (): void => {
      void Promise.resolve(lan?.close()).finally(() => {
        core?.close();
        core = null;
        forgetFirstStartHotel(dbFile);
        app.relaunch();
        app.exit(0);
      });
    };
    const join = smoke
      ? undefined
      : { ...joinActions({ core, dataDir: path.dirname(dbFile) }), onJoined: joined };
    bindIpc(core, () => win, smoke?.observe, join);
    startReminders(core, () => win, systemLanguage);
    // Issue 22: the hotel's other desks reach this one while Settings › Desks shares it.
    if (!smoke)
      lan = startLanController({
        core,
        onInternalError: fileErrorLogger(path.join(userData, ERROR_LOG_NAME)),
      });
    core.subscribe((_event, payload) => {
      if ('roots' in payload && payload.roots.includes('settings')) void refreshMenu();
    });
    void refreshMenu();
    win = createMainWindow(path.join(__dirname, 'preload.cjs'), 'Tirkeu');
    win.on('closed', () => {
      win = null;
    });
    if (smoke) {
      void smoke.finish({
        serve,
        closeCore: () => {
          core?.close();
          core = null;
        },
      });
      return;
    }
    // A restore a crash interrupted was completed at this start: said once, in words.
    for (const f of finished) {
      void dialog.showMessageBox(win, {
        type: 'info',
        title: 'Tirkeu',
        message: restoreFinishedText(systemLanguage(), f),
      });
    }
  });

  app.on('window-all-closed', () => {
    void lan?.close();
    void desk?.close();
    core?.close();
    core = null;
    app.quit();
  });
}
