#!/usr/bin/env node
// `npm start`: the desktop app. Where Electron's binary cannot be had (no network on first
// launch, or an unsupported machine), says so in one line and starts web mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);
const step = (cmd, cmdArgs) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const binary = electronBinary({
  onFetch: () => console.log('Fetching Electron (first start only, about 100 MB)…'),
});
if (!binary.path) {
  console.log(`Electron is not available here (${binary.reason}); starting web mode instead.`);
  step(process.execPath, ['scripts/native.mjs', 'node', '--quiet']);
  step(process.execPath, ['scripts/build.mjs', '--renderer', '--quiet']);
  const web = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'electron/core/cli/main.ts', 'serve', ...args],
    {
      stdio: 'inherit',
    },
  );
  web.on('exit', (code) => process.exit(code ?? 0));
} else {
  step(process.execPath, ['scripts/build.mjs', '--quiet']);
  step(process.execPath, ['scripts/native.mjs', 'electron']);
  const app = spawn(binary.path, ['.', ...args], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}
