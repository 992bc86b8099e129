import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type {
  CheckInResult,
  FileRef,
  FilingView,
  Place,
  RegisterView,
  StayDetail,
  Statistics,
} from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore, value } from '../../helpers/core';
import { signInAs } from '../../helpers/sessions';

const NOW = new Date('2026-03-20T06:00:00Z');
const RANGE = { from: '2026-03-01', to: '2026-03-31' };
const HOTEL = {
  name: 'Hostel Nomad',
  bin: '',
  address: 'Астана қ., Кенесары к-сі 40',
  region: 'KZ-71',
  businessSize: 'small' as const,
};
const ANNEX = {
  id: null,
  name: 'Корпус Б',
  address: 'Алматы қ., Абай даңғылы 150, 2-пәтер',
  region: 'KZ-75',
};

const lastAudit = (core: Core) =>
  core.db
    .prepare('SELECT action, entity, entity_id, details FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as { action: string; entity: string; entity_id: string; details: string };

async function checkIn(core: Core, surname: string, placeId?: number): Promise<StayDetail> {
  const { stays } = await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput(
      [guestEntry({ surname, givenNames: 'EMMA', citizenship: 'GBR' })],
      placeId === undefined ? {} : { placeId },
    ),
  );
  return stays[0]!;
}

async function twoPlaces(core: Core): Promise<{ main: Place; annex: Place }> {
  await value(core, 'hotel.save', HOTEL);
  const list = await value<Place[]>(core, 'places.save', ANNEX);
  return { main: list[0]!, annex: list[1]! };
}

