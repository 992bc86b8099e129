import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/locales';

// Every field-issue code the contract or a service can send must read as words in every
// language: the renderer looks it up in common:issue, documents:error or rules:error.
const SOURCES = ['shared/contract', 'electron/core/services'];
// The calendar screen words this one by what the day already is (calendar-text.ts).
const CALENDAR_WORDS: Record<string, string> = { 'calendar.override_no_change': 'already_off' };
const TOP_LEVEL = /^(api|db)\.|^(not_found|conflict|invalid|internal)$/;

function codesInSources(): Set<string> {
  const codes = new Set<string>();
  for (const dir of SOURCES) {
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/(?:code|message): '([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*)'/g)) {
        if (!TOP_LEVEL.test(m[1]!)) codes.add(m[1]!);
      }
    }
  }
  return codes;
}

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('field issue codes', () => {
  const codes = codesInSources();

  it('are found in the sources (the scan itself works)', () => {
    expect(codes).toContain('stay.check_out_before_check_in');
    expect(codes).toContain('date.invalid');
  });

  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`all have words in ${lang}`, () => {
      const ns = resources[lang] as unknown as Record<string, unknown>;
      const missing = [...codes].filter(
        (code) =>
          typeof lookup(ns.common, `issue.${code}`) !== 'string' &&
          typeof lookup(ns.documents, `error.${code}`) !== 'string' &&
          typeof lookup(ns.rules, `error.${code}`) !== 'string' &&
          typeof lookup(ns.notifications, `error.${code}`) !== 'string' &&
          typeof lookup(
            ns.calendar,
            `error.${CALENDAR_WORDS[code] ?? code.replace(/^calendar\./, '')}`,
          ) !== 'string',
      );
      expect(missing).toEqual([]);
    });
  }
});
