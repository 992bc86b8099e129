import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  AUDIT_REASONS,
  LANGUAGES,
  PORTALS,
  auditActionKey,
  contract,
} from '../../shared/contract';
import { actorName, resources, translate } from '../../shared/locales';

const LANGS = ['kk', 'ru', 'en'] as const;
const JOB_METHODS = Object.entries(contract)
  .filter(([, spec]) => spec.kind === 'job')
  .map(([method]) => method);

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}
const has = (lang: (typeof LANGS)[number], ns: string, key: string) =>
  typeof lookup((resources[lang] as Record<string, unknown>)[ns], key) === 'string';

describe('every code the audit trail shows has words', () => {
  for (const lang of LANGS) {
    it(`every audit action, in ${lang}`, () => {
      const missing = AUDIT_ACTIONS.filter(
        (a) => !has(lang, 'trust', `actions.${auditActionKey(a)}`),
      );
      expect(missing).toEqual([]);
    });

    it(`every portal, language, reason the app writes and long task, in ${lang}`, () => {
      const missing = [
        ...PORTALS.filter((p) => !has(lang, 'notifications', `portal.${p}`)),
        ...LANGUAGES.filter((l) => !has(lang, 'common', `language.${l}`)),
        ...AUDIT_REASONS.filter((r) => !has(lang, 'trust', `reasons.${r.replace(/ /g, '_')}`)),
        ...JOB_METHODS.filter((m) => !has(lang, 'trust', `jobs.${auditActionKey(m)}`)),
      ];
      expect(missing).toEqual([]);
    });
  }

  it('finds the sign-in and the jobs (the enumeration itself works)', () => {
    expect(AUDIT_ACTIONS).toContain('auth.signIn');
    expect(JOB_METHODS).toContain('backup.create');
  });
});

describe('the system actor', () => {
  it('is named in the reader’s language and kept as its code in the data', () => {
    expect(actorName('ru', 'Tirkeu command line')).toBe('Командная строка Tirkeu');
    expect(actorName('kk', 'Tirkeu command line')).toBe('Tirkeu командалық жолы');
    expect(actorName('en', 'Tirkeu command line')).toBe('Tirkeu command line');
    expect(actorName('ru', 'Aigerim Saparova')).toBe('Aigerim Saparova');
  });

  it('cannot be a staff member’s name', () => {
    const r = contract['staff.create'].input.safeParse({
      name: ' tirkeu command line ',
      role: 'receptionist',
      secret: '1234',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('staff.name_reserved');
    const setup = contract['setup.finish'].input.safeParse({
      hotel: null,
      ownerName: 'Tirkeu command line',
      portal: null,
    });
    expect(setup.error?.issues[0]).toMatchObject({
      path: ['ownerName'],
      message: 'staff.name_reserved',
    });
  });
});

describe('Russian words about a guest agree with their recorded sex', () => {
  it('says выехал, выехала, or a form without gender when it is not known', () => {
    const ru = (key: string, context?: string) => translate('ru', key, { context });
    expect(ru('notifications:report.departed', 'female')).toBe('выехала');
    expect(ru('notifications:report.departed', 'male')).toBe('выехал');
    expect(ru('notifications:report.departed')).toBe('выезд оформлен');
    expect(ru('stays:status.checked_out', 'female')).toBe('Выехала');
    expect(ru('reports:history.status.checked_out', 'female')).toBe('Выехала');
    expect(ru('notifications-ui:board.departed', 'female')).toBe('выехала');
    // Kazakh and English have one form: the context falls back to it.
    expect(translate('kk', 'notifications:report.departed', { context: 'female' })).toBe('кетті');
  });

  it('words staff (whose sex is not recorded) without gender', () => {
    const texts = Object.values(resources.ru)
      .flatMap((ns) => JSON.stringify(ns).match(/[^"]*\([а-я]{1,3}\)[^"]*/g) ?? [])
      .filter((s) => /[а-я]\(а\)/.test(s));
    expect(texts).toEqual([]);
    expect(translate('ru', 'auth:staff.deactivateConfirm', { name: 'X' })).not.toMatch(/\bОн\b/);
  });
});

describe('Kazakh suffixes on the name Tirkeu', () => {
  it('follow its front vowels everywhere (Tirkeu-ге, -ді, -дің, -ден, -дегі)', () => {
    const kk = JSON.stringify(resources.kk);
    const suffixes = [...kk.matchAll(/Tirkeu-([а-яәғқңөұүһі]+)/g)].map((m) => m[1]!);
    expect(suffixes.length).toBeGreaterThan(5);
    expect(suffixes.filter((s) => /[аоұы]/.test(s))).toEqual([]);
  });
});
