// Passport pages whose document numbers are full of twin shapes (0/O/Q/D, 1/I, 2/Z, 5/S, 6/G,
// 8/B): numbers the recogniser misreads in ways the check digits cannot catch (issue 24).
import { td3 } from '../../shared/documents/mrz-builders';

export interface TwinPage {
  name: string;
  number: string;
  lines: [string, string];
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
