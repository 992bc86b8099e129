import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core';
import { resolveDbPath } from '../paths';
import { startWebServer } from '../../web/server';
import { startLanServer } from '../../web/lan/lan-server';
import { startLanController } from '../../web/lan/lan-controller';
import {
  joinHost,
  loadPairing,
  savePairing,
  startDeskBridge,
  type DeskPairing,
} from '../../web/lan/desk-bridge';
import { forgetFirstStartHotel, joinRoutes } from '../../web/lan/join-routes';
import { sameFingerprint } from '../../web/lan/pinned-client';
import { ensureTls, tlsDirFor } from '../desks/tls-files';
import { isPrivateAddress } from '../desks/private-address';
import { DEFAULT_SHARING_PORT } from '../../../shared/contract';
import { describeError } from './describe-error';
import { languageFromEnv } from './language';
import { recoveryFor, recoveryText, restoreFinishedText } from '../recovery';
import { runDemoCommand } from './demo-command';

const HELP = `Usage: npm run cli -- <command> [options]

Commands:
  serve [--port N] [--db FILE] [--share ADDRESS[:PORT]]
                                      Serve the app on 127.0.0.1 for a browser (web mode);
                                      --share also serves the hotel's other desks over HTTPS
  serve --connect https://ADDRESS:PORT --fingerprint FP --data DIR [--code CODE] [--port N]
        [--from ADDRESS]
                                      Run this desk against the hotel's host (the code once:
                                      the pairing is kept in DIR)
  pair --db FILE --desk NAME          A one-time code for a desk to join: one JSON object
  demo --db FILE [--lang kk|ru|en]    Create a realistic demo hotel in a new database file
  deadline --arrival YYYY-MM-DD [--citizenship ISO3] [--entry YYYY-MM-DD]
           [--departure YYYY-MM-DD] [--expiry YYYY-MM-DD] [--visa-until YYYY-MM-DD]
                                      Print the notification deadline and the stay limit as one
                                      JSON object
  mrz LINE1 LINE2 [LINE3]             Read a machine-readable zone, print one JSON object
  shift-report --out FILE [--db FILE] [--lang kk|ru|en] [--force]
                                      Write the end-of-shift report as a PDF
  export --db FILE --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|csv|pdf --out FILE
         [--lang kk|ru|en] [--force]  Write the register of foreign guests for a range
  export --central postgresql://… --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|csv|pdf
         --out FILE [--lang kk|ru|en] [--force]
                                      Write the consolidated register of every property, read
                                      through the owner's read-only console login
  central purge --central postgresql://…
                                      Erase guests' values at the centre older than the
                                      strictest property's retention setting; one JSON object
  ship --db FILE [--central postgresql://…] [--property NAME]
                                      Ship what is new to the central register (once): one
                                      JSON object, exit 1 if the centre refused the chain
  audit-verify --db FILE              Check the audit trail's chain: one JSON object, exit 1 if broken
  backup --db FILE --out DIR          Take a checked online backup of FILE into DIR
  restore --db FILE --from BACKUP [--force]
                                      Put a backup in FILE's place (the current file is kept aside)
  mrz --image FILE                    The same, read from a photo or scan of the document
  unlock --db FILE --staff NAME       Lift a staff member's sign-in lock (audited)
  --help                              This text

Database: --db FILE, else $TIRKEU_DB, else the per-user app-data folder.`;

