import type {
  CheckInResult,
  GuestEntryInput,
  Language,
  Result,
  StaffMember,
  StaffRole,
} from '../../../shared/contract';
import { DEFAULT_VMP_PURPOSE } from '../../../shared/documents/vmp';
import { addDays, kzDateOf } from '../../../shared/rules';
import { markDemo } from '../auth/demo-secrets';
import type { Core } from '../core';
import { DEMO_PEOPLE } from './demo-people';
import { demoNoticePdf } from './demo-proof';
import { DEMO_STAFF } from './demo-staff';
import { DEMO_WORDS } from './demo-words';

/** A small deterministic generator, so every demo database tells the same story. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}

async function must<T>(p: Promise<Result<unknown>>, what: string): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`demo: ${what} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

const ROOMS = [
  ...Array.from({ length: 12 }, (_, i) => String(101 + i)),
  ...Array.from({ length: 12 }, (_, i) => String(201 + i)),
  ...Array.from({ length: 8 }, (_, i) => String(301 + i)),
];
const PURPOSES = ['11', '11', '11', '66', '66', '55', '43', '57', '67'] as const;

/** `hh:mm` on a date in Kazakhstan time, as an instant. */
const kzInstant = (date: string, hour: number, minute = 0) =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+05:00`;

/** The earlier of an instant and now: nothing is done in the future. */
const earlier = (at: string, now: Date) => (new Date(at) < now ? at : now.toISOString());

/**
 * A call made by one of the hotel's own staff at the moment the desk did it, so the history,
 * the audit trail and the guest's consent (stamped at check-in) read as a real desk's.
 */
function desk(core: Core) {
  const staff = core.repos.staff.list().filter((s) => s.active);
  const first = (role: StaffRole): StaffMember => {
    const s = staff.find((m) => m.role === role) ?? staff.find((m) => m.role === 'owner');
    if (!s) throw new Error(`demo: no ${role} to act as`);
    return { id: s.id, name: s.name, role: s.role };
  };
  const people = { receptionist: first('receptionist'), auditor: first('auditor') };
  return (role: keyof typeof people, at: string | Date) => (method: string, input: unknown) =>
    core.dispatch(method, input, {
      staff: people[role],
      session: null,
      now: () => new Date(at),
    });
}

/** Check-ins from 20:00 are the night auditor's; the day's are the receptionist's. */
const shiftAt = (kzHour: number) => (kzHour >= 20 || kzHour < 8 ? 'auditor' : 'receptionist');

/**
 * Fills a new database through the public API, as a front desk would have over the last three
 * months: local and foreign guests, families, returning guests, notices filed on time, late or
 * not yet, absences and returns, a room change and an entry cancelled in error. What staff type
 * in their own words is in `lang`.
 */
export async function seedDemo(core: Core, now: Date, lang: Language = 'en'): Promise<string> {
  const words = DEMO_WORDS[lang];
  const rnd = random(20260321);
  // Its own sequence, so the story the tests tell (who is late, who is due) stays the same.
  const taskRnd = random(923);
  const today = kzDateOf(now);
  await must(
    core.call('hotel.save', {
      name: 'Hotel Saryarqa',
      bin: '180940012348',
      address: words.address,
      region: 'KZ-71',
      businessSize: 'small',
    }),
    'hotel',
  );
  await seedDemoStaff(core, now);
  const as = desk(core);
  const countries = Object.entries(DEMO_PEOPLE).flatMap(([c, p]) =>
    Array<string>(p.weight).fill(c),
  );
  const known: GuestEntryInput[] = [];
  const inHouse = new Set<string>();
  const roomFree = new Map<string, string>();
  let counter = 0;
  let stays = 0;

  const person = (citizenship: string, surname?: string, child = false): GuestEntryInput => {
    const p = DEMO_PEOPLE[citizenship]!;
    const female = rnd.next() < 0.5;
    counter += 1;
    const birthYear = child ? rnd.int(2012, 2023) : rnd.int(1955, 2003);
    const birthDate = `${birthYear}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    const number = `${citizenship === 'KAZ' ? 'N' : citizenship.slice(0, 1)}${String(10_000_000 + counter * 7919).slice(0, 8)}`;
    return {
      guestId: null,
      person: {
        surname: surname ?? rnd.pick(p.surnames),
        givenNames: rnd.pick(female ? p.female : p.male),
        patronymic: '',
        citizenship,
        birthDate,
        sex: female ? 'F' : 'M',
        phone: '',
        email: '',
      },
      document: {
        typeCode: citizenship === 'XXA' ? '13' : '1',
        number,
        series: '',
        issuingState: citizenship === 'XXA' ? 'KGZ' : citizenship,
        issueDate: `${rnd.int(2016, 2024)}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`,
        expiryDate: `${rnd.int(2027, 2034)}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`,
      },
      onDocumentOf: null,
      visaNumber: '',
      visaValidUntil: null,
      entryDate: null,
      consent: true,
    };
  };

  for (let day = -90; day <= 0; day += 1) {
    const date = addDays(today, day);
    const arrivals = rnd.int(1, day > -6 ? 4 : 3);
    for (let a = 0; a < arrivals; a += 1) {
      const citizenship = rnd.pick(countries);
      let group: GuestEntryInput[];
      const returning = known.filter((k) => !inHouse.has(k.document!.number));
      if (returning.length && rnd.next() < 0.12) {
        group = [rnd.pick(returning)];
      } else if (rnd.next() < 0.18) {
        const parent = person(citizenship);
        const kids = rnd.int(1, 2);
        group = [parent];
        for (let k = 0; k < kids; k += 1) {
          const child = person(citizenship, parent.person.surname, true);
          if (k === 1) group.push({ ...child, document: null, onDocumentOf: 0 });
          else group.push(child);
        }
      } else group = [person(citizenship)];
      const room =
        ROOMS.find((r) => (roomFree.get(r) ?? '') <= date && rnd.next() < 0.4) ?? rnd.pick(ROOMS);
      const nights = rnd.int(1, 7);
      const checkOut = addDays(date, nights);
      const kzHour = (now.getUTCHours() + 5) % 24;
      const hour = day === 0 ? Math.min(rnd.int(8, 22), kzHour) : rnd.int(8, 22);
      const entry = (g: GuestEntryInput): GuestEntryInput =>
        g.person.citizenship === 'KAZ' ? g : { ...g, entryDate: addDays(date, -rnd.int(0, 10)) };
      const checkInAt = kzInstant(date, hour, day === 0 ? 0 : rnd.int(0, 59));
      const clerk = shiftAt(hour);
      const result = await must<CheckInResult>(
        as(clerk, checkInAt)('stays.checkIn', {
          room,
          checkInAt,
          plannedCheckOut: checkOut,
          purposeCode:
            group[0]!.person.citizenship === 'KAZ' ? DEFAULT_VMP_PURPOSE : rnd.pick(PURPOSES),
          guests: group.map(entry),
        }),
        `check-in on ${date}`,
      );
      stays += result.stays.length;
      roomFree.set(room, checkOut);
      group.forEach((g, i) => {
        if (g.document) {
          inHouse.add(g.document.number);
          known.push({ ...g, guestId: result.stays[i]!.guestId });
        }
      });
      for (const [index, stay] of result.stays.entries()) {
        for (const notice of stay.notices.filter((n) => n.kind === 'host_notice')) {
          // Most notices were filed within a day or two; a few late; the last days' still open.
          const roll = rnd.next();
          const age = -day;
          if (age < 2 && roll < 0.7) continue;
          if (age >= 2 && roll < 0.04) continue;
          const lag = roll < 0.1 ? rnd.int(4, 8) : rnd.int(0, 1);
          const filedDate = addDays(date, lag) > today ? today : addDays(date, lag);
          const portal = rnd.next() < 0.7 ? 'eqonaq' : 'vmp';
          const filedAt =
            filedDate === today ? now.toISOString() : kzInstant(filedDate, rnd.int(9, 18));
          // Filed at the desk on arrival, else from the board by the night auditor.
          const filer = as(lag === 0 ? 'receptionist' : 'auditor', filedAt);
          await must(
            filer('notifications.markFiled', {
              notificationId: notice.id,
              portal,
              filedAt,
              reference: '',
            }),
            'filing',
          );
          // The portal's PDF kept for almost every filing; a few of the last days' still to do,
          // so the night auditor's "filed without proof" list has something real on it.
          // A child on a parent's passport is in the parent's notice, which names them both.
          const person = group[index]!.person;
          const documentNumber = (stay.document ?? result.stays[0]!.document)?.number;
          if (documentNumber && !(age < 4 && roll < 0.5)) {
            const pdf = await demoNoticePdf({
              portal,
              surname: person.surname,
              givenNames: person.givenNames,
              documentNumber,
              filedOn: filedDate,
            });
            const file = core.files.put(pdf, `${portal}-${documentNumber}.pdf`, 'application/pdf');
            const attached = await must<{ attached: boolean }>(
              filer('notifications.attachProof', {
                notificationId: notice.id,
                fileId: file.fileId,
              }),
              'proof',
            );
            if (!attached.attached) throw new Error(`demo: proof for ${person.surname} refused`);
          }
        }
        // Order 923's tasks (reminding an EAEU guest to register, confirming for them) are done
        // at the desk on arrival; a few of the last days' are still open.
        for (const task of stay.notices.filter((n) => n.kind !== 'host_notice')) {
          if (-day < 3 && taskRnd.next() < 0.5) continue;
          const doneAt = earlier(kzInstant(date, Math.min(hour + 1, 23)), now);
          await must(
            as(clerk, doneAt)('notifications.completeTask', {
              notificationId: task.id,
              doneAt,
              note: '',
            }),
            'task',
          );
        }
        if (checkOut <= today && !(day > -3 && rnd.next() < 0.5)) {
          const at = earlier(kzInstant(checkOut > today ? today : checkOut, 11), now);
          await must(
            as('receptionist', at)('stays.checkOut', { stayId: stay.stayId, at }),
            'check-out',
          );
          const doc = stay.document?.number;
          if (doc) inHouse.delete(doc);
        }
      }
    }
  }

  // The night auditor's board has something of each kind, made by whoever is at the desk now.
  const onShift = as(shiftAt((now.getUTCHours() + 5) % 24), now);
  const current = await must<
    Array<{ stayId: number; citizenship: string; status: string; checkInDate: string }>
  >(onShift('stays.inHouse', {}), 'in-house');
  const foreign = current.filter((s) => s.citizenship !== 'KAZ');
  const [roomChange, absent] = foreign;
  // Away the night of an earlier day, back now: not someone who arrived today.
  const returned = foreign.slice(2).find((s) => s.checkInDate < today);
  const cancelled = foreign.slice(2).find((s) => s !== returned);
  if (roomChange)
    await must(
      onShift('stays.changeRoom', { stayId: roomChange.stayId, room: '309' }),
      'room change',
    );
  if (absent)
    await must(
      onShift('stays.markAbsent', { stayId: absent.stayId, at: now.toISOString() }),
      'absence',
    );
  if (returned) {
    await must(
      as('auditor', kzInstant(returned.checkInDate, 23))('stays.markAbsent', {
        stayId: returned.stayId,
        at: kzInstant(returned.checkInDate, 23),
      }),
      'absence',
    );
    await must(
      onShift('stays.markReturned', { stayId: returned.stayId, at: now.toISOString() }),
      'return',
    );
  }
  if (cancelled) {
    await must(
      onShift('stays.cancel', {
        stayId: cancelled.stayId,
        reason: words.cancelReason,
      }),
      'cancel',
    );
  }
  return `${stays} stays over 91 days, ${current.length} guests in house now`;
}

/**
 * The owner the first start made becomes the demo's owner, and the others join with their roles
 * and PINs; a database whose people can already sign in (a test's) keeps them.
 */
export async function seedDemoStaff(core: Core, now: Date): Promise<void> {
  const owner = core.repos.staff.firstOwner();
  if (!owner || core.repos.staff.ownerHasSecret()) return;
  // Its PINs are published: allowed in this database alone (auth/demo-secrets.ts).
  markDemo(core, now);
  for (const s of DEMO_STAFF) {
    if (s.role === 'owner') {
      await must(
        core.call('staff.update', { staffId: owner.id, name: s.name, role: 'owner' }),
        'staff',
      );
      await must(core.call('staff.resetSecret', { staffId: owner.id, secret: s.pin }), 'staff');
    } else {
      await must(core.call('staff.create', { name: s.name, role: s.role, secret: s.pin }), 'staff');
    }
  }
}
