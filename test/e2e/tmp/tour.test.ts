import { it } from 'vitest';
import { startApp } from '../harness';
import { seedDemo } from '../../../electron/core/demo/seed-demo';
const NOW = new Date();
it('tour', async () => {
  const app = await startApp({ now: () => NOW });
  await seedDemo(app.core, NOW);
  for (const lang of ['kk'] as const) {
    for (const [name, route] of [['inhouse', '/'], ['checkin', '/check-in'], ['notif', '/notifications'], ['history', '/history'], ['reports', '/reports'], ['settings', '/settings']]) {
      const page = await app.open(route, lang);
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `/tmp/tour/${lang}-${name}.png` });
    }
  }
  await app.close();
}, 180000);
