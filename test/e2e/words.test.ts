/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckInResult } from '../../shared/contract';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { startApp, type AppHarness } from './harness';

const NOW = new Date('2026-03-26T07:00:00Z');

describe('words in every language (issue 20)', () => {
  let app: AppHarness;
  let notice = 0;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    await app.core.call('hotel.save', {
      name: 'Saryarqa',
      bin: '',
      address: 'Астана, Қабанбай батыр 11',
      region: '',
      businessSize: 'small',
    });
    // FISCHER MARIE came yesterday and left this morning, her notice still to file.
    const r = await app.core.call(
      'stays.checkIn',
      checkInInput(
        [guestEntry({ surname: 'FISCHER', givenNames: 'MARIE', sex: 'F', citizenship: 'DEU' })],
        { room: '204', checkInAt: '2026-03-25T15:00:00+05:00', plannedCheckOut: '2026-03-28' },
      ),
    );
    const stay = (r as { value: CheckInResult }).value.stays[0]!;
    notice = stay.notices[0]!.id;
    const out = await app.core.call('stays.checkOut', {
      stayId: stay.stayId,
      at: '2026-03-26T11:00:00+05:00',
    });
    expect(out).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  const SERIES = { en: 'Document series', kk: 'Құжат сериясы' } as const;
  for (const lang of ['en', 'kk'] as const) {
    it(`names e-Qonaq's Russian-only series field in ${lang}, marked as the portal's label`, async () => {
      const page = await app.open(`/notifications?notice=${notice}`, lang);
      const row = page.getByRole('rowheader', { name: new RegExp(SERIES[lang]) });
      await row.waitFor();
      const text = await row.textContent();
      expect(text).toMatch(/«Серия документа»/);
      expect(text).toMatch(lang === 'en' ? /on the portal:/ : /порталда:/);
      expect(await row.locator('[lang="ru"]').textContent()).toBe('«Серия документа»');
      await row.scrollIntoViewIfNeeded();
      await app.screenshot(`words-series-${lang}`);
    });
  }

  it('shows the portal’s own series label in ru as it is, unmarked', async () => {
    const page = await app.open(`/notifications?notice=${notice}`, 'ru');
    const row = page.getByRole('rowheader', { name: /Серия документа/ });
    await row.waitFor();
    expect(await row.textContent()).not.toMatch(/на портале/);
  });

  it('says in Russian that she has left: “выехала” on the board, in history and her stay', async () => {
    const page = await app.open(`/notifications?notice=${notice}`, 'ru');
    const list = page.getByRole('listbox');
    const option = list.getByRole('option').filter({ hasText: 'FISCHER MARIE' });
    await option.waitFor();
    expect(await option.textContent()).toMatch(/выехала/);
    await app.screenshot('words-board-ru');
    const history = await app.open('/history', 'ru');
    const row = history.getByRole('row', { name: /FISCHER MARIE/ });
    await row.getByRole('cell', { name: 'Выехала', exact: true }).waitFor();
    // Checked in through the core: the command line, named in Russian.
    await row.getByRole('cell', { name: 'Командная строка Tirkeu' }).waitFor();
    await app.screenshot('words-history-ru');
  });
});
