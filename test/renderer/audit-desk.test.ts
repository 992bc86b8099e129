import { describe, expect, it } from 'vitest';
import { detailsLine } from '../../renderer/features/settings/audit/audit-labels';
import type { AuditEntry } from '../../shared/contract';
import { translate } from '../../shared/locales';

const checkIn = (details: Record<string, unknown>): AuditEntry => ({
  id: 1,
  at: '2026-11-20T04:00:00Z',
  staffName: 'Dana',
  action: 'stay.check_in',
  entity: 'stay',
  entityId: '1',
  details,
});

describe('the audit trail names the desk a write came from (issue 22)', () => {
  it('says the desk in each language, after the room', () => {
    const e = checkIn({ room: '305', desk: { id: 2, name: 'Ресепшн 2' } });
    const line = (lang: 'kk' | 'ru' | 'en') =>
      detailsLine(e, (key, params) => translate(lang, key, params));
    expect(line('en')).toBe('305 · at desk “Ресепшн 2”');
    expect(line('ru')).toBe('305 · рабочее место «Ресепшн 2»');
    expect(line('kk')).toBe('305 · «Ресепшн 2» жұмыс орны');
  });

  it('says nothing of a desk for a write made on the host', () => {
    expect(detailsLine(checkIn({ room: '305' }), (k) => k)).toBe('305');
  });
});
