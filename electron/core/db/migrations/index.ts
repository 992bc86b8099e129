import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../../shared/contract';
import { snapshotSync } from '../backup/backup';
import { TIRKEU_APPLICATION_ID } from '../ownership';
import { m0001InitialSchema } from './0001-initial-schema';
import { m0002NoticeRulesVersion } from './0002-notice-rules-version';
import { m0003FilingProof } from './0003-filing-proof';
import { m0004HistoryIndexes } from './0004-history-indexes';
import { m0005AuditChain } from './0005-audit-chain';
import { m0006StaffSignIn } from './0006-staff-sign-in';
import { m0007GuestErasure } from './0007-guest-erasure';
import { m0008GuestBirthNameIndex } from './0008-guest-birth-name-index';
import { m0010SignInThrottle } from './0010-sign-in-throttle';
import { m0012AuditMac } from './0012-audit-mac';
import { m0013HistoryCoveringIndexes } from './0013-history-covering-indexes';
import { m0014GuestCitizenshipNameIndexes } from './0014-guest-citizenship-name-indexes';
import { m0015StayVisaValidUntil } from './0015-stay-visa-valid-until';
import { m0016PaperAndPortalAttempts } from './0016-paper-and-portal-attempts';
import { m0017EdsKeys } from './0017-eds-keys';
import { m0018PlacesOfStay } from './0018-places-of-stay';
import { m0019Desks } from './0019-desks';
import { m0020CheckInKeys } from './0020-check-in-keys';
import { m0021CentralShipping } from './0021-central-shipping';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/**
 * The ordered registry. A migration that has shipped is never edited: add the next number.
 * Each entry gets a test in test/core/db/migrations.test.ts when it moves data.
 */
export const MIGRATIONS: Migration[] = [
  m0001InitialSchema,
  m0002NoticeRulesVersion,
  m0003FilingProof,
  m0004HistoryIndexes,
  m0005AuditChain,
  m0006StaffSignIn,
  m0007GuestErasure,
  m0008GuestBirthNameIndex,
  m0010SignInThrottle,
  m0012AuditMac,
  m0013HistoryCoveringIndexes,
  m0014GuestCitizenshipNameIndexes,
  m0015StayVisaValidUntil,
  m0016PaperAndPortalAttempts,
  m0017EdsKeys,
  m0018PlacesOfStay,
  m0019Desks,
  m0020CheckInKeys,
  m0021CentralShipping,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Applies every pending migration in one transaction (all or nothing), after copying a
 * non-empty database aside so a failed upgrade can be undone by hand. The same transaction
 * marks the file as Tirkeu's (`application_id`), adopting a schema-1 file made before the mark.
 */
export function migrate(
  db: Database.Database,
  file: string | null,
  migrations: Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const seen = db.pragma('user_version', { simple: true }) as number;
  const behind = migrations.some((m) => m.version > seen);
  const marked = db.pragma('application_id', { simple: true }) === TIRKEU_APPLICATION_ID;
  if (!behind && marked) return { from: seen, to: seen };
  if (file && seen > 0 && behind) backupBeforeMigration(db, file, seen);
  // IMMEDIATE: a second process opening the same new file waits here, then finds it migrated.
  return db
    .transaction(() => {
      const from = db.pragma('user_version', { simple: true }) as number;
      const pending = migrations.filter((m) => m.version > from);
      const appId = db.pragma('application_id', { simple: true }) as number;
      const foreign = appId !== 0 && appId !== TIRKEU_APPLICATION_ID;
      if (foreign || (from === 0 && hasTables(db))) throw new AppFailure('db.foreign');
      for (const m of pending) m.up(db);
      const to = pending[pending.length - 1]?.version ?? from;
      // user_version and application_id live in the file header, written by this transaction.
      db.pragma(`user_version = ${to}`);
      db.pragma(`application_id = ${TIRKEU_APPLICATION_ID}`);
      return { from, to };
    })
    .immediate();
}

function hasTables(db: Database.Database): boolean {
  return (db.pragma('table_list') as Array<{ name: string; schema: string }>).some(
    (t) => t.schema === 'main' && !t.name.startsWith('sqlite_'),
  );
}

function backupBeforeMigration(db: Database.Database, file: string, from: number): void {
  const target = `${file}.v${from}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
  if (fs.existsSync(target)) return;
  snapshotSync(db, target);
}
