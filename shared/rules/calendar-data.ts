import type { HolidayEntry, SubstituteEntry, YearSpec } from './calendar-types';
import type { HolidayKey } from './reason-keys';

// The working calendars of domain.md §3 ("Non-working weekdays" table), shipped as data exactly as
// checked there. Holidays are listed even when they fall on a weekend, so the year view can say
// "Sunday, Orthodox Christmas" and the generator can be compared with these tables.

const LAW = 'Law No. 267-II of 13 Dec 2001 "On holidays", Art. 5';
const PYTHON_HOLIDAYS = 'python-holidays (vacanza/holidays), holidays/countries/kazakhstan.py';

const RELIGIOUS: ReadonlySet<HolidayKey> = new Set<HolidayKey>([
  'orthodox_christmas',
  'kurban_ait',
]);

function h(date: string, key: HolidayKey, extra: Partial<HolidayEntry> = {}): HolidayEntry {
  return { date, key, movable: !RELIGIOUS.has(key), ...extra };
}

function sub(date: string, forDate: string): SubstituteEntry {
  return { date, forDate };
}

export const SHIPPED_YEARS: readonly YearSpec[] = [
  {
    year: 2024,
    origin: 'shipped',
    status: 'confirmed',
    sources: [
      LAW,
      'Government transfer order, adilet G24G0000109',
      'Ministry order of 17 Apr 2024',
      PYTHON_HOLIDAYS,
    ],
    notes: [],
    holidays: [
      h('2024-01-01', 'new_year'),
      h('2024-01-02', 'new_year'),
      h('2024-01-07', 'orthodox_christmas'),
      h('2024-03-08', 'womens_day'),
      h('2024-03-21', 'nauryz'),
      h('2024-03-22', 'nauryz'),
      h('2024-03-23', 'nauryz'),
      h('2024-05-01', 'unity_day'),
      h('2024-05-07', 'defender_day'),
      h('2024-05-09', 'victory_day'),
      // Moved by the Spiritual Administration from the 17th to Sunday the 16th (domain.md §3).
      h('2024-06-16', 'kurban_ait'),
      h('2024-07-06', 'capital_day'),
      h('2024-08-30', 'constitution_day'),
      h('2024-10-25', 'republic_day'),
      h('2024-12-16', 'independence_day'),
    ],
    substitutes: [sub('2024-03-25', '2024-03-23'), sub('2024-07-08', '2024-07-06')],
    transfers: [{ off: '2024-05-08', working: '2024-05-04', source: 'adilet G24G0000109' }],
  },
  {
    year: 2025,
    origin: 'shipped',
    status: 'confirmed',
    sources: [LAW, 'Government transfer order, adilet G24G0000436', PYTHON_HOLIDAYS],
    notes: [],
    holidays: [
      h('2025-01-01', 'new_year'),
      h('2025-01-02', 'new_year'),
      h('2025-01-07', 'orthodox_christmas'),
      h('2025-03-08', 'womens_day'),
      h('2025-03-21', 'nauryz'),
      h('2025-03-22', 'nauryz'),
      h('2025-03-23', 'nauryz'),
      h('2025-05-01', 'unity_day'),
      h('2025-05-07', 'defender_day'),
      h('2025-05-09', 'victory_day'),
      h('2025-06-06', 'kurban_ait'),
      h('2025-07-06', 'capital_day'),
      h('2025-08-30', 'constitution_day'),
      h('2025-10-25', 'republic_day'),
      h('2025-12-16', 'independence_day'),
    ],
    substitutes: [
      sub('2025-03-10', '2025-03-08'),
      sub('2025-03-24', '2025-03-22'),
      sub('2025-03-25', '2025-03-23'),
      sub('2025-07-07', '2025-07-06'),
      sub('2025-09-01', '2025-08-30'),
      sub('2025-10-27', '2025-10-25'),
    ],
    transfers: [{ off: '2025-01-03', working: '2025-01-05', source: 'adilet G24G0000436' }],
  },
  {
    year: 2026,
    origin: 'shipped',
    // domain.md §3: confirmed except Kurban Ait (a forecast, ±1 day); no transfer order found.
    // The forecast and the days next to it are provisional day by day instead.
    status: 'confirmed',
    sources: [
      LAW,
      'inform.kz 2026 calendar',
      'Ministry of Labour via taspanews, 18 Mar 2026',
      PYTHON_HOLIDAYS,
    ],
    notes: ['kurban_ait_forecast', 'no_transfer_order'],
    holidays: [
      h('2026-01-01', 'new_year'),
      h('2026-01-02', 'new_year'),
      h('2026-01-07', 'orthodox_christmas'),
      h('2026-03-08', 'womens_day'),
      h('2026-03-21', 'nauryz'),
      h('2026-03-22', 'nauryz'),
      h('2026-03-23', 'nauryz'),
      h('2026-05-01', 'unity_day'),
      h('2026-05-07', 'defender_day'),
      h('2026-05-09', 'victory_day'),
      h('2026-05-27', 'kurban_ait', { provisional: true, uncertaintyDays: 1 }),
      h('2026-07-06', 'capital_day'),
      // No Constitution Day in 2026: 30 Aug is dropped and 15 Mar starts in 2027 (domain.md §3).
      h('2026-10-25', 'republic_day'),
      h('2026-12-16', 'independence_day'),
    ],
    substitutes: [
      sub('2026-03-09', '2026-03-08'),
      sub('2026-03-24', '2026-03-21'),
      sub('2026-03-25', '2026-03-22'),
      sub('2026-05-11', '2026-05-09'),
      sub('2026-10-26', '2026-10-25'),
    ],
    transfers: [],
  },
  {
    year: 2027,
    origin: 'shipped',
    status: 'provisional',
    sources: [LAW, PYTHON_HOLIDAYS],
    notes: ['no_transfer_order', 'kurban_ait_estimated'],
    holidays: [
      h('2027-01-01', 'new_year'),
      h('2027-01-02', 'new_year'),
      h('2027-01-07', 'orthodox_christmas'),
      h('2027-03-08', 'womens_day'),
      h('2027-03-15', 'constitution_day'),
      h('2027-03-21', 'nauryz'),
      h('2027-03-22', 'nauryz'),
      h('2027-03-23', 'nauryz'),
      h('2027-05-01', 'unity_day'),
      h('2027-05-07', 'defender_day'),
      h('2027-05-09', 'victory_day'),
      // An estimate only; a Sunday, and never moved, so it changes nothing unless it shifts.
      h('2027-05-16', 'kurban_ait', { provisional: true, uncertaintyDays: 1 }),
      h('2027-07-06', 'capital_day'),
      h('2027-10-25', 'republic_day'),
      h('2027-12-16', 'independence_day'),
    ],
    substitutes: [
      sub('2027-01-04', '2027-01-02'),
      sub('2027-03-24', '2027-03-21'),
      sub('2027-05-03', '2027-05-01'),
      sub('2027-05-10', '2027-05-09'),
    ],
    transfers: [],
  },
];