/** The folder holding package.json: three levels up from the source, two from dist/cli. */
function findRoot(dir: string): string {
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
  return dir;
}
const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(HELP + '\n');
      return command === undefined ? 2 : 0;
    case 'serve':
      return serve(rest);
    case 'demo':
      return emit(await runDemoCommand(rest));
    case 'deadline': {
      const { runDeadlineCommand } = await import('./deadline-command');
      return emit(runDeadlineCommand(rest));
    }
    case 'export': {
      const { runExportCommand } = await import('./export-command');
      const tty = process.stderr.isTTY;
      return emit(
        await runExportCommand(rest, undefined, (p) => tty && process.stderr.write(`\r${p}`)),
      );
    }
    case 'mrz': {
      const { runMrzCommand, runMrzImageCommand } = await import('./mrz-command');
      if (rest[0] !== '--image') return emit(runMrzCommand(rest));
      const { createMrzOcr } = await import('../mrz-image/ocr-engine');
      const ocr = createMrzOcr();
      try {
        return emit(await runMrzImageCommand(rest[1], ocr));
      } finally {
        await ocr.close();
      }
    }
    case 'shift-report': {
      const { runShiftReportCommand } = await import('./shift-report-command');
      return emit(await runShiftReportCommand(rest));
    }
    case 'audit-verify':
    case 'backup':
    case 'restore': {
      const trust = await import('./trust-commands');
      if (command === 'audit-verify') return emit(trust.runAuditVerifyCommand(rest));
      if (command === 'backup') return emit(await trust.runBackupCommand(rest));
      return emit(trust.runRestoreCommand(rest));
    }
    case 'pair': {
      const { runPairCommand } = await import('./pair-command');
      return emit(await runPairCommand(rest));
    }
    case 'central': {
      const { runCentralCommand } = await import('./central-command');
      return emit(await runCentralCommand(rest));
    }
    case 'ship': {
      const { runShipCommand } = await import('./ship-command');
      return emit(await runShipCommand(rest));
    }
    case 'unlock': {
      const { runUnlockCommand } = await import('./unlock-command');
      return emit(runUnlockCommand(rest));
    }
    default:
      process.stderr.write(`error: unknown command "${command}" (try --help)\n`);
      return 2;
  }
}

function emit(r: { exitCode: number; stdout: string; stderr: string }): number {
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.exitCode;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function serve(args: string[]): Promise<number> {
  if (args.includes('--connect')) return serveDesk(args);
  const portText = flag(args, '--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`error: --port: "${portText}" is not a port number\n`);
    return 2;
  }
  const shareText = flag(args, '--share');
  const share = shareText === undefined ? null : parseShare(shareText);
  if (share === false) {
    process.stderr.write(`error: --share: "${shareText}" is not ADDRESS[:PORT]\n`);
    return 2;
  }
  const dbFile = resolveDbPath(args);
  // A PC that joined a host at its first start (issue 22) is that host's desk from then on.
  const joined = loadPairing(path.dirname(dbFile));
  if (joined) return runDesk(joined, { port, dir: path.dirname(dbFile) });
  let core;
  try {
    core = createCore({
      dbFile,
      version: process.env.npm_package_version,
      onInternalError: logInternal,
      autoBackup: true,
      onRestoreFinished: (f) =>
        process.stderr.write(`${restoreFinishedText(languageFromEnv(), f)}\n`),
      warmPdfReader: true,
      // After a crash the sign-in is served while the file is checked in a thread; every other
      // call waits for the check, and is refused if it fails (said here, with a backup to use).
      deferStartCheck: true,
      onStartCheckFailed: (failure) => {
        process.stderr.write(`${describeError(failure, dbFile)}\n`);
        const recovery = recoveryFor(failure, dbFile);
        if (recovery)
          process.stderr.write(`${recoveryText(languageFromEnv(), dbFile, recovery.backup)}\n`);
      },
    });
  } catch (err) {
    process.stderr.write(`${describeError(err, dbFile)}\n`);
    const recovery = recoveryFor(err, dbFile);
    if (recovery)
      process.stderr.write(`${recoveryText(languageFromEnv(), dbFile, recovery.backup)}\n`);
    return 1;
  }
  // At the first start this PC may join the hotel's host instead (join-routes.ts): then this
  // process becomes the desk, on the same address and secret, and its empty database goes.
  let handOver: (pairing: DeskPairing) => void = () => {};
  const server = await startWebServer({
    core,
    port,
    staticDir: path.join(repoRoot, 'dist', 'renderer'),
    onInternalError: logInternal,
    extraRoutes: joinRoutes({
      core,
      dataDir: path.dirname(dbFile),
      onJoined: (pairing) => handOver(pairing),
    }),
  });
  // The hotel's other desks (issue 22): the address given here, else as Settings › Desks says.
  let lan: { close: () => Promise<void> };
  // Printed second, after the line scripts already wait for.
  let shared = () => {};
  const sharing = (url: string, fingerprint: string) =>
    process.stdout.write(
      `Tirkeu shares this hotel at ${url} (certificate SHA-256 ${fingerprint})\n`,
    );
  if (share) {
    try {
      const tls = await ensureTls(tlsDirFor(dbFile));
      const listener = await startLanServer({ core, ...share, tls, onInternalError: logInternal });
      lan = listener;
      shared = () => sharing(listener.url, listener.fingerprint);
    } catch (err) {
      process.stderr.write(`${describeError(err, dbFile)}\n`);
      await server.close();
      core.close();
      return 1;
    }
  } else {
    lan = startLanController({
      core,
      onInternalError: logInternal,
      onListening: (l) => sharing(l.url, l.fingerprint),
    });
  }
  const stop = () => {
    void Promise.all([server.close(), lan.close()]).then(() => {
      core.close();
      process.exit(0);
    });
  };
  handOver = (pairing) => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void Promise.all([server.close(), lan.close()]).then(async () => {
      core.close();
      forgetFirstStartHotel(dbFile);
      await runDesk(pairing, {
        port: server.port,
        secret: server.secret,
        dir: path.dirname(dbFile),
      });
    });
  };
  // Before the URL goes out: a stop that follows it at once still closes the file cleanly (else
  // the next start checks the whole file, seconds at a million stays).
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Tirkeu is running at ${server.url}\n`);
  shared();
  process.stderr.write(`Database: ${dbFile}\n`);
  return new Promise<number>(() => {});
}

/**
 * A desk of the hotel (issue 22): its own loopback web mode, every call passed to the host. The
 * code is proven once; the pairing is kept in DIR and used from then on (a code given again with
 * a kept pairing is not sent). No guest data is kept here.
 */
async function serveDesk(args: string[]): Promise<number> {
  const url = flag(args, '--connect') ?? '';
  const fingerprint = flag(args, '--fingerprint') ?? '';
  const dataDir = flag(args, '--data');
  const code = flag(args, '--code');
  const port = Number(flag(args, '--port') ?? 0);
  if (!/^https:\/\/[^/]+$/.test(url)) {
    process.stderr.write(`error: --connect: "${url}" is not https://ADDRESS:PORT\n`);
    return 2;
  }
  if (!dataDir || !fingerprint || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('error: --connect needs --fingerprint FP and --data DIR (try --help)\n');
    return 2;
  }
  // The local address the host is called from, when this PC has several (tests: 127.0.0.2).
  const from = flag(args, '--from');
  if (from !== undefined && net.isIP(from) === 0) {
    process.stderr.write(`error: --from: "${from}" is not an IP address\n`);
    return 2;
  }
  let pairing = loadPairing(dataDir);
  if (pairing && (pairing.url !== url || !sameFingerprint(pairing.fingerprint, fingerprint)))
    pairing = null;
  try {
    if (!pairing) {
      if (!code) {
        process.stderr.write('error: this desk has not joined the host yet: add --code CODE\n');
        return 2;
      }
      pairing = await joinHost({ url, fingerprint, code, localAddress: from });
      savePairing(dataDir, pairing);
    }
  } catch (err) {
    process.stderr.write(`${describeError(err)}\n`);
    return 1;
  }
  return runDesk(pairing, { port, from, dir: dataDir });
}

