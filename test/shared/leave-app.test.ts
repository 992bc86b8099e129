import { describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  PORTAL_ADDRESSES,
  portalAddress,
  RELEASES_PAGE,
} from '../../shared/leave-app';

describe('leaving the app', () => {
  it('opens the portals on https only', () => {
    for (const url of Object.values(PORTAL_ADDRESSES)) expect(isAllowedExternalUrl(url)).toBe(true);
    expect(isAllowedExternalUrl('https://vmp.gov.kz/ru/services')).toBe(true);
    expect(isAllowedExternalUrl('http://eqonaq.kz/')).toBe(false);
  });

  it('refuses look-alike hosts, subdomains, ports, credentials and other schemes', () => {
    for (const url of [
      'https://eqonaq.kz.evil.example/',
      'https://evil.eqonaq.kz/',
      'https://eqonaq.kz:8443/',
      'https://user:pw@egov.kz/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('names a portal by key, and nothing else', () => {
    expect(portalAddress('eqonaq')).toBe('https://eqonaq.kz/');
    expect(portalAddress('vmp')).toBe('https://vmp.gov.kz/');
    expect(portalAddress('toString')).toBeNull();
    expect(portalAddress('https://evil.example')).toBeNull();
  });

  it('opens the releases page itself, and nothing else on its host', () => {
    expect(RELEASES_PAGE).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/releases$/);
    expect(isAllowedExternalUrl(RELEASES_PAGE)).toBe(true);
    for (const url of [
      'https://github.com/',
      `${RELEASES_PAGE}/../../evil/repo`,
      'https://github.com/evil/tirkeu/releases',
      'http://github.com/tirkeu/tirkeu/releases',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
