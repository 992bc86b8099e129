import { app } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { DB_FILE_NAME } from '../core/paths';
import { inspectClosedFile } from '../core/db/closed-file';
import { LATEST_VERSION } from '../core/db/migrations';
import { APP_START_URL } from '../policy/app-origin';
import {
  cspProblem,
  databaseProblems,
  fuseFile,
  fuseMismatches,
  readFuseWire,
  SMOKE_RENDERER_TIMEOUT_MS,
  smokeReport,
  type SmokeCheck,
} from '../policy/smoke';

/**
 * `--smoke`: the packaged app proves itself on a machine that has just built it (the release
 * workflow) and quits. The decisions are in policy/smoke.ts; this file only gathers the facts.
 * Nothing is loosened for it: the same window, guards and IPC checks as a desk's start.
 */
export interface SmokeRun {
  /** A throwaway data folder, set as userData before anything reads it. */
  dataDir: string;
  dbFile: string;
  /** Told of every IPC call the window makes; the renderer's `app.info` is the one awaited. */
  observe: (method: string) => void;
  /** Runs the checks once the window is open; prints the JSON line and exits. */
  finish: (deps: {
    closeCore: () => void;
    serve: (request: Request) => Promise<Response>;
  }) => Promise<void>;
  /** The start failed before the window: prints the line with the reason and exits 1. */
  fail: (name: string, err: unknown) => void;
}

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function startSmoke(): SmokeRun {
  // Before the single-instance lock, which is per userData: a desk's Tirkeu keeps running.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-smoke-'));
  app.setPath('userData', dataDir);
  const dbFile = path.join(dataDir, DB_FILE_NAME);
  let sawAppInfo: () => void = () => {};
  const appInfo = new Promise<void>((resolve) => (sawAppInfo = resolve));

  const exit = (checks: SmokeCheck[]): void => {
    const { code, line } = smokeReport(checks, {
      version: app.getVersion(),
      electron: process.versions.electron ?? null,
      platform: `${process.platform}-${process.arch}`,
    });
    try {
      // Chromium may still hold files in it (Windows refuses to delete those): it is in the
      // temp folder, so a leftover is no failure.
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Left for the system's temp cleanup.
    }
    // A pipe is written asynchronously on macOS: exit once the line is out, or soon regardless.
    let exited = false;
    const done = () => {
      if (exited) return;
      exited = true;
      clearTimeout(fallback);
      app.exit(code);
    };
    const fallback = setTimeout(done, 5000);
    process.stdout.write(`${line}\n`, done);
  };

  return {
    dataDir,
    dbFile,
    observe: (method) => {
      if (method === 'app.info') sawAppInfo();
    },
    fail: (name, err) => exit([{ name, ok: false, reason: reasonOf(err) }]),
    finish: async ({ closeCore, serve }) => {
      const checks: SmokeCheck[] = [];
      let timer: NodeJS.Timeout | undefined;
      const seen = await Promise.race([
        appInfo.then(() => true),
        new Promise<false>((r) => (timer = setTimeout(() => r(false), SMOKE_RENDERER_TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      checks.push(
        seen
          ? { name: 'renderer', ok: true, detail: 'the window called app.info over IPC' }
          : {
              name: 'renderer',
              ok: false,
              reason: `no app.info call from the window in ${SMOKE_RENDERER_TIMEOUT_MS / 1000} s`,
            },
      );
      checks.push(await checkCsp(serve));
      checks.push(checkFuses());
      try {
        closeCore();
        checks.push(checkDatabase(dbFile));
      } catch (err) {
        checks.push({ name: 'database', ok: false, reason: reasonOf(err) });
      }
      exit(checks);
    },
  };
}

async function checkCsp(serve: (request: Request) => Promise<Response>): Promise<SmokeCheck> {
  try {
    const res = await serve(new Request(APP_START_URL));
    const problem = cspProblem(CONTENT_SECURITY_POLICY, {
      status: res.status,
      csp: res.headers.get('content-security-policy'),
    });
    return problem ? { name: 'csp', ok: false, reason: problem } : { name: 'csp', ok: true };
  } catch (err) {
    return { name: 'csp', ok: false, reason: reasonOf(err) };
  }
}

/** The fuses electron-builder.yml set (build-info.json, scripts/build-info.mjs) against the binary. */
function checkFuses(): SmokeCheck {
  let expected: Record<string, boolean>;
  try {
    const info = JSON.parse(fs.readFileSync(path.join(__dirname, 'build-info.json'), 'utf8')) as {
      fuses: Record<string, boolean>;
    };
    expected = info.fuses;
  } catch (err) {
    return { name: 'fuses', ok: false, reason: `no build-info.json: ${reasonOf(err)}` };
  }
  // An unpackaged start runs the stock Electron (or a stand-in): electron-builder flips the
  // fuses only in the binary it packs.
  if (!app.isPackaged) return { name: 'fuses', skipped: 'not a packaged app' };
  try {
    const actual = readFuseWire(fs.readFileSync(fuseFile(process.execPath, process.platform)));
    if (!actual) return { name: 'fuses', ok: false, reason: 'no fuse wire in the binary' };
    const wrong = fuseMismatches(expected, actual);
    return wrong.length
      ? { name: 'fuses', ok: false, reason: wrong.join(', ') }
      : { name: 'fuses', ok: true };
  } catch (err) {
    return { name: 'fuses', ok: false, reason: reasonOf(err) };
  }
}

/** Opens the closed file again, read-only, with the better-sqlite3 this Electron loaded. */
function checkDatabase(dbFile: string): SmokeCheck {
  const found = inspectClosedFile(dbFile);
  const problems = databaseProblems(found, LATEST_VERSION);
  return problems.length
    ? { name: 'database', ok: false, reason: problems.join('; ') }
    : {
        name: 'database',
        ok: true,
        detail: `created, migrated to ${LATEST_VERSION}, closed cleanly (SQLite ${found.sqliteVersion})`,
      };
}
