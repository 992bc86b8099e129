#!/usr/bin/env node
// Builds the renderer (Vite) and, unless --renderer, the Electron main and preload bundles.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mainBundleOptions, preloadBundleOptions } from './bundle-options.mjs';
import { rendererIsStale } from './renderer-stale.mjs';

const rendererOnly = process.argv.includes('--renderer');
const quiet = process.argv.includes('--quiet');
// `npm run web`: serve what is built unless a source is newer than it.
if (process.argv.includes('--if-stale') && rendererOnly && !rendererIsStale()) process.exit(0);

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
  await build(preloadBundleOptions);
}
