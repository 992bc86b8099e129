import type { KeyboardEvent } from 'react';

// The desk works from the keyboard (product.md): Enter moves to the next field, Ctrl+Enter saves.

const FIELDS = 'input:not([type=hidden]), select, textarea, button[data-enter-stop]';

/** Focuses the field after `from` inside `container`, in document order; false at the end. */
export function focusNext(container: HTMLElement, from: Element): boolean {
  const all = [...container.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (el) =>
      !(el as HTMLInputElement).disabled &&
      el.tabIndex >= 0 &&
      el.getClientRects().length > 0 &&
      !el.closest('[aria-hidden="true"]'),
  );
  const next = all[all.indexOf(from as HTMLElement) + 1];
  if (!next) return false;
  next.focus();
  if (next instanceof HTMLInputElement && next.type === 'text') next.select();
  return true;
}

/** Reader keys that arrive right after a scan was taken in (a CR LF pair) are not the desk's. */
let swallowEnterUntil = 0;
export const swallowTrailingEnter = (ms = 150) => {
  swallowEnterUntil = performance.now() + ms;
};

/** keydown on the form's container. */
export function handleFormKey(e: KeyboardEvent<HTMLElement>, onSubmit: () => void) {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  if (performance.now() < swallowEnterUntil) {
    e.preventDefault();
    return;
  }
  if (e.ctrlKey || e.metaKey) {
    e.preventDefault();
    onSubmit();
    return;
  }
  const target = e.target as HTMLElement;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  // A list that just took its option on this Enter (Mantine prevents the default) moves on
  // once it has closed.
  const picked = e.defaultPrevented;
  e.preventDefault();
  const container = e.currentTarget;
  if (picked) setTimeout(() => focusNext(container, target), 0);
  else focusNext(container, target);
}