/** This process as a desk of the host its pairing names: its own loopback web mode. */
async function runDesk(
  pairing: DeskPairing,
  options: { port: number; dir: string; from?: string; secret?: string },
): Promise<number> {
  const bridge = await startDeskBridge({
    pairing,
    port: options.port,
    secret: options.secret,
    staticDir: path.join(repoRoot, 'dist', 'renderer'),
    outbox: {
      dir: options.dir,
      // Test hook only: dies after the host took a queued check-in, before the desk noted it.
      ...(process.env.TIRKEU_TEST_OUTBOX_EXIT_AFTER_ACK === '1'
        ? { afterAcknowledged: () => process.exit(75) }
        : {}),
    },
    localAddress: options.from,
  });
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Tirkeu is running at ${bridge.url}\n`);
  process.stderr.write(`Desk "${pairing.desk.name}" of the host at ${pairing.url}\n`);
  return new Promise<number>(() => {});
}

/** `ADDRESS[:PORT]` (an IPv6 address in brackets when a port follows); port 0 picks a free one. */
function parseShare(text: string): { host: string; port: number } | false {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([0-9.]+))(?::(\d{1,5}))?$/.exec(text);
  const host = m?.[1] ?? m?.[2];
  const port = m?.[3] === undefined ? DEFAULT_SHARING_PORT : Number(m[3]);
  if (!host || !isPrivateAddress(host) || port > 65535) return false;
  return { host, port };
}

function logInternal(method: string, err: unknown): void {
  process.stderr.write(
    `internal error in ${method}: ${err instanceof Error ? err.stack : String(err)}\n`,
  );
}

const invokedDirectly =
  process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${describeError(err)}\n`);
      process.exit(1);
    },
  );
}
