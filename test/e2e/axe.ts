/// <reference lib="dom" />
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

// Moderate by axe's measure, but named by issue 9: a second banner in the drawer and dialogs,
// headings that skip a level.
const ALSO = ['landmark-no-duplicate-banner', 'landmark-banner-is-top-level', 'heading-order'];

/**
 * Runs axe-core in the page; the serious and critical violations (and the few moderate ones
 * above), each with where it is.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated, not added as a script tag: the app's Content-Security-Policy (script-src 'self')
  // rightly refuses an inline script, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (also) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || also.includes(v.id))
      .map((v) => ({
        id: v.id,
        impact: v.impact!,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => String(n.target.join(' '))),
      }));
  }, ALSO);
}
