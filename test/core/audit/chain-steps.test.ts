import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { verifyAuditChain, verifyAuditChainInSteps } from '../../../electron/core/db/audit/verify';
import { tempDir, value } from '../../helpers/core';

const now = new Date('2026-03-23T06:00:00Z');

describe('the audit chain walked in steps', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(async () => {
    tmp = tempDir();
    file = tmp.file('tirkeu.db');
    const core = createCore({ dbFile: file, now: () => now });
    for (const name of ['Alatau', 'Altyn', 'Baiterek', 'Kokzhal', 'Medeu']) {
      await value(core, 'hotel.save', {
        name,
        bin: '',
        address: '',
        region: '',
        businessSize: 'small',
      });
    }
    core.close();
  });
  afterEach(() => tmp.cleanup());

  it('takes a step only on each turn it is given, and reports as the walk in one go', async () => {
    const db = new Database(file, { readonly: true });
    const whole = verifyAuditChain(db);
    expect(whole).toMatchObject({ ok: true, firstBadRow: null });
    const gate: Array<() => void> = [];
    const turn = () => new Promise<void>((resolve) => gate.push(resolve));
    let report: unknown = null;
    void verifyAuditChainInSteps(db, { rowsPerStep: 2, turn }).then((r) => (report = r));
    const flush = () => new Promise((resolve) => setImmediate(resolve));
    // Two rows a step, and one more step that finds fewer than two.
    for (let step = 0; step <= Math.floor(whole.rows / 2); step += 1) {
      await flush();
      expect(report).toBeNull();
      expect(gate).toHaveLength(1);
      gate.shift()!();
    }
    await flush();
    expect(report).toEqual(whole);
    db.close();
  });
});
