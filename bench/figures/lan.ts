// Several desks, one host (issue 22): four desks, each its own process calling from its own
// loopback address as from another PC, check guests in for a minute (10 s with --quick) over
// the LAN listener, on a copy of the bench's history; meanwhile the host's notifications board
// is timed every 100 ms. Then the host's file is read: every acknowledged check-in is there
// once, and nothing else arrived.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core/core';
import { ensureTls } from '../../electron/core/desks/tls-files';
import { startLanServer } from '../../electron/web/lan/lan-server';
import type { PairingCode } from '../../shared/contract';
import { median, record } from '../lib/measure';

const DESKS = 4;

export async function lanFigures(dbFile: string, now: Date, seconds: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(path.dirname(dbFile), 'lan-'));
  try {
    const copy = path.join(dir, 'host.db');
    fs.copyFileSync(dbFile, copy);
    const core = createCore({ dbFile: copy, now: () => now });
    const status = await core.call('audit.status', {});
    if (!status.ok) throw new Error(`the copy's chain check failed: ${JSON.stringify(status)}`);
    const tls = await ensureTls(path.join(dir, 'lan'));
    const host = await startLanServer({ core, host: '127.0.0.1', port: 0, tls });
    const made = await core.call('staff.create', {
      name: 'LAN bench',
      role: 'receptionist',
      secret: '4711',
    });
    const staffId = (made as { value: { id: number } }).value.id;
    const codes: string[] = [];
    for (let d = 0; d < DESKS; d += 1) {
      const c = (await core.call('desks.addDesk', { name: `Bench desk ${d}` })) as {
        value: PairingCode;
      };
      codes.push(c.value.code);
    }

    const boardMs: number[] = [];
    let timing = true;
    const timeBoard = async () => {
      while (timing) {
        const t0 = performance.now();
        const r = await core.call('notifications.board', {});
        if (!r.ok) throw new Error(`board: ${JSON.stringify(r)}`);
        boardMs.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const board = timeBoard();
    const started = performance.now();
    const outputs = await Promise.all(
      codes.map(
        (code, d) =>
          new Promise<{ acknowledged: string[]; refusedCount: number }>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              [
                '--import',
                'tsx',
                path.resolve('bench/lib/lan-desk.ts'),
                host.url,
                host.fingerprint,
                code,
                `127.0.0.${d + 2}`,
                String(staffId),
                '4711',
                String(seconds),
                String(d),
              ],
              { stdio: ['ignore', 'pipe', 'inherit'] },
            );
            let out = '';
            child.stdout.on('data', (c: Buffer) => (out += c.toString()));
            child.on('exit', (code) =>
              code === 0
                ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as never)
                : reject(new Error(`desk ${d} exited with ${code}`)),
            );
          }),
      ),
    );
    const wall = (performance.now() - started) / 1000;
    timing = false;
    await board;

    const acknowledged = outputs.flatMap((o) => o.acknowledged);
    const rows = core.db
      .prepare(
        `SELECT d.number, COUNT(*) AS n FROM stays s JOIN documents d ON d.id = s.document_id
          JOIN guests g ON g.id = s.guest_id WHERE g.surname LIKE 'LANBENCH%' GROUP BY d.number`,
      )
      .all() as Array<{ number: string; n: number }>;
    const found = new Map(rows.map((r) => [r.number, r.n]));
    const lost = acknowledged.filter((n) => !found.has(n)).length;
    const duplicated = rows.filter((r) => r.n > 1).length;
    const unasked = rows.filter((r) => !acknowledged.includes(r.number)).length;
    const sorted = [...boardMs].sort((a, b) => a - b);
    record(
      `lan: check-ins acknowledged, ${DESKS} desks for ${seconds} s`,
      acknowledged.length,
      'stays',
    );
    // Over the desks' own minute: `wall` adds each desk process's start and pairing.
    record('lan: check-ins per second, all desks', acknowledged.length / seconds, '/s');
    record('lan: wall time, desk processes started to last exit', wall, 's');
    record(
      'lan: refused check-ins',
      outputs.reduce((s, o) => s + o.refusedCount, 0),
      'calls',
    );
    record('lan: acknowledged but missing on the host', lost, 'stays');
    record('lan: stays made twice', duplicated, 'stays');
    record('lan: stays on the host nobody was told of', unasked, 'stays');
    record('lan: host board while desks check in, median', median(boardMs), 'ms');
    record(
      'lan: host board while desks check in, 99th percentile',
      sorted[Math.floor(sorted.length * 0.99)] ?? 0,
      'ms',
    );
    record('lan: host board while desks check in, longest', sorted.at(-1) ?? 0, 'ms');
    await host.close();
    core.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
