import type {
  AppError,
  EventName,
  Events,
  Input,
  MethodName,
  Output,
  Result,
} from '../../shared/contract';

/** A failed call, carrying the stable error the UI translates. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
    this.name = 'ApiError';
  }
}

export type EventMessage = { [E in EventName]: { event: E; payload: Events[E] } }[EventName];

interface Transport {
  invoke(method: string, input: unknown, session: string | null): Promise<Result<unknown>>;
  on(listener: (message: EventMessage) => void): () => void;
}

interface PreloadApi {
  invoke(method: string, input: unknown, session?: string | null): Promise<unknown>;
  on(listener: (message: unknown) => void): () => void;
}

declare global {
  interface Window {
    tirkeu?: PreloadApi;
  }
}

const SECRET_KEY = 'tirkeu.secret';
const SESSION_KEY = 'tirkeu.session';

/**
 * This tab's (or window's) sign-in: kept in sessionStorage, so a reload of the tab stays signed
 * in and a new tab signs in again (issue 11).
 */
export const sessionToken = (): string | null => sessionStorage.getItem(SESSION_KEY);

const signedOutListeners = new Set<() => void>();
export function setSessionToken(token: string | null): void {
  if (token) sessionStorage.setItem(SESSION_KEY, token);
  else sessionStorage.removeItem(SESSION_KEY);
}
/** Told when the server no longer knows this tab's session (expired, or signed out elsewhere). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/**
 * Web mode: the printed URL carries the per-launch secret in its fragment (never sent over the
 * wire by the browser); keep it for this tab and take it out of the address bar.
 */
export function captureSecretFromUrl(): void {
  const match = /(?:^#|&)k=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(SECRET_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
}

const unreachable: Result<never> = { ok: false, error: { code: 'api.unreachable' } };

function webTransport(): Transport {
  const headers = (): Record<string, string> => ({
    'content-type': 'application/json',
    'x-tirkeu-secret': sessionStorage.getItem(SECRET_KEY) ?? '',
    'x-tirkeu-session': sessionToken() ?? '',
  });
  return {
    async invoke(method, input, session) {
      try {
        const res = await fetch('/api/call', {
          method: 'POST',
          headers: { ...headers(), 'x-tirkeu-session': session ?? '' },
          body: JSON.stringify({ method, input }),
        });
        return (await res.json()) as Result<unknown>;
      } catch {
        return unreachable;
      }
    },
    on(listener) {
      const controller = new AbortController();
      void (async () => {
        try {
          const res = await fetch('/api/events', { headers: headers(), signal: controller.signal });
          const reader = res.body?.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          while (reader) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            let cut: number;
            while ((cut = buffer.indexOf('\n\n')) >= 0) {
              const chunk = buffer.slice(0, cut);
              buffer = buffer.slice(cut + 2);
              if (chunk.startsWith('data: ')) listener(JSON.parse(chunk.slice(6)) as EventMessage);
            }
          }
        } catch {
          // The stream ends when the tab closes or the server stops; queries still refetch on focus.
        }
      })();
      return () => controller.abort();
    },
  };
}

function ipcTransport(api: PreloadApi): Transport {
  return {
    invoke: async (method, input, session) => {
      try {
        return (await api.invoke(method, input, session)) as Result<unknown>;
      } catch {
        return unreachable;
      }
    },
    on: (listener) => api.on((m) => listener(m as EventMessage)),
  };
}

let transport: Transport | null = null;
const current = (): Transport =>
  (transport ??= window.tirkeu ? ipcTransport(window.tirkeu) : webTransport());

/** Calls a contract method; resolves with its output or rejects with an ApiError. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const session = sessionToken();
  const result = await current().invoke(method, input, session);
  if (!result.ok) {
    // The session this call carried is gone: the app shows the sign-in screen again.
    if (result.error.code === 'auth.required' && session && session === sessionToken()) {
      setSessionToken(null);
      for (const l of signedOutListeners) l();
    }
    throw new ApiError(result.error);
  }
  return result.value as Output<M>;
}

export const onEvent = (listener: (message: EventMessage) => void): (() => void) =>
  current().on(listener);
