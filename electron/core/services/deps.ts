import type { Db } from '../db/connection';
import type { Repos } from '../db/repos';

/** What every service is built from; no service knows which transport called it. */
export interface ServiceDeps {
  db: Db;
  repos: Repos;
  version: string;
  schemaVersion: number;
  dbPath: string;
}
