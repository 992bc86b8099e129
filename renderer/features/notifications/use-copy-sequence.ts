import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export interface CopyValue {
  key: string;
  label: string;
  /** As the portal takes it; empty when there is nothing to paste. */
  value: string;
}

/** The one shortcut: Alt+C, read by key position so it works in any keyboard layout. */
export const isCopyNextKey = (e: KeyboardEvent): boolean =>
  e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyC';

/** The value Alt+C copies next: the first non-empty one after the last copied, or -1 at the end. */
export const nextCopyIndex = (values: readonly CopyValue[], lastIndex: number): number =>
  values.findIndex((v, i) => i > lastIndex && v.value !== '');

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an insecure origin, a denied prompt): the field is then selected
    // for Ctrl+C instead, so the receptionist can still copy it.
    return false;
  }
}

/**
 * Copying the portal's values one after another. `next` is the first value not yet copied
 * after the last one copied, skipping empty ones; Alt+C anywhere in the window copies it and
 * moves on, so someone alternating between the portal and Tirkeu never needs the mouse.
 */
// The panel is keyed by notice, so a new notice starts a fresh sequence.
export function useCopySequence(values: CopyValue[], onAllCopied?: () => void) {
  const [copied, setCopied] = useState<Set<string>>(new Set());
  const [last, setLast] = useState<{ key: string; ok: boolean } | null>(null);
  const [lastIndex, setLastIndex] = useState(-1);

  const nextIndex = nextCopyIndex(values, lastIndex);

  const copy = useCallback(
    async (index: number) => {
      const v = values[index];
      if (!v || v.value === '') return;
      const ok = await writeClipboard(v.value);
      setCopied((s) => new Set(s).add(v.key));
      setLast({ key: v.key, ok });
      setLastIndex(index);
      return nextCopyIndex(values, index) < 0;
    },
    [values],
  );

  // The walk's end hands the cursor on (to the filing form): after the last value, and on an
  // Alt+C with nothing left. A click on one Copy button is no walk and moves nothing.
  const ended = useEffectEvent(() => onAllCopied?.());
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (!isCopyNextKey(e)) return;
    e.preventDefault();
    if (nextIndex < 0) ended();
    else void copy(nextIndex).then((last) => last && ended());
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const restart = () => {
    setCopied(new Set());
    setLast(null);
    setLastIndex(-1);
  };

  return { copied, last, nextIndex, copy, restart };
}
