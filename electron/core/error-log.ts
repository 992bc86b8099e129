import fs from 'node:fs';
import path from 'node:path';

/** Past this size the log is moved to `<file>.1` (one generation kept), so it never grows unbounded. */
const MAX_BYTES = 1024 * 1024;

export type InternalErrorLogger = (where: string, err: unknown) => void;

/** One entry: the time, where it happened, and the stack (or the value) of what was thrown. */
export function formatInternalError(at: Date, where: string, err: unknown): string {
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  return `${at.toISOString()} internal error in ${where}: ${detail}\n`;
}

/**
 * Unexpected errors, written to a local file only (no telemetry: the app makes no network
 * calls). Readable by the owner only: a message may quote guest data. Logging never throws:
 * a full disk must not turn a handled error into a crash.
 */
export function fileErrorLogger(
  file: string,
  now: () => Date = () => new Date(),
): InternalErrorLogger {
  return (where, err) => {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) {
        fs.renameSync(file, `${file}.1`);
      }
      fs.appendFileSync(file, formatInternalError(now(), where, err), { mode: 0o600 });
    } catch {
      // Nowhere left to report to.
    }
  };
}
