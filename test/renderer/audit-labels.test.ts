import { describe, expect, it } from 'vitest';
import { actionKey, detailsLine } from '../../renderer/features/settings/audit/audit-labels';
import type { AuditEntry } from '../../shared/contract';
import { translate } from '../../shared/locales';

const entry = (action: string, entity: string, details: Record<string, unknown>): AuditEntry => ({
  id: 1,
  at: '2026-11-20T04:00:00Z',
  staffName: null,
  action,
  entity,
  entityId: '1',
  details,
});
const line = (lang: 'kk' | 'ru' | 'en', e: AuditEntry) =>
  detailsLine(e, (key, params) => translate(lang, key, params));

describe('the audit trail in words', () => {
  it('names a sign-in as an action, not “other action (auth.signIn)”', () => {
    expect(actionKey('auth.signIn').key).toBe('actions.auth_signIn');
    expect(translate('ru', `trust:${actionKey('auth.signIn').key}`)).toBe('Вход в систему');
  });

  it('says portals, languages, the app’s own reasons and long tasks in words', () => {
    const filed = entry('notification.filed', 'notification', { portal: 'vmp', reference: 'R1' });
    expect(line('ru', filed)).toBe('ВМП (vmp.gov.kz) · R1');
    expect(line('kk', entry('setup.finish', 'settings', { portal: 'eqonaq' }))).toBe('e-Qonaq');
    expect(line('ru', entry('settings.language', 'staff', { language: 'kk' }))).toBe('Қазақша');
    expect(line('ru', entry('backup.create', 'backup', { reason: 'start' }))).toBe('при запуске');
    expect(line('kk', entry('auth.setSecret', 'staff', { reason: 'first start' }))).toBe(
      'алғашқы іске қосуда',
    );
    expect(line('ru', entry('job.done', 'job', { method: 'auth.signIn' }))).toBe('Вход');
  });

  it('shows a person’s own reason as they wrote it', () => {
    const cancel = entry('stay.cancel', 'stay', { reason: 'Не тот паспорт' });
    expect(line('en', cancel)).toBe('Не тот паспорт');
  });

  it('names whose EDS key was recorded, changed or removed', () => {
    const added = entry('keys.add', 'eds_key', {
      holder: 'ИВАНОВ ИВАН',
      purpose: 'auth',
      expiresOn: '2027-01-15',
      certificateSha256: null,
    });
    expect(line('kk', added)).toBe('ИВАНОВ ИВАН');
    expect(translate('ru', `trust:${actionKey('keys.remove').key}`)).toBe('Удалён ключ ЭЦП');
  });
});
