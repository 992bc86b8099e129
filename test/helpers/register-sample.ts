import type { RegisterDocument } from '../../electron/core/exports/document';
import type { Language, RegisterRow } from '../../shared/contract';
import { VMP_DOCUMENT_TYPES, VMP_PURPOSES } from '../../shared/documents/vmp';
import { translate } from '../../shared/locales';

// Long names, long country names, long document types and purposes, hyphenated references and
// staff names: the words issue 20 saw cut in half ("удост|оверяющий", "Великобритан|ия",
// "Nurlan Zh|aksybekov", "EQ-2026-|0001").
const PEOPLE = [
  ['ZHAKSYBEKOVA-ABDRAKHMANOVA', 'AIGERIM NURSULTANOVNA', ''],
  ['MUELLER-LUEDENSCHEIDT', 'MARIE-CHRISTINE', ''],
  ['KONSTANTINOPOULOS', 'ALEXANDROS', ''],
  ['IVANOV', 'ANNA', 'SERGEEVNA'],
  ['WOLFESCHLEGELSTEINHAUSENBERGERDORFF', 'HUBERT', ''],
  ['LI', 'WEI', ''],
  ['FISCHER', 'MARIE', ''],
  ['CELIK', 'FATMA', ''],
] as const;
const COUNTRIES = ['GBR', 'DEU', 'GRC', 'RUS', 'USA', 'CHN', 'FRA', 'TUR', 'KOR', 'ARE', 'XXA'];
const STAFF = ['Nurlan Zhaksybekov', 'Aruzhan Tokhtarova', 'Aigerim Saparova'];
const PROOF = ['none', 'matched', 'unmatched'] as const;
const TIMELINESS = ['on_time', 'late', 'overdue', 'open'] as const;

/** `n` register rows of every shape the register prints, the same for every run. */
export function sampleRows(n: number): RegisterRow[] {
  return Array.from({ length: n }, (_, i) => {
    const [surname, givenNames, patronymic] = PEOPLE[i % PEOPLE.length]!;
    const day = String((i % 27) + 1).padStart(2, '0');
    const timeliness = TIMELINESS[i % TIMELINESS.length]!;
    const filed = timeliness === 'on_time' || timeliness === 'late';
    const portal = i % 5 === 0 ? 'vmp' : 'eqonaq';
    return {
      notificationId: i + 1,
      stayId: i + 1,
      surname,
      givenNames,
      patronymic,
      citizenship: COUNTRIES[i % COUNTRIES.length]!,
      documentType: VMP_DOCUMENT_TYPES[i % VMP_DOCUMENT_TYPES.length]!.code,
      documentNumber: `${String.fromCharCode(65 + (i % 26))}${String(10_000_000 + i * 7919)}`,
      birthDate: `19${String(50 + (i % 50))}-0${(i % 9) + 1}-${day}`,
      room: String(100 + (i % 300)),
      checkInDate: `2026-02-${day}`,
      checkOutDate: i % 3 ? `2026-03-${day}` : null,
      entryDate: i % 4 ? `2026-02-${day}` : null,
      purposeCode: VMP_PURPOSES[i % VMP_PURPOSES.length]!.code,
      eventDate: `2026-02-${day}`,
      dueDate: `2026-03-${day}`,
      filedAt: filed ? `2026-03-${day}T0${i % 10}:15:00.000Z` : null,
      portal: filed ? portal : null,
      reference: filed
        ? `${portal === 'vmp' ? 'VMP' : 'EQ'}-2026-${String(i + 1).padStart(4, '0')}`
        : '',
      proof: PROOF[i % PROOF.length]!,
      timeliness,
      workingDaysLate: timeliness === 'late' || timeliness === 'overdue' ? (i % 7) + 1 : 0,
      checkedInBy: STAFF[i % STAFF.length]!,
      filedBy: filed ? STAFF[(i + 1) % STAFF.length]! : null,
      // Every seventh notice was refused by a portal at least once before it was filed.
      attempts: i % 7 === 3 ? (i % 3) + 1 : 0,
      lastAttempt:
        i % 7 === 3
          ? { at: `2026-03-${day}T0${i % 10}:05:00.000Z`, portal: i % 2 ? 'eqonaq' : 'vmp' }
          : null,
      place: i % 2 ? 'Корпус Б' : 'Main building',
    };
  });
}

/** A register document of `n` sample rows, as the reports service would hand it to a writer. */
export function sampleRegister(n: number, lang: Language): RegisterDocument {
  const rows = sampleRows(n);
  const count = (t: RegisterRow['timeliness']) => rows.filter((r) => r.timeliness === t).length;
  return {
    rows,
    totals: {
      notices: n,
      guests: new Set(rows.map((r) => r.surname)).size,
      onTime: count('on_time'),
      late: count('late'),
      overdue: count('overdue'),
      open: count('open'),
      withProof: rows.filter((r) => r.proof !== 'none').length,
      attempted: rows.filter((r) => r.attempts > 0).length,
      attempts: rows.reduce((sum, r) => sum + r.attempts, 0),
    },
    range: { from: '2026-02-01', to: '2026-02-28' },
    hotel: { name: 'Hotel Saryarqa', bin: '000740000728', address: 'Астана, Сарыарқа даңғылы 12' },
    lang,
    t: (key, params) => translate(lang, key, params),
    printedAt: new Date('2026-03-26T07:00:00Z'),
  };
}
