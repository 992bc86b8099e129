import { describe, expect, it } from 'vitest';
import { hotelInput } from '../../../shared/contract';
import { binCheckDigit, isValidBinIin } from '../../../shared/documents/bin-iin';

describe('the check digit of a BIN or IIN', () => {
  it('accepts BINs of real Kazakh companies, as printed on their public documents', () => {
    for (const bin of ['940140000385', '971240001315', '081140000436', '940740000911'])
      expect(isValidBinIin(bin)).toBe(true);
  });

  it('refuses 123456789012: its first weights give 10, its second call for a 3', () => {
    // 1·1 + 2·2 + … + 9·9 + 0·10 + 1·11 = 296 ≡ 10 (mod 11): the second weights decide.
    // 1·3 + 2·4 + … + 9·11 + 0·1 + 1·2 = 377 ≡ 3 (mod 11).
    expect(binCheckDigit('12345678901')).toBe(3);
    expect(isValidBinIin('123456789012')).toBe(false);
    expect(isValidBinIin('123456789013')).toBe(true);
  });

  it('computes the check digit with the first weights when their sum is not 10', () => {
    // 1·1 + 8·2 + 0·3 + 9·4 + 4·5 + 0·6 + 0·7 + 1·8 + 2·9 + 3·10 + 4·11 = 173 ≡ 8.
    expect(binCheckDigit('18094001234')).toBe(8);
    expect(isValidBinIin('180940012348')).toBe(true);
    for (const wrong of [0, 1, 2, 3, 4, 5, 6, 7, 9])
      expect(isValidBinIin(`18094001234${wrong}`)).toBe(false);
  });

  it('uses the second weights, 3..11, 1, 2, when the first sum is 10', () => {
    // 90010100090: 9·1 + 1·4 + 1·6 + 9·10 = 109 ≡ 10; second: 9·3 + 1·6 + 1·8 + 9·1 = 50 ≡ 6.
    expect(binCheckDigit('90010100090')).toBe(6);
    expect(isValidBinIin('900101000906')).toBe(true);
    expect(isValidBinIin('900101000900')).toBe(false);
  });

  it('refuses every number whose second sum is 10 too: no check digit can be right', () => {
    // 90010100092: 9 + 4 + 6 + 9·10 + 2·11 = 131 ≡ 10; second: 27 + 6 + 8 + 9 + 2·2 = 54 ≡ 10.
    expect(binCheckDigit('90010100092')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidBinIin(`90010100092${d}`)).toBe(false);
  });

  it('refuses anything but twelve digits', () => {
    for (const v of ['', '94014000038', '9401400003850', '94014000038a', ' 940140000385'])
      expect(isValidBinIin(v)).toBe(false);
  });

  it('names the field and the check digit in the hotel’s schema, and lets an empty BIN be', () => {
    const hotel = { name: 'Hotel', address: '', region: '', businessSize: 'small' as const };
    const bad = hotelInput.safeParse({ ...hotel, bin: '123456789012' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toMatchObject([{ path: ['bin'], message: 'bin.check_digit' }]);
    const short = hotelInput.safeParse({ ...hotel, bin: '12345' });
    expect(short.error?.issues).toMatchObject([{ path: ['bin'], message: 'bin.format' }]);
    expect(hotelInput.safeParse({ ...hotel, bin: '' }).success).toBe(true);
    expect(hotelInput.safeParse({ ...hotel, bin: ' 940140000385 ' }).success).toBe(true);
  });
});
