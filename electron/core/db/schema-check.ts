import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

/** One row of `sqlite_master`, its SQL normalised so that only a change of meaning differs. */
export interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  sql: string | null;
}

export interface SchemaDifference {
  kind: 'extra' | 'missing' | 'changed';
  /** e.g. "trigger zz" */
  object: string;
}

const SCHEMA_SQL = 'SELECT type, name, tbl_name AS tblName, sql FROM main.sqlite_master';

// Written by SQLite itself after ANALYZE or `PRAGMA optimize`: statistics, never behaviour. Every
// other internal object (autoindexes, sqlite_sequence) follows from the migrations and is compared.
const STATISTICS = /^sqlite_stat[1-4]$/;

// What may end a word or a quoted name: a space after it separates it from what follows.
const WORD_END = /[\w$'"`\]]/;

/**
 * Whitespace and comments outside quoted text do not change a statement's meaning; everything
 * else (case included) must match byte for byte, because a file Tirkeu made holds exactly the
 * text its migrations wrote.
 */
export function normaliseSql(sql: string): string {
  let out = '';
  let space = false;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const close = c === "'" || c === '"' || c === '`' ? c : c === '[' ? ']' : null;
    if (close) {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === close) {
          // A doubled quote inside a quoted text is the quote itself.
          if (close !== ']' && sql[j + 1] === close) j += 2;
          else break;
        } else j++;
      }
      if (space && WORD_END.test(out[out.length - 1] ?? '')) out += ' ';
      space = false;
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      space = true;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      space = true;
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else {
      // A space only separates words: none is kept beside punctuation.
      if (space && /[\w$]/.test(c) && WORD_END.test(out[out.length - 1] ?? '')) out += ' ';
      space = false;
      out += c;
      i++;
    }
  }
  return out;
}

/** The file's schema as `sqlite_master` holds it, minus SQLite's statistics tables. */
export function schemaOf(db: Database.Database): SchemaObject[] {
  return (db.prepare(SCHEMA_SQL).all() as SchemaObject[])
    .filter((o) => !(o.type === 'table' && STATISTICS.test(o.name)))
    .map((o) => ({ ...o, sql: o.sql === null ? null : normaliseSql(o.sql) }));
}

const expected = new Map<number, SchemaObject[]>();

/**
 * The schema a file of `version` must have: the registry's migrations up to it, applied to an
 * empty database in memory (cached per version). Derived, never listed by hand, so a migration
 * added later is covered the day it lands.
 */
export function expectedSchema(
  version: number,
  migrations: Migration[] = MIGRATIONS,
): SchemaObject[] {
  const cached = migrations === MIGRATIONS ? expected.get(version) : undefined;
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      for (const m of migrations) if (m.version <= version) m.up(db);
    })();
    const schema = schemaOf(db);
    if (migrations === MIGRATIONS) expected.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

const keyOf = (o: SchemaObject) => `${o.type} ${o.name}`;

/**
 * What sets the file's schema apart from the one its `user_version` must have, first the objects
 * it has and should not (a trigger slipped into a backup), then those it lacks (the audit log's
 * append-only triggers dropped), then those that differ; empty when it is exactly ours.
 */
export function schemaDifferences(db: Database.Database, version: number): SchemaDifference[] {
  const want = new Map(expectedSchema(version).map((o) => [keyOf(o), o]));
  const have = new Map(schemaOf(db).map((o) => [keyOf(o), o]));
  const out: SchemaDifference[] = [];
  for (const k of have.keys()) if (!want.has(k)) out.push({ kind: 'extra', object: k });
  for (const k of want.keys()) if (!have.has(k)) out.push({ kind: 'missing', object: k });
  for (const [k, o] of have) {
    const w = want.get(k);
    if (w && (w.tblName !== o.tblName || w.sql !== o.sql)) out.push({ kind: 'changed', object: k });
  }
  return out;
}
