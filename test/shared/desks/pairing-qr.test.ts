import { describe, expect, it } from 'vitest';
import { pairingQrText, parsePairingQr } from '../../../shared/desks/pairing-qr';

const FP = Array.from({ length: 32 }, (_, i) =>
  (i * 7).toString(16).padStart(2, '0').toUpperCase(),
).join(':');

describe("the QR code of 'Add a desk' (issue 22)", () => {
  it('carries the address, the code and the fingerprint, and reads back the same', () => {
    const qr = { url: 'https://192.168.1.20:47610', code: '12345678', fingerprint: FP };
    const text = pairingQrText(qr);
    expect(text).toContain('12345678');
    expect(parsePairingQr(text)).toEqual(qr);
  });

  it('reads nothing from a line that is not ours or is bent', () => {
    const good = { url: 'https://192.168.1.20:47610', code: '12345678', fingerprint: FP };
    expect(parsePairingQr('https://evil.example/')).toBeNull();
    expect(parsePairingQr(pairingQrText({ ...good, url: 'http://192.168.1.20:47610' }))).toBeNull();
    expect(parsePairingQr(pairingQrText({ ...good, url: 'https://x/../path' }))).toBeNull();
    expect(parsePairingQr(pairingQrText({ ...good, code: '12ab' }))).toBeNull();
    expect(parsePairingQr(pairingQrText({ ...good, fingerprint: 'AB:CD' }))).toBeNull();
    expect(parsePairingQr('TIRKEU-DESK:{not json')).toBeNull();
  });
});
