#!/usr/bin/env node
// Builds the renderer (Vite) and, unless --renderer, the Electron main and preload bundles;
// with --cli, the CLI that web mode runs (dist/cli). esbuild is loaded only when something is
// built: `npm run web` usually finds everything fresh and should start at once.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import {
  backupWorkerBundleOptions,
  cliBundleOptions,
  mainBundleOptions,
  preloadBundleOptions,
} from './bundle-options.mjs';
import { writeBuildInfo } from './build-info.mjs';
import { cliIsStale, rendererIsStale } from './renderer-stale.mjs';

const build = async (options) => (await import('esbuild')).build(options);

const rendererOnly = process.argv.includes('--renderer');
const quiet = process.argv.includes('--quiet');
const ifStale = process.argv.includes('--if-stale');
if (process.argv.includes('--cli') && (!ifStale || cliIsStale())) {
  // Old chunks would pile up: their names change with their content.
  fs.rmSync(cliBundleOptions.outdir, { recursive: true, force: true });
  await build(cliBundleOptions);
  await build(backupWorkerBundleOptions(cliBundleOptions.outdir));
}
// `npm run web`: serve what is built unless a source is newer than it.
if (ifStale && rendererOnly && !rendererIsStale()) process.exit(0);

const vite = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--logLevel', quiet ? 'error' : 'warn'],
  {
    stdio: 'inherit',
  },
);
if (vite.status !== 0) process.exit(vite.status ?? 1);

if (!rendererOnly) {
  await build(mainBundleOptions);
  await build(backupWorkerBundleOptions('dist/electron'));
  await build(preloadBundleOptions);
  writeBuildInfo('dist/electron');
}
