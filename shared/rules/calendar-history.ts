import type { TransferEntry } from './calendar-types';

// Years 2012-2023, before the checked tables of domain.md §3. Tirkeu generates them from the
// holiday law as it stood each year (calendar-generate.ts) and adds what the rules cannot know:
// Kurban Ait day 1 and the Government's transfer resolutions. Both come from python-holidays
// (vacanza/holidays: holidays/countries/kazakhstan.py and holidays/calendars/islamic.py, which
// cite the resolutions on adilet); Tirkeu has not read those resolutions itself, so these years
// stay provisional. They exist so that records imported from earlier registers get a deadline.

export interface HistoricalYear {
  kurbanAit: string;
  transfers: readonly TransferEntry[];
  /** A substitute the Government placed elsewhere than the statutory next working day. */
  movedSubstitutes?: readonly { forDate: string; date: string; source: string }[];
}

function t(off: string, working: string, source: string): TransferEntry {
  return { off, working, source };
}

const R2012 = 'Government resolutions for 2012, adilet P1200000268, P1200000458, P1200001538';
const R2013 = 'Government resolutions for 2013, adilet P1300000345, P1300001068';

export const HISTORICAL_YEARS: Readonly<Record<number, HistoricalYear>> = {
  2012: {
    kurbanAit: '2012-10-26',
    transfers: [
      t('2012-03-09', '2012-03-11', R2012),
      t('2012-04-30', '2012-04-28', R2012),
      t('2012-12-31', '2012-12-29', R2012),
    ],
  },
  2013: {
    kurbanAit: '2013-10-15',
    transfers: [t('2013-05-10', '2013-05-04', R2013), t('2013-10-14', '2013-10-12', R2013)],
  },
  2014: {
    kurbanAit: '2014-10-04',
    transfers: [
      // Decided in 2013: Saturday 28 Dec 2013 worked for Friday 3 Jan 2014.
      t('2014-01-03', '2013-12-28', 'Government resolution, adilet P1300001322'),
      t('2014-05-02', '2014-05-04', 'Government resolution, adilet P1400000365'),
      t('2014-05-08', '2014-05-11', 'Government resolution, adilet P1400000365'),
    ],
  },
  2015: { kurbanAit: '2015-09-24', transfers: [] },
  2016: {
    kurbanAit: '2016-09-12',
    transfers: [t('2016-03-07', '2016-03-05', 'Government resolution, adilet P1600000067')],
  },
  2017: {
    kurbanAit: '2017-09-01',
    transfers: [
      t('2017-03-20', '2017-03-18', 'Government resolution, adilet P1700000005'),
      t('2017-07-07', '2017-07-01', 'Government resolution, adilet P1700000005'),
    ],
  },
  2018: {
    kurbanAit: '2018-08-21',
    transfers: [
      t('2018-03-09', '2018-03-03', 'Government resolution, adilet P1700000864'),
      t('2018-04-30', '2018-04-28', 'Government resolution, adilet P1700000864'),
      t('2018-05-08', '2018-05-05', 'Government resolution, adilet P1700000864'),
      t('2018-08-31', '2018-08-25', 'Government resolution, adilet P1700000864'),
      t('2018-12-31', '2018-12-29', 'Government resolution, adilet P1700000864'),
    ],
  },
  2019: {
    kurbanAit: '2019-08-11',
    transfers: [t('2019-05-10', '2019-05-04', 'Government resolution, adilet P1800000888')],
  },
  2020: {
    kurbanAit: '2020-07-31',
    transfers: [
      t('2020-01-03', '2020-01-05', 'Government resolution, adilet P1900000820'),
      t('2020-12-18', '2020-12-20', 'Government resolution, adilet P1900000820'),
    ],
    // Victory Day fell on Saturday 9 May 2020; its day off was Friday 8 May, not Monday 11 May.
    movedSubstitutes: [
      {
        forDate: '2020-05-09',
        date: '2020-05-08',
        source: 'Government resolution, adilet P1900000820',
      },
    ],
  },
  2021: {
    kurbanAit: '2021-07-20',
    transfers: [t('2021-07-05', '2021-07-03', 'Government resolution, adilet P2000000930')],
  },
  2022: {
    kurbanAit: '2022-07-09',
    transfers: [
      t('2022-03-07', '2022-03-05', 'Government resolution, adilet P2200000796'),
      t('2022-08-29', '2022-08-27', 'Government resolution, adilet P2200000796'),
      t('2022-10-24', '2022-10-22', 'Government resolution, adilet P2200000796'),
    ],
  },
  2023: {
    kurbanAit: '2023-06-28',
    transfers: [t('2023-07-07', '2023-07-01', 'Government resolution, adilet P2300000326')],
  },
};
