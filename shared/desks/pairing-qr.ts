/**
 * What the QR code of "Add a desk" carries (issue 22): the host's address, the one-time code and
 * the certificate's fingerprint, in one line a joining desk (a tablet's camera) reads back. The
 * fingerprint in it is still compared by eye at the desk; the QR only saves the typing.
 */
export interface PairingQr {
  url: string;
  code: string;
  fingerprint: string;
}

const PREFIX = 'TIRKEU-DESK:';

export const pairingQrText = (p: PairingQr): string =>
  `${PREFIX}${JSON.stringify({ url: p.url, code: p.code, fingerprint: p.fingerprint })}`;

/** The three back from a scanned line, or null for anything that is not one of ours. */
export function parsePairingQr(text: string): PairingQr | null {
  if (!text.startsWith(PREFIX) || text.length > 500) return null;
  try {
    const v = JSON.parse(text.slice(PREFIX.length)) as Record<string, unknown>;
    const { url, code, fingerprint } = v;
    if (typeof url !== 'string' || !/^https:\/\/[^/\s]+$/.test(url)) return null;
    if (typeof code !== 'string' || !/^\d{6,8}$/.test(code)) return null;
    if (typeof fingerprint !== 'string' || !/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i.test(fingerprint))
      return null;
    return { url, code, fingerprint };
  } catch {
    return null;
  }
}
