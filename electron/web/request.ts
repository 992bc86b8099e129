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

/**
 * The most a call's JSON may hold. The renderer's largest call (a group's check-in, the rules
 * with their country list) holds a few thousand values a few levels deep; a body of 2 million
 * values held the server for 3.65 s, in JSON.parse and then in the input's validation.
 */
export const JSON_LIMITS = { values: 100_000, depth: 64 };

/**
 * Counts a JSON text's values (commas and opened containers) and nesting as its bytes arrive,
 * without parsing it: `feed` is false once a limit is passed, so a call over them is refused
 * before it is parsed or even received whole. Strings are skipped, escapes included; anything
 * that is not JSON is left for JSON.parse to refuse.
 */
export function jsonScanner(limits = JSON_LIMITS): { feed: (chunk: Buffer) => boolean } {
  const state = { depth: 0, values: 0, inString: false, escaped: false };
  return {
    feed: (chunk) => {
      // Locals in the loop: a 25 MB body is scanned in tens of milliseconds, not hundreds.
      let { depth, values, inString, escaped } = state;
      const { depth: maxDepth, values: maxValues } = limits;
      let within = true;
      for (let i = 0; i < chunk.length; i += 1) {
        const c = chunk[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) inString = false;
        } else if (c === 0x22) inString = true;
        else if (c === 0x5b || c === 0x7b) {
          depth += 1;
          values += 1;
          if (depth > maxDepth || values > maxValues) {
            within = false;
            break;
          }
        } else if (c === 0x5d || c === 0x7d) depth -= 1;
        else if (c === 0x2c && ++values > maxValues) {
          within = false;
          break;
        }
      }
      Object.assign(state, { depth, values, inString, escaped });
      return within;
    },
  };
}
