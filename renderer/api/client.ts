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
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(listener: (message: EventMessage) => void): () => void;
}

interface PreloadApi {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(listener: (message: unknown) => void): () => void;
}

declare global {
  interface Window {
    tirkeu?: PreloadApi;
  }
}

const SECRET_KEY = 'tirkeu.secret';

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
  });
  return {
    async invoke(method, input) {
      try {
        const res = await fetch('/api/call', {
          method: 'POST',
          headers: headers(),
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
    invoke: async (method, input) => {
      try {
        return (await api.invoke(method, input)) as Result<unknown>;
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
  const result = await current().invoke(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as Output<M>;
}

export const onEvent = (listener: (message: EventMessage) => void): (() => void) =>
  current().on(listener);
