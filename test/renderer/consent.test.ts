import { describe, expect, it } from 'vitest';
import { consentGiver, hasConsent } from '../../renderer/features/check-in/consent';
import { emptyGuest } from '../../renderer/features/check-in/draft';
import { buildCheckIn } from '../../renderer/features/check-in/validate';

// Friday 20 March 2026, 11:00 in Astana.
const NOW = new Date('2026-03-20T06:00:00Z');

const parent = (consent: boolean) =>
  emptyGuest({ surname: 'SMITH', givenNames: 'JOHN', birthDate: '01.01.1980', consent });
const child = (birthDate: string, onDocumentOf: number | null = null) =>
  emptyGuest({ surname: 'SMITH', givenNames: 'EMMA', birthDate, onDocumentOf });

describe('one consent for a family', () => {
  it('lets the parent agree for a minor, the holder of the child’s document first', () => {
    const family = [parent(true), emptyGuest({ birthDate: '02.02.1982' }), child('05.05.2015', 1)];
    expect(consentGiver(family, 2, NOW)).toBe(1);
    expect(consentGiver(family, 0, NOW)).toBeNull();
    expect(hasConsent(family, 2, NOW)).toBe(false);
    expect(hasConsent([parent(true), child('05.05.2015')], 1, NOW)).toBe(true);
  });

  it('counts someone turning 18 today as an adult who agrees for themselves', () => {
    expect(consentGiver([parent(true), child('20.03.2008')], 1, NOW)).toBeNull();
    expect(consentGiver([parent(true), child('21.03.2008')], 1, NOW)).toBe(0);
  });

  it('asks a group of minors with no adult for each consent', () => {
    expect(consentGiver([child('05.05.2015'), child('06.06.2016')], 1, NOW)).toBeNull();
  });

  it('says a missing family consent once, on the parent’s box', () => {
    const stay = {
      room: '310',
      checkInDate: '20.03.2026',
      checkInTime: '11:00',
      checkInTouched: true,
      plannedCheckOut: '24.03.2026',
      purposeCode: '11' as const,
    };
    const withDocs = [parent(false), child('05.05.2015')].map((g, i) => ({
      ...g,
      citizenship: 'GBR',
      sex: 'M' as const,
      documentNumber: `53340137${i}`,
      issuingState: 'GBR',
      issueDate: '01.02.2020',
      expiryDate: '01.02.2030',
    }));
    const r = buildCheckIn(stay, withDocs, NOW);
    expect(r.ok ? [] : r.issues.filter((i) => i.code === 'consent.required')).toEqual([
      { field: 'guests.0.consent', code: 'consent.required' },
    ]);
    const ok = buildCheckIn(stay, [{ ...withDocs[0]!, consent: true }, withDocs[1]!], NOW);
    expect(ok.ok).toBe(true);
  });
});
