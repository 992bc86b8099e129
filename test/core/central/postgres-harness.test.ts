import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissingReason, startPgCluster, type PgCluster } from '../../helpers/postgres';

const missing = pgMissingReason();

describe.skipIf(missing !== null)(
  `the throwaway PostgreSQL cluster${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let pgc: PgCluster;
    beforeAll(async () => {
      pgc = await startPgCluster();
    });
    afterAll(() => pgc?.stop());

    it('answers over TLS only, with the certificate verified', async () => {
      const c = new pg.Client({ connectionString: pgc.adminUrl });
      await c.connect();
      const r = await c.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
      await c.end();
      expect(r.rows[0]).toEqual({ ssl: true });

      const plain = new pg.Client({
        connectionString: pgc.adminUrl.replace(/\?.*$/, '?sslmode=disable'),
      });
      await expect(plain.connect()).rejects.toThrow(/no pg_hba.conf entry|SSL off/);
    });
  },
);
