// Passport pages whose document numbers are full of twin shapes (0/O/Q/D, 1/I, 2/Z, 5/S, 6/G,
// 8/B): numbers the recogniser misreads in ways the check digits cannot catch (issue 24).
import { td1, td2, td3 } from '../../shared/documents/mrz-builders';

export interface TwinPage {
  name: string;
  number: string;
  lines: string[];
}

export const TWIN_PAGES: TwinPage[] = [
  {
    name: 'German',
    number: 'C01X00T47',
    lines: td3({
      state: 'D',
      nationality: 'D',
      name: 'MUELLER<<ANNA<MARIA',
      number: 'C01X00T47',
      birth: '850312',
      expiry: '310801',
      optional: '',
    }),
  },
  {
    name: 'Dutch',
    number: 'BS0Z82G51',
    lines: td3({
      state: 'NLD',
      nationality: 'NLD',
      name: 'DE<VRIES<<JAN',
      number: 'BS0Z82G51',
      birth: '790514',
      sex: 'M',
      expiry: '300219',
      optional: '',
    }),
  },
  {
    name: 'Turkish',
    number: 'U08B51S20',
    lines: td3({
      state: 'TUR',
      nationality: 'TUR',
      name: 'YILMAZ<<MEHMET',
      number: 'U08B51S20',
      birth: '881103',
      sex: 'M',
      expiry: '290630',
      optional: '',
    }),
  },
];

// More twin-heavy numbers, for the bench's bigger set: other issuing states, and ID cards (TD1,
// TD2) whose numbers are as full of twins.
export const MORE_TWIN_PAGES: TwinPage[] = [
  {
    name: 'French',
    number: '18DI0Z5S6',
    lines: td3({
      state: 'FRA',
      nationality: 'FRA',
      name: 'DUBOIS<<CLAIRE',
      number: '18DI0Z5S6',
      birth: '920227',
      expiry: '320115',
      optional: '',
    }),
  },
  {
    name: 'Italian',
    number: 'YB0G1O2S8',
    lines: td3({
      state: 'ITA',
      nationality: 'ITA',
      name: 'ROSSI<<LUCA',
      number: 'YB0G1O2S8',
      birth: '770904',
      sex: 'M',
      expiry: '280511',
      optional: '',
    }),
  },
  {
    name: 'Uzbek',
    number: 'FA0818S25',
    lines: td3({
      state: 'UZB',
      nationality: 'UZB',
      name: 'KARIMOV<<BOBUR',
      number: 'FA0818S25',
      birth: '010621',
      sex: 'M',
      expiry: '310620',
      optional: '3O1062I5Z8OO14',
    }),
  },
  {
    name: 'German card',
    number: 'L01X00T47',
    lines: td1({
      state: 'D',
      nationality: 'D',
      name: 'MUSTERMANN<<ERIKA',
      number: 'L01X00T47',
      birth: '830812',
      expiry: '310331',
    }),
  },
  {
    name: 'Belgian card',
    number: '5920Z8I6S',
    lines: td1({
      state: 'BEL',
      nationality: 'BEL',
      name: 'PEETERS<<SOFIE',
      number: '5920Z8I6S',
      birth: '900101',
      expiry: '290707',
      optional: '90010112S8O',
    }),
  },
  {
    name: 'Romanian card',
    number: 'RO0B8S1I2',
    lines: td2({
      state: 'ROU',
      nationality: 'ROU',
      name: 'POPESCU<<ION',
      number: 'RO0B8S1I2',
      birth: '851130',
      sex: 'M',
      expiry: '300601',
    }),
  },
];
