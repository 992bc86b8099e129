import type { KeyboardEvent } from 'react';
import { createKeystrokeTracker, READER_MIN_KEYS } from '../../../shared/documents/reader-detect';
import { readMrzText } from './mrz-apply';

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

/**
 * Reader keys that arrive right after a scan was taken in (a CR LF pair) are not the desk's. Only
 * an Enter with nothing typed before it is the reader's: once the desk types (the room, at once),
 * its Enter is its own, however soon after the scan.
 */
let swallowEnterUntil = 0;
export const swallowTrailingEnter = (ms = 150) => {
  swallowEnterUntil = performance.now() + ms;
};

// A passport scanned while the cursor sits in another field (the desk clicked Room, then
// scanned) would fill that field with the zone. The keystroke rhythm gives it away: at the
// first Enter of a reader-speed burst, the field gets its text back and the burst moves into
// the MRZ field, where the rest of the scan then lands by itself.
const tracker = createKeystrokeTracker();
let burst: { el: HTMLInputElement; before: string; text: string } | null = null;

function noteKey(e: KeyboardEvent<HTMLElement>) {
  const el = e.target;
  if (!(el instanceof HTMLInputElement) || el.type === 'checkbox') {
    tracker.reset();
    burst = null;
    return;
  }
  tracker.record(e.timeStamp, e.key);
  if (tracker.stats().keys === 1 || burst?.el !== el) burst = { el, before: el.value, text: '' };
  if (e.key.length === 1) burst.text += e.key;
}

function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  // React tracks the value it last set; the prototype's setter plus an input event goes
  // through its onChange like typing does.
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

function redirectToMrz(
  container: HTMLElement,
  from: { el: HTMLInputElement; before: string; text: string },
) {
  const mrz =
    from.el.closest('section')?.querySelector('textarea') ?? container.querySelector('textarea');
  if (!mrz) return false;
  setNativeValue(from.el, from.before);
  setNativeValue(mrz, `${from.text}\n`);
  mrz.focus();
  mrz.setSelectionRange(mrz.value.length, mrz.value.length);
  // A reader that sends the whole zone before its only Enter: read it now.
  if (readMrzText(mrz.value).format) {
    mrz.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
  }
  return true;
}

/** keydown on the form's container. */
export function handleFormKey(
  e: KeyboardEvent<HTMLElement>,
  onSubmit: () => void,
  /** Moves the cursor further than the next field when the form knows better; true if it did. */
  jump: (from: HTMLElement) => boolean = () => false,
) {
  noteKey(e);
  if (e.key.length === 1) swallowEnterUntil = 0;
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  if (
    !e.ctrlKey &&
    burst &&
    burst.text.length >= READER_MIN_KEYS &&
    tracker.isReaderBurst() &&
    redirectToMrz(e.currentTarget, burst)
  ) {
    e.preventDefault();
    tracker.reset();
    burst = null;
    return;
  }
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
  else if (!jump(target)) focusNext(container, target);
}
