import { computeCheckDigit } from '../../shared/documents/check-digit';
import type { BoardView } from '../../shared/contract';
import type { AppHarness } from './harness';

const cd = (s: string) => String(computeCheckDigit(s));

export interface Td3 {
  surname: string;
  given: string;
  state: string;
  number: string;
  /** YYMMDD */
  birth: string;
  sex: 'M' | 'F' | '<';
  /** YYMMDD */
  expiry: string;
}

/** The two lines of a passport's machine-readable zone, check digits computed (ICAO 9303). */
export function td3(p: Td3): [string, string] {
  const name = `${p.surname}<<${p.given.replace(/ /g, '<')}`;
  const line1 = `P<${p.state}${name}`.padEnd(44, '<').slice(0, 44);
  const number = p.number.padEnd(9, '<');
  const personal = '<'.repeat(14);
  const a = number + cd(number);
  const b = p.birth + cd(p.birth);
  const c = p.expiry + cd(p.expiry);
  const d = personal + cd(personal);
  const line2 = `${a}${p.state}${b}${p.sex}${c}${d}${cd(a + b + c + d)}`;
  return [line1, line2];
}

/** Friday 20 March 2026, 11:00 in Kazakhstan: the day before Nauryz. */
export const NOW = new Date('2026-03-20T06:00:00Z');

/**
 * Arrival Fri 20 Mar 2026 (a working day: day 1); Sat 21 – Mon 23 Mar Nauryz; Tue 24 and Wed 25
 * Mar days off for Nauryz days 21 and 22, which fell on the weekend (domain.md §3, 2026 row);
 * Thu 26 Mar day 2; Fri 27 Mar day 3: the deadline.
 */
export const DEADLINE = '2026-03-27';

export const ANNA: Td3 = {
  surname: 'MUELLER',
  given: 'ANNA MARIA',
  state: 'DEU',
  number: 'C01X00T47',
  birth: '850312',
  sex: 'F',
  expiry: '310801',
};

/** Checks a guest in through the API, as another desk would have. */
export async function checkInByApi(
  app: AppHarness,
  guest: {
    surname: string;
    givenNames: string;
    citizenship: string;
    number: string;
    birthDate: string;
  },
  room: string,
  checkInAt = '2026-03-20T10:00:00+05:00',
): Promise<{ stayId: number; guestId: number }> {
  const result = await app.core.call('stays.checkIn', {
    room,
    checkInAt,
    plannedCheckOut: null,
    purposeCode: '11',
    guests: [
      {
        guestId: null,
        person: {
          surname: guest.surname,
          givenNames: guest.givenNames,
          patronymic: '',
          citizenship: guest.citizenship,
          birthDate: guest.birthDate,
          sex: null,
          phone: '',
          email: '',
        },
        document: {
          typeCode: '1',
          number: guest.number,
          series: '',
          issuingState: guest.citizenship,
          issueDate: null,
          expiryDate: null,
        },
        onDocumentOf: null,
        visaNumber: '',
        entryDate: null,
        consent: true,
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const stay = (result.value as { stays: Array<{ stayId: number; guestId: number }> }).stays[0]!;
  return { stayId: stay.stayId, guestId: stay.guestId };
}

/** The smallest PNG the core tells an image by its first bytes (a screenshot, a photo of a stamp). */
export const TINY_PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 2, 0, 0, 0,
]);

/** Checks a guest in through the core and returns the id of their notice on the board. */
export async function noticeOfGuestCheckedIn(
  app: AppHarness,
  guest: Parameters<typeof checkInByApi>[1],
  room: string,
): Promise<number> {
  await checkInByApi(app, guest, room);
  const board = await app.core.call('notifications.board', {});
  if (!board.ok) throw new Error(JSON.stringify(board.error));
  return (board.value as BoardView).rows.find((r) => r.surname === guest.surname)!.notificationId;
}
