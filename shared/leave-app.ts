// The only addresses Tirkeu ever sends the user to (the app itself makes no network calls):
// the two portals a notice is filed on (domain.md §5), eGov, where VMP's service is also
// offered, and the page the installers are published on (Settings › About, "Check for
// updates"). Kept pure so the desktop shell, web mode and the tests share one list.

export const PORTAL_ADDRESSES = {
  /** e-Qonaq's web cabinet. */
  eqonaq: 'https://eqonaq.kz/',
  /** vmp.gov.kz, "Notification of stay of a foreigner". */
  vmp: 'https://vmp.gov.kz/',
  /** eGov, which offers the same VMP service. */
  egov: 'https://egov.kz/',
} as const;
export type PortalAddressKey = keyof typeof PORTAL_ADDRESSES;

const ALLOWED_HOSTS = new Set(['eqonaq.kz', 'vmp.gov.kz', 'egov.kz']);

/**
 * Where the release workflow (.github/workflows/release.yml) publishes the installers. Opened
 * only when the owner asks; an update is the newer installer run over the old one.
 */
export const RELEASES_PAGE = 'https://github.com/tirkeu/tirkeu/releases';

/**
 * True only for https on an allow-listed host (no port, no credentials), or the releases page
 * itself (nothing else on its host). A subdomain is not trusted: `eqonaq.kz.attacker.example`
 * and `evil.eqonaq.kz` are both refused.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  if (raw === RELEASES_PAGE) return true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    ALLOWED_HOSTS.has(url.hostname) &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** The address to open for a portal key, or null for anything not on the list. */
export function portalAddress(key: string): string | null {
  if (!Object.prototype.hasOwnProperty.call(PORTAL_ADDRESSES, key)) return null;
  const url = PORTAL_ADDRESSES[key as PortalAddressKey];
  return isAllowedExternalUrl(url) ? url : null;
}
