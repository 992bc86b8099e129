import { app, session } from 'electron';

/**
 * App-wide guards (style.md, Actual's window as the model): no new windows, no navigation
 * away from the app, no webviews, every permission request denied, and no request leaves the
 * machine: guest data is personal data and Tirkeu makes no network calls of its own.
 */
export function installSecurityGuards(appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!event.url.startsWith(appOrigin + '/')) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!event.url.startsWith(appOrigin + '/')) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(appOrigin + '/') ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
}
