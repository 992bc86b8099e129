import nodePath from 'node:path';

/**
 * The main window's options, every security-relevant preference explicit. A plain object
 * (no Electron types) so the settings are checked by a test without Electron.
 */
export function mainWindowOptions(preloadPath: string | null, title: string) {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      // None in desk mode (policy/desk-mode.ts): the bridge's page talks HTTP, never IPC.
      ...(preloadPath === null ? {} : { preload: nodePath.resolve(preloadPath) }),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  } as const;
}
