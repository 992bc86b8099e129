#!/usr/bin/env node
// Builds the renderer (Vite) and, unless --renderer, the Electron main and preload bundles.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const rendererOnly = process.argv.includes('--renderer');
const quiet = process.argv.includes('--quiet');

const vite = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--logLevel', quiet ? 'error' : 'warn'],
  {
    stdio: 'inherit',
  },
);
if (vite.status !== 0) process.exit(vite.status ?? 1);

if (!rendererOnly) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    // better-sqlite3 is native and unpacked from asar; electron is the runtime itself. pdfkit
    // and pdf.js find their data files next to their own modules, so they ship as dependencies.
    external: ['electron', 'better-sqlite3', 'pdfkit', 'pdfjs-dist'],
  };
  await build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.cjs',
  });
  // A sandboxed preload is a single CommonJS file that may require only 'electron'.
  await build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
  });
}
