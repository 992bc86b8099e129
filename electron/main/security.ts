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
 * leaving the machine.
 */
export function installSecurityGuards(rendererDir: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(windowOpenAnswer);
    contents.on('will-navigate', (event) => {
      if (!navigationAllowed(event.url)) event.preventDefault();
    });
    // will-navigate covers the top frame only; an iframe navigates through this one.
    contents.on('will-frame-navigate', (event) => {
      if (!navigationAllowed(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!navigationAllowed(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  const ses = session.defaultSession;
  // Details missing (never from Electron itself) means no camera: the guard refuses.
  type Details = Partial<Electron.PermissionRequest & Electron.MediaAccessPermissionRequest>;
  ses.setPermissionRequestHandler((_wc, permission, callback, details?: Details) =>
    callback(
      permissionAllowed(permission, {
        requestingUrl: details?.requestingUrl,
        isMainFrame: details?.isMainFrame,
        mediaTypes: details?.mediaTypes ?? [],
      }),
    ),
  );
  ses.setPermissionCheckHandler(
    (_wc, permission, _origin, details?: Partial<Electron.PermissionCheckHandlerHandlerDetails>) =>
      permissionAllowed(permission, {
        requestingUrl: details?.requestingUrl,
        isMainFrame: details?.isMainFrame,
        mediaTypes: details?.mediaType ? [details.mediaType] : [],
      }),
  );
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !requestAllowed(details.url, rendererDir) });
  });
}
