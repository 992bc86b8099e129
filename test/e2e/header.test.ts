/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../shared/locales';
import { E2E_STAFF, startApp, type AppHarness } from './harness';

// The longest names the header carries: a receptionist whose name is as long as the demo's.
const LONG_NAME = 'Aruzhan Tokhtarova-Saparbekova';

describe('the top bar at 1366×768, the desk PC’s usual screen (issue 20)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp();
    const staff = app.core.repos.staff.list();
    const receptionist = staff.find((s) => s.name === E2E_STAFF.receptionist.name)!;
    app.core.repos.staff.rename(receptionist.id, LONG_NAME);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    for (const as of ['receptionist', 'auditor', 'owner'] as const) {
      it(`shows the whole role of the ${as} in ${lang}`, async () => {
        const page = await app.open('/in-house', lang, as);
        const role = resources[lang].auth.role[as];
        const who = page.locator('[data-signed-in]');
        await who.waitFor();
        expect(await who.textContent()).toContain(role);
        // Nothing in the top bar is cut: neither the text box nor a box around it clips it.
        const cut = await who.evaluate((el) => {
          const found: string[] = [];
          const box = el.getBoundingClientRect();
          for (let node: Element | null = el; node && node.tagName !== 'HEADER';) {
            const r = node.getBoundingClientRect();
            if (node.scrollWidth > node.clientWidth + 1) found.push(`${node.tagName} scrolls`);
            if (box.left < r.left - 1 || box.right > r.right + 1)
              found.push(`${node.tagName} clips`);
            node = node.parentElement;
          }
          if (box.right > window.innerWidth) found.push('off screen');
          return found;
        });
        expect(cut).toEqual([]);
        if (as === 'receptionist') await app.screenshot(`header-1366-${lang}`);
      });
    }
  }
});
