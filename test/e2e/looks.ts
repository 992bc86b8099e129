/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/**
 * Text the screen cuts at its size: a box that clips or ellipsises its text, or a field whose
 * value is wider than the field. Each as "tag: text". A screenshot nobody compares proves
 * nothing; this is what the screenshots are looked at for, made a check.
 */
export async function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visible = (el: Element) =>
      el.getClientRects().length > 0 &&
      !el.closest('[aria-hidden="true"]') &&
      // Visually hidden text (for screen readers) is a 1 px clipped box on purpose.
      el.getBoundingClientRect().width > 1;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (!visible(el)) continue;
      if (
        el instanceof HTMLInputElement &&
        ['text', 'search', 'email', 'tel', ''].includes(el.type)
      ) {
        if (el.value && el.scrollWidth > el.clientWidth + 1) found.push(`input: ${el.value}`);
        continue;
      }
      const style = getComputedStyle(el);
      const clips =
        style.textOverflow === 'ellipsis' || ['hidden', 'clip'].includes(style.overflowX);
      const ownText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      );
      if (clips && ownText && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${el.tagName.toLowerCase()}: ${el.textContent!.trim().slice(0, 60)}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth)
      found.push('page: scrolls sideways');
    return found;
  });
}
