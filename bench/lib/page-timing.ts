// Timing inside the page: the clock is the page's own (performance.now), so neither the
// DevTools protocol's round trips nor the bench's event loop are counted.
import type { Page } from 'playwright-core';

export interface ClickTiming {
  /** From the click to the first frame painted with `ready` in the DOM. */
  ms: number;
  /** How many elements matched `count` in that frame. */
  counted: number;
}

/**
 * Clicks the nav link to `href` and waits for an element matching `ready` to be in the DOM, then
 * for that frame to be painted: a task posted from requestAnimationFrame runs once the frame the
 * callback belongs to has been drawn. A MutationObserver sees the element at React's commit.
 */
export function timeNavClick(
  page: Page,
  href: string,
  ready: string,
  count: string,
): Promise<ClickTiming> {
  // A string, not a function: tsx names functions with a helper the page does not have.
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify({ href, ready, count })})`);
}

const IN_PAGE = `({ href, ready, count }) =>
  new Promise((resolve, reject) => {
    const link = document.querySelector('nav a[href="' + href + '"]');
    if (!link) return reject(new Error('no nav link to ' + href));
    let t0 = 0;
    const give = setTimeout(() => reject(new Error(ready + ' never appeared')), 30000);
    const observer = new MutationObserver(() => {
      if (!document.querySelector(ready)) return;
      observer.disconnect();
      clearTimeout(give);
      requestAnimationFrame(() =>
        setTimeout(() =>
          resolve({ ms: performance.now() - t0, counted: document.querySelectorAll(count).length }),
        ),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true });
    t0 = performance.now();
    link.click();
  })`;
