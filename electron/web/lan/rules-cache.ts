import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RulesInputs } from '../../../shared/contract';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../core/db/file-mode';

/**
 * A joined desk's copy of the host's rule inputs (`rules.inputs`, issue 22): the owner's calendar
 * changes and confirmations and the rule settings, so a check-in kept while the host is away gets
 * the deadline the host will give it. It says it is a cache, holds no guest data, and is replaced
 * whenever the host is reached and says its settings changed.
 */
export const RULES_CACHE_FILE = 'rules-cache.json';

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const code = z.string().max(3);
const Cache = z.object({
  cache: z.literal(true),
  fetchedAt: z.string(),
  inputs: z.object({
    overrides: z
      .array(z.object({ date: iso, working: z.boolean(), source: z.string().max(500) }))
      .max(20_000),
    confirmedYears: z.array(z.object({ year: z.number().int(), source: z.string().max(500) })),
    confirmedDays: z.array(iso).max(50_000),
    // Kept as the host sent it; the rules engine reads the known fields.
    ruleSettings: z.object({ visaFree90: z.array(code).max(600) }).passthrough(),
  }),
});

export interface RulesCache {
  fetchedAt: string;
  inputs: RulesInputs;
}

/** The cached inputs, or null when there are none yet (or the file is not one this desk wrote). */
export function loadRulesCache(dir: string): RulesCache | null {
  try {
    const parsed = Cache.safeParse(
      JSON.parse(fs.readFileSync(path.join(dir, RULES_CACHE_FILE), 'utf8')),
    );
    return parsed.success
      ? { fetchedAt: parsed.data.fetchedAt, inputs: parsed.data.inputs as RulesInputs }
      : null;
  } catch {
    return null;
  }
}

/** Written beside desk.json, owner-only, through a temporary file and a rename. */
export function saveRulesCache(dir: string, inputs: RulesInputs, fetchedAt: string): RulesCache {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const tmp = path.join(dir, `.${RULES_CACHE_FILE}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify({ cache: true, fetchedAt, inputs }), {
    mode: PRIVATE_FILE_MODE,
    flag: 'w',
  });
  fs.renameSync(tmp, path.join(dir, RULES_CACHE_FILE));
  return { fetchedAt, inputs };
}
