import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Listener = (...args: unknown[]) => unknown;
type BeforeRequest = (details: { url: string }, cb: (r: { cancel?: boolean }) => void) => void;
type Permission = (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;

/** A window as the stand-in records it. */
export interface StubWindow extends EventEmitter {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loadedUrls: string[];
  webContents: { sent: unknown[][]; send: (...args: unknown[]) => void };
}

/** Everything the main process registered with the stand-in, for the test to call and inspect. */
export interface ElectronStubState {
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  appListeners: Map<string, Listener[]>;
  windows: StubWindow[];
  ipcHandlers: Map<string, Listener>;
  beforeRequest: BeforeRequest | null;
  permissionRequest: Permission | null;
  permissionCheck: ((wc: unknown, permission: string) => boolean) | null;
  applicationMenus: unknown[];
  errorBoxes: string[][];
  quit: number;
  /** Every app.setPath call, as [name, path]. */
  setPaths: [string, string][];
  /** The codes app.exit was given. */
  exitCodes: number[];
  /** The file: URLs the protocol handler fetched, with the guard's answer. */
  fileFetches: { url: string; cancelled: boolean }[];
  /** Every taskbar/dock badge count the reminders set. */
  badgeCounts: number[];
  /** How many times app.relaunch was asked for. */
  relaunches: number;
}

/**
 * A small stand-in for the `electron` module: the APIs electron/main uses, each recording what
 * it was given. net.fetch behaves as Electron documents it: a request first passes the session's
 * webRequest.onBeforeRequest handler (a cancel is a network error), then file: is read from disk.
 */
export function createElectronStub(userData: string): {
  electron: Record<string, unknown>;
  state: ElectronStubState;
} {
  const state: ElectronStubState = {
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    appListeners: new Map(),
    windows: [],
    ipcHandlers: new Map(),
    beforeRequest: null,
    permissionRequest: null,
    permissionCheck: null,
    applicationMenus: [],
    errorBoxes: [],
    quit: 0,
    setPaths: [],
    exitCodes: [],
    fileFetches: [],
    badgeCounts: [],
    relaunches: 0,
  };

  const paths = new Map([['userData', userData]]);
  const app = {
    isPackaged: false,
    setName: () => {},
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getLocale: () => 'en-US',
    getVersion: () => '0.1.0-smoke',
    getPath: (name: string) => {
      const p = paths.get(name);
      if (p === undefined) throw new Error(`getPath(${name}) is not stubbed`);
      return p;
    },
    setPath: (name: string, value: string) => {
      state.setPaths.push([name, value]);
      paths.set(name, value);
    },
    on: (event: string, listener: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      return app;
    },
    setBadgeCount: (count: number) => {
      state.badgeCounts.push(count);
      return true;
    },
    quit: () => {
      state.quit += 1;
    },
    relaunch: () => {
      state.relaunches += 1;
    },
    exit: (code = 0) => {
      state.quit += 1;
      state.exitCodes.push(code);
    },
  };

  class BrowserWindow extends EventEmitter {
    loadedUrls: string[] = [];
    webContents = {
      sent: [] as unknown[][],
      send: (...args: unknown[]) => void this.webContents.sent.push(args),
    };
    constructor(public options: StubWindow['options']) {
      super();
      state.windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
  }

  const fetchThroughSession = async (url: string): Promise<Response> => {
    const guard = state.beforeRequest;
    if (guard) {
      const cancel = await new Promise<boolean>((resolve) =>
        guard({ url }, (r) => resolve(r.cancel === true)),
      );
      if (url.startsWith('file:')) state.fileFetches.push({ url, cancelled: cancel });
      if (cancel) throw new Error(`net::ERR_BLOCKED_BY_CLIENT ${url}`);
    }
    if (!url.startsWith('file:')) throw new Error(`the stand-in only reads file: URLs (${url})`);
    // A missing file rejects, as Electron's net.fetch does (net::ERR_FILE_NOT_FOUND).
    const body = await fs.promises.readFile(fileURLToPath(url));
    const type = path.extname(url) === '.html' ? 'text/html' : 'text/javascript';
    return new Response(body, { status: 200, headers: { 'content-type': type } });
  };

  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    net: { fetch: fetchThroughSession },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Permission) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: ElectronStubState['permissionCheck']) =>
          (state.permissionCheck = h),
        webRequest: { onBeforeRequest: (h: BeforeRequest) => (state.beforeRequest = h) },
      },
    },
    ipcMain: {
      handle: (channel: string, h: Listener) => state.ipcHandlers.set(channel, h),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => state.applicationMenus.push(menu),
    },
    // No desktop notifications in the stand-in; the badge count still shows.
    Notification: { isSupported: () => false },
    dialog: { showErrorBox: (...args: string[]) => state.errorBoxes.push(args) },
  };
  return { electron, state };
}
