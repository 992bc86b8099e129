// Builds MRZ lines from their fields with correct check digits, so a test can break exactly one
// thing. The defaults are the ICAO 9303 specimens (Anna Maria Eriksson of Utopia), and a test
// proves the builders reproduce ICAO's published lines digit for digit.
import { computeCheckDigit } from '../../../shared/documents/check-digit';

export type CheckTarget =
  'documentNumber' | 'birthDate' | 'expiryDate' | 'optionalData' | 'composite';

export interface MrzParts {
  code: string;
  state: string;
  name: string;
  number: string;
  nationality: string;
  birth: string;
  sex: string;
  expiry: string;
  optional: string;
  optional2: string;
}

const SPECIMEN: MrzParts = {
  code: 'P<',
  state: 'UTO',
  name: 'ERIKSSON<<ANNA<MARIA',
  number: 'L898902C3',
  nationality: 'UTO',
  birth: '740812',
  sex: 'F',
  expiry: '120415',
  optional: 'ZE184226B',
  optional2: '',
};

const pad = (text: string, length: number) => text.padEnd(length, '<').slice(0, length);
const digit = (data: string) => String(computeCheckDigit(data));
// A wrong digit: the right one plus one, so exactly that check fails.
const spoil = (d: string) => String((Number(d) + 1) % 10);
const pick = (d: string, mine: CheckTarget, wrong?: CheckTarget) => (mine === wrong ? spoil(d) : d);

export function td3(parts: Partial<MrzParts> = {}, wrong?: CheckTarget): [string, string] {
  const p = { ...SPECIMEN, ...parts };
  const line1 = pad(p.code, 2) + pad(p.state, 3) + pad(p.name, 39);
  const number = pad(p.number, 9);
  const optional = pad(p.optional, 14);
  const optionalDigit = p.optional === '' ? '<' : digit(optional);
  const body =
    number +
    pick(digit(number), 'documentNumber', wrong) +
    pad(p.nationality, 3) +
    p.birth +
    pick(digit(p.birth), 'birthDate', wrong) +
    p.sex +
    p.expiry +
    pick(digit(p.expiry), 'expiryDate', wrong) +
    optional +
    pick(optionalDigit, 'optionalData', wrong);
  const compositeData = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43);
  return [line1, body + pick(digit(compositeData), 'composite', wrong)];
}

export function td2(parts: Partial<MrzParts> = {}, wrong?: CheckTarget): [string, string] {
  const p = { ...SPECIMEN, code: 'I<', number: 'D23145890', optional: '', ...parts };
  const line1 = pad(p.code, 2) + pad(p.state, 3) + pad(p.name, 31);
  const number = pad(p.number, 9);
  const body =
    number +
    pick(digit(number), 'documentNumber', wrong) +
    pad(p.nationality, 3) +
    p.birth +
    pick(digit(p.birth), 'birthDate', wrong) +
    p.sex +
    p.expiry +
    pick(digit(p.expiry), 'expiryDate', wrong) +
    pad(p.optional, 7);
  const compositeData = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 35);
  return [line1, body + pick(digit(compositeData), 'composite', wrong)];
}

export function td1(parts: Partial<MrzParts> = {}, wrong?: CheckTarget): [string, string, string] {
  const p = { ...SPECIMEN, code: 'I<', number: 'D23145890', optional: '', ...parts };
  const number = pad(p.number, 9);
  const line1 =
    pad(p.code, 2) +
    pad(p.state, 3) +
    number +
    pick(digit(number), 'documentNumber', wrong) +
    pad(p.optional, 15);
  const line2Body =
    p.birth +
    pick(digit(p.birth), 'birthDate', wrong) +
    p.sex +
    p.expiry +
    pick(digit(p.expiry), 'expiryDate', wrong) +
    pad(p.nationality, 3) +
    pad(p.optional2, 11);
  const compositeData =
    line1.slice(5, 30) + line2Body.slice(0, 7) + line2Body.slice(8, 15) + line2Body.slice(18, 29);
  const line2 = line2Body + pick(digit(compositeData), 'composite', wrong);
  return [line1, line2, pad(p.name, 30)];
}
