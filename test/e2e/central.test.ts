/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { startApp, type AppHarness } from './harness';

const now = new Date('2026-03-20T06:00:00Z');
// 1 234 entries, and the few the sign-ins since added, in the locale's grouping.
const BEHIND = /^\D*1[\s,.\u00a0\u202f]?2[34]\d$/;

describe('Settings › Desks › Central register (issue 25)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => now });
  });
  afterAll(() => app.close());

  it('says it is not set up before the first ship, in English', async () => {
    const page = await app.open('/settings/desks', 'en');
    const panel = page.getByRole('region', { name: 'Central register' });
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toContain('Not set up');
  });

  it('shows when the property last shipped, how far behind it is and a refused fork, in Kazakh and Russian', async () => {
    const last = app.core.repos.centralShip.lastAuditId();
    app.core.repos.centralShip.saveState({
      property: 'Алматы хостелі',
      shippedThrough: last - 1234,
      behind: 0,
      chain: 'fork',
      lastShippedAt: '2026-03-19T09:05:00.000Z',
      lastAttemptAt: '2026-03-20T05:30:00.000Z',
      lastError: 'central.unreachable',
    });

    const kk = await app.open('/settings/desks', 'kk');
    const panel = kk.getByRole('region', { name: 'Орталық тізілім' });
    await panel.waitFor();
    const table = panel.getByRole('table', { name: 'Орталық тізілім' });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
    await expect(row('Орталықтағы нысан').textContent()).resolves.toContain('Алматы хостелі');
    await expect(row('Соңғы жіберілгені').textContent()).resolves.toMatch(/14:05/);
    await expect(row('Әлі жіберілмеген жазбалар').textContent()).resolves.toMatch(BEHIND);
    await expect(row('Аудит журналын').textContent()).resolves.toContain(
      'Қабылданбады: журналдың екі нұсқасы бар',
    );
    await expect(panel.textContent()).resolves.toContain('Орталық екі нұсқаны да сақтайды');
    await expect(panel.textContent()).resolves.toContain('Орталық тізілімге қосылу мүмкін болмады');
    await app.screenshot('central-kk');
    expect(await seriousViolations(kk)).toEqual([]);

    const ru = await app.open('/settings/desks', 'ru');
    const ruPanel = ru.getByRole('region', { name: 'Центральный реестр' });
    await ruPanel.waitFor();
    await expect(
      ruPanel.getByRole('row', { name: /Записей ещё не отправлено/ }).textContent(),
    ).resolves.toMatch(BEHIND);
    await expect(ruPanel.textContent()).resolves.toContain('Отклонён: две версии журнала');
    await app.screenshot('central-ru');
  });
});