describe('several places of stay', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('makes the hotel’s address its first place, which a stay names by default', async () => {
    core = memoryCore(NOW);
    await value(core, 'hotel.save', HOTEL);
    const places = await value<Place[]>(core, 'places.list');
    expect(places).toEqual([
      { id: 1, name: 'Hostel Nomad', address: HOTEL.address, region: 'KZ-71', stays: 0 },
    ]);
    const stay = await checkIn(core, 'TAYLOR');
    expect(stay.placeId).toBe(1);
    // The hotel's address edited in its details is its first place's.
    await value(core, 'hotel.save', { ...HOTEL, address: 'Астана қ., Кенесары к-сі 42' });
    expect((await value<Place[]>(core, 'places.list'))[0]).toMatchObject({
      address: 'Астана қ., Кенесары к-сі 42',
      stays: 1,
    });
  });

  it('with one place, shows no place on the filing guide and no place column in the register', async () => {
    core = memoryCore(NOW);
    await value(core, 'hotel.save', HOTEL);
    const stay = await checkIn(core, 'TAYLOR');
    const view = await value<FilingView>(core, 'notifications.filing', {
      notificationId: stay.notices[0]!.id,
    });
    expect(view.place).toBeNull();
    expect(view.fields.find((f) => f.key === 'address')?.value).toBe(HOTEL.address);
    const register = await value<RegisterView>(core, 'reports.register', RANGE);
    expect(register.byPlace).toBeUndefined();
    const stats = await value<Statistics>(core, 'reports.statistics', RANGE);
    expect(stats.byPlace).toBeUndefined();
  });

  it('adds a place for the owner, audited, and checks a guest in there', async () => {
    core = memoryCore(NOW);
    const { annex } = await twoPlaces(core);
    const added = lastAudit(core);
    expect(added).toMatchObject({ action: 'place.save', entity: 'place', entity_id: '2' });
    expect(JSON.parse(added.details)).toEqual({
      before: null,
      after: { name: ANNEX.name, address: ANNEX.address, region: 'KZ-75' },
    });

    const stay = await checkIn(core, 'TAYLOR', annex.id);
    expect(stay.placeId).toBe(annex.id);
    expect(JSON.parse(lastAudit(core).details)).toMatchObject({ placeId: annex.id });

    // The filing guide gives the annex's address and region (domain.md §10, "Per place").
    const view = await value<FilingView>(core, 'notifications.filing', {
      notificationId: stay.notices[0]!.id,
    });
    expect(view.place).toEqual({ name: ANNEX.name, address: ANNEX.address, region: 'KZ-75' });
    expect(view.fields.find((f) => f.key === 'address')?.value).toBe(ANNEX.address);
  });

  it('prints the stay’s place’s address and region on the paper notice', async () => {
    core = memoryCore(NOW);
    const { annex } = await twoPlaces(core);
    const stay = await checkIn(core, 'TAYLOR', annex.id);
    const ref = await value<FileRef>(core, 'notifications.paperNotice', {
      notificationId: stay.notices[0]!.id,
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'place-')), 'n.pdf');
    fs.writeFileSync(file, core.files.bytes(ref.fileId));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Абай даңғылы 150');
    expect(text).not.toContain('Кенесары');
    expect(text).toContain('Алматы');
  });

  it('refuses an unknown place at check-in and changes nothing', async () => {
    core = memoryCore(NOW);
    await twoPlaces(core);
    const r = await core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'TAYLOR' })], { placeId: 99 }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toEqual([{ field: 'placeId', code: 'place.unknown' }]);
    expect(core.db.prepare('SELECT count(*) FROM stays').pluck().get()).toBe(0);
  });

  it('corrects a stay’s place in an edit, with the place before and after in the audit', async () => {
    core = memoryCore(NOW);
    const { main, annex } = await twoPlaces(core);
    const stay = await checkIn(core, 'TAYLOR');
    expect(stay.placeId).toBe(main.id);
    const edited = await value<StayDetail>(core, 'stays.update', {
      stayId: stay.stayId,
      person: stay.person,
      document: stay.document && (({ id: _id, ...d }) => d)(stay.document),
      checkInAt: stay.checkInAt,
      plannedCheckOut: stay.plannedCheckOut,
      purposeCode: stay.purposeCode,
      visaNumber: stay.visaNumber,
      visaValidUntil: stay.visaValidUntil,
      entryDate: stay.entryDate,
      placeId: annex.id,
    });
    expect(edited.placeId).toBe(annex.id);
    const audit = lastAudit(core);
    expect(audit.action).toBe('stay.edit');
    const details = JSON.parse(audit.details) as {
      before: { placeId: number };
      after: { placeId: number };
    };
    expect([details.before.placeId, details.after.placeId]).toEqual([main.id, annex.id]);
  });

  it('refuses to remove a place a stay names, with a translated code, and keeps it', async () => {
    core = memoryCore(NOW);
    const { annex } = await twoPlaces(core);
    await checkIn(core, 'TAYLOR', annex.id);
    const r = await core.call('places.remove', { placeId: annex.id });
    expect(r.ok ? null : r.error).toEqual({ code: 'place.in_use', params: { count: 1 } });
    expect(await value<Place[]>(core, 'places.list')).toHaveLength(2);
  });

  it('removes a place no stay names, audited, but never the last one', async () => {
    core = memoryCore(NOW);
    const { main, annex } = await twoPlaces(core);
    const after = await value<Place[]>(core, 'places.remove', { placeId: annex.id });
    expect(after.map((p) => p.id)).toEqual([main.id]);
    expect(lastAudit(core)).toMatchObject({ action: 'place.remove', entity_id: String(annex.id) });
    const r = await core.call('places.remove', { placeId: main.id });
    expect(r.ok ? null : r.error.code).toBe('place.last');
  });

  it('refuses a receptionist who reaches past the screens to add or remove a place', async () => {
    core = memoryCore(NOW);
    const { annex } = await twoPlaces(core);
    const ctx = core.contextFor((await signInAs(core, 'receptionist')).token);
    const audits = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const add = await core.dispatch('places.save', { ...ANNEX, name: 'Hack' }, ctx);
    const drop = await core.dispatch('places.remove', { placeId: annex.id }, ctx);
    expect([add, drop].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'auth.forbidden',
      'auth.forbidden',
    ]);
    expect(await value<Place[]>(core, 'places.list')).toHaveLength(2);
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audits);
    // Reading the places is for everyone at the desk: the check-in form needs them.
    const list = await core.dispatch('places.list', {}, ctx);
    expect(list.ok).toBe(true);
  });

  it('groups the register by place and breaks the statistics down per place', async () => {
    core = memoryCore(NOW);
    const { annex } = await twoPlaces(core);
    await checkIn(core, 'ADAMS', annex.id);
    await checkIn(core, 'BROWN');
    await checkIn(core, 'CLARK', annex.id);
    const register = await value<RegisterView>(core, 'reports.register', RANGE);
    expect(register.byPlace).toBe(true);
    expect(register.rows.map((r) => [r.place, r.surname])).toEqual([
      ['Hostel Nomad', 'BROWN'],
      [ANNEX.name, 'ADAMS'],
      [ANNEX.name, 'CLARK'],
    ]);
    const stats = await value<Statistics>(core, 'reports.statistics', RANGE);
    expect(stats.byPlace?.map((p) => [p.place, p.totals.notices, p.totals.guests])).toEqual([
      ['Hostel Nomad', 1, 1],
      [ANNEX.name, 2, 2],
    ]);
  });
});

describe('hostile place input', () => {
  it('refuses an unknown region, an empty address and a long name with their codes, saving nothing', async () => {
    const core = memoryCore(NOW);
    try {
      await value(core, 'hotel.save', HOTEL);
      const r = await core.call('places.save', {
        id: null,
        name: 'x'.repeat(201),
        address: ' ',
        region: 'KZ-00',
      });
      expect(r.ok ? [] : r.error.issues?.map((i) => `${i.field}:${i.code}`).sort()).toEqual([
        'address:required',
        'name:too_long',
        'region:place.region_unknown',
      ]);
      expect(await value<Place[]>(core, 'places.list')).toHaveLength(1);
    } finally {
      core.close();
    }
  });
});
