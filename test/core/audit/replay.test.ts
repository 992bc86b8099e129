import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { hotel, tamper, verify } from '../../helpers/audit-chain';
import { tempDir } from '../../helpers/core';

describe('the audit trail replayed against the tables', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let file: string;
  let ids: { stayId: number; noticeId: number };
  let n = 0;
  beforeEach(async () => {
    file = tmp.file(`replayed-${n++}.db`);
    ids = await hotel(file, 1);
  });

  const rowOf = (action: string, entityId: number) => {
    const ro = new Database(file, { readonly: true });
    try {
      return ro
        .prepare('SELECT max(id) FROM audit_log WHERE action = ? AND entity_id = ?')
        .pluck()
        .get(action, String(entityId));
    } finally {
      ro.close();
    }
  };

  it('agrees with what the app did', () => {
    expect(verify(file)).toMatchObject({ exitCode: 0, out: { ok: true, disagreement: null } });
  });

  it("reports a stay's room changed by SQL at the row that set it", () => {
    tamper(file, `UPDATE stays SET room = '999' WHERE id = ${ids.stayId}`);
    expect(verify(file)).toMatchObject({
      exitCode: 1,
      out: {
        reason: 'state',
        firstBadRow: rowOf('stay.room_change', ids.stayId),
        disagreement: {
          entity: 'stay',
          entityId: ids.stayId,
          field: 'room',
          audited: '300',
          found: '999',
        },
      },
    });
  });

  it("reports a stay's dates changed by SQL", () => {
    tamper(
      file,
      `UPDATE stays SET check_in_at = '2026-03-01T05:00:00.000Z' WHERE id = ${ids.stayId}`,
    );
    expect(verify(file)).toMatchObject({
      exitCode: 1,
      out: {
        reason: 'state',
        firstBadRow: rowOf('stay.check_in', ids.stayId),
        disagreement: { entity: 'stay', field: 'check_in_at' },
      },
    });
  });

  it("reports a filing's reference changed by SQL", () => {
    tamper(file, `UPDATE filings SET reference = 'EQ-2'`);
    expect(verify(file)).toMatchObject({
      exitCode: 1,
      out: {
        reason: 'state',
        firstBadRow: rowOf('notification.filed', ids.noticeId),
        disagreement: { entity: 'filing', field: 'reference', audited: 'EQ-1', found: 'EQ-2' },
      },
    });
  });

  it("reports a notice's state changed by SQL", () => {
    tamper(file, `UPDATE notifications SET state = 'pending' WHERE id = ${ids.noticeId}`);
    expect(verify(file)).toMatchObject({
      exitCode: 1,
      out: {
        reason: 'state',
        firstBadRow: rowOf('notification.filed', ids.noticeId),
        disagreement: {
          entity: 'notification',
          entityId: ids.noticeId,
          field: 'state',
          found: 'pending',
        },
      },
    });
  });

  it('reports a notice marked filed by SQL with no row that filed it', () => {
    tamper(file, `UPDATE notifications SET state = 'filed' WHERE state = 'pending'`);
    const r = verify(file);
    expect(r).toMatchObject({
      exitCode: 1,
      out: {
        reason: 'state',
        disagreement: { entity: 'notification', audited: null, found: 'filed' },
      },
    });
  });
});
