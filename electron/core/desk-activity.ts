/**
 * Whether the desk is at work, so that background work of the start (the audit chain's walk,
 * seconds at a million rows) gives way to it. Walking the chain in steps between the first
 * screen's requests made every file and call of that screen wait a step behind it, and the step
 * took one of a small PC's two cores while the browser was reading its code: the sign-in screen
 * at a million stays came about half a second later, and In house after the PIN as much again.
 */
export interface DeskActivityOptions {
  /** The clock, in ms (tests drive it). */
  now?: () => number;
  /** The desk counts as quiet this long after its last request or answer. */
  quietMs?: number;
  /** Background work waits no longer than this for a quiet moment: it always ends. */
  maxWaitMs?: number;
}

export interface DeskActivity {
  /** A request arrived or was answered (any transport, any file). */
  touch: () => void;
  /** Resolves at the next quiet moment (or after maxWaitMs): when a background step may run. */
  turn: () => Promise<void>;
}

// A page being loaded or a screen being drawn asks again within this: the browser reading the
// code it was sent, then the screen's calls.
const QUIET_MS = 400;
const MAX_WAIT_MS = 1000;

export function createDeskActivity(options: DeskActivityOptions = {}): DeskActivity {
  const now = options.now ?? (() => performance.now());
  const quietMs = options.quietMs ?? QUIET_MS;
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  let last = Number.NEGATIVE_INFINITY;
  return {
    touch: () => {
      last = now();
    },
    turn: () =>
      new Promise<void>((resolve) => {
        const since = now();
        const check = () => {
          const t = now();
          const quietIn = last + quietMs - t;
          if (quietIn <= 0 || t - since >= maxWaitMs) return void setImmediate(resolve);
          setTimeout(check, Math.min(quietIn, maxWaitMs - (t - since))).unref?.();
        };
        check();
      }),
  };
}
