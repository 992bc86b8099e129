import { app, session } from 'electron';
import {
  navigationAllowed,
  permissionAllowed,
  requestAllowed,
  windowOpenAnswer,
} from '../policy/guards';

/**
 * Wires the app-wide guards (policy/guards.ts decides): no new windows, no navigation away
 * from the app, no webviews, every permission refused but our own page's camera, no request
 * leaving the machine. In desk mode `deskOrigin` (policy/desk-mode.ts) is the desk bridge's own
 * loopback origin, the one more the window may show and call.
 */
export function installSecurityGuards(rendererDir: string, deskOrigin: string | null = null): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(windowOpenAnswer);
    contents.on('will-navigate', (event) => {
      if (!navigationAllowed(event.url, deskOrigin)) event.preventDefault();
    });
    // will-navigate covers the top frame only; an iframe navigates through this one.
    contents.on('will-frame-navigate', (event) => {
      if (!navigationAllowed(event.url, deskOrigin)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!navigationAllowed(event.url, deskOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  const ses = session.defaultSession;
  // Details missing (never from Electron itself) means no camera: the guard refuses.
  type Details = Partial<Electron.PermissionRequest & Electron.MediaAccessPermissionRequest>;
  ses.setPermissionRequestHandler((_wc, permission, callback, details?: Details) =>
    callback(
      permissionAllowed(
        permission,
        {
          requestingUrl: details?.requestingUrl,
          isMainFrame: details?.isMainFrame,
          mediaTypes: details?.mediaTypes ?? [],
        },
        deskOrigin,
      ),
    ),
  );
  ses.setPermissionCheckHandler(
    (_wc, permission, _origin, details?: Partial<Electron.PermissionCheckHandlerHandlerDetails>) =>
      permissionAllowed(
        permission,
        {
          requestingUrl: details?.requestingUrl,
          isMainFrame: details?.isMainFrame,
          mediaTypes: details?.mediaType ? [details.mediaType] : [],
        },
        deskOrigin,
      ),
  );
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !requestAllowed(details.url, rendererDir, deskOrigin) });
  });
}
