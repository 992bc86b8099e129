import { useEffect } from 'react';
import { lockScreen } from './session-store';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after the owner's auto-lock minutes without a key or a click (0 = never).
 * The server ends an idle session by itself as well; this is what the desk sees.
 */
export function useAutoLock(minutes: number): void {
  useEffect(() => {
    if (minutes <= 0) return;
    let last = Date.now();
    const seen = () => {
      last = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) void lockScreen();
    }, 5_000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes]);
}
