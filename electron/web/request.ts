import { z } from 'zod';

/**
 * The path a request asks for, or null when the target is not one we serve. Origin-form
 * ("/x?y") is split by hand: parsing it as a URL would read "//host/x" as another host.
 * Absolute-form ("http://127.0.0.1:PORT/x") is accepted for our own host only (RFC 9112
 * 3.2.2); anything else, including targets no URL parser accepts, is null (400), never a throw.
 */
export function requestPathname(target: string | undefined, ownHosts: string[]): string | null {
  if (!target) return null;
  if (target.startsWith('/')) return target.split(/[?#]/, 1)[0] ?? null;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  return url.protocol === 'http:' && ownHosts.includes(url.host) ? url.pathname : null;
}

/** The envelope of POST /api/call; the dispatcher validates `input` against the method's schema. */
const CallBody = z.object({ method: z.string().min(1).max(100), input: z.unknown().optional() });

export type CallBody = z.infer<typeof CallBody>;

/** Parses a call body: not JSON, not an object, or a method that is not a string is null (400). */
export function parseCallBody(bytes: Buffer): CallBody | null {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  const parsed = CallBody.safeParse(json);
  return parsed.success ? parsed.data : null;
}
