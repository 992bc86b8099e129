import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core';
import { resolveDbPath } from '../paths';
import { startWebServer } from '../../web/server';
import { describeError } from './describe-error';
import { runDemoCommand } from './demo-command';

const HELP = `Usage: npm run cli -- <command> [options]

Commands:
  serve [--port N] [--db FILE]        Serve the app on 127.0.0.1 for a browser (web mode)
  demo --db FILE [--force]            Create a realistic demo hotel in a new database file
  deadline --arrival YYYY-MM-DD [--citizenship ISO3] [--entry YYYY-MM-DD]
                                      Print the notification deadline as one JSON object
  mrz LINE1 LINE2 [LINE3]             Read a machine-readable zone, print one JSON object
  mrz --image FILE                    The same, read from a photo or scan of the document
  --help                              This text

Database: --db FILE, else $TIRKEU_DB, else the per-user app-data folder.`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

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
  const portText = flag(args, '--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`error: --port: "${portText}" is not a port number\n`);
    return 2;
  }
  const dbFile = resolveDbPath(args);
  let core;
  try {
    core = createCore({
      dbFile,
      version: process.env.npm_package_version,
      onInternalError: logInternal,
    });
  } catch (err) {
    process.stderr.write(`${describeError(err, dbFile)}\n`);
    return 1;
  }
  const server = await startWebServer({
    core,
    port,
    staticDir: path.join(repoRoot, 'dist', 'renderer'),
    onInternalError: logInternal,
  });
  process.stdout.write(`Tirkeu is running at ${server.url}\n`);
  process.stderr.write(`Database: ${dbFile}\n`);
  const stop = () => {
    void server.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>(() => {});
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
