import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { APP_SCHEME } from '../policy/app-origin';
import { resolveAppRequest } from '../policy/renderer-files';

/** Must run before `app.ready`: our scheme behaves like a secure standard origin. */
export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from inside the app (asar) under app://tirkeu/, with the strict
 * CSP as a real header. Which file a URL gets is decided by resolveAppRequest (policy/).
 */
export function serveRenderer(rendererDir: string): (request: Request) => Promise<Response> {
  const serve = async (request: Request): Promise<Response> => {
    const target = resolveAppRequest(request.url, rendererDir);
    if (target.kind === 'refused') return new Response(null, { status: target.status });
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(target.file).toString());
    } catch {
      // A missing file rejects rather than answering 404.
      return new Response(null, { status: 404 });
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  };
  protocol.handle(APP_SCHEME, serve);
  // Returned for `--smoke`, which reads the start page's headers as the window gets them.
  return serve;
}
