#!/usr/bin/env node
// `npm run dist [-- --win|--linux|--mac]`: installers with electron-builder. better-sqlite3's
// prebuilt Node-API binary goes in as shipped (nothing is rebuilt); where this machine has
// Electron, it is first proven to load inside it. Signs only where the signing secrets are set
// (scripts/release-tools.mjs `signingPlan`), and says in one line, and in release/, when not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { signingPlan, targetPlatform } from './release-tools.mjs';

const args = process.argv.slice(2);
const run = (argv, env = process.env) =>
  spawnSync(process.execPath, argv, { stdio: 'inherit', env }).status ?? 1;
let status = run(['scripts/build.mjs']);
if (status === 0) {
  status = run(['scripts/native.mjs', 'electron']);
  // 3: no Electron here to prove it in; electron-builder fetches its own copy to pack.
  if (status === 3) status = 0;
}
if (status === 0) {
  const platform = targetPlatform(args, process.platform);
  const plan = signingPlan(process.env, platform);
  const inActions = process.env.GITHUB_ACTIONS === 'true';
  console.log(`${inActions && !plan.signed ? '::warning::' : ''}${plan.note}`);
  if (inActions && process.env.GITHUB_STEP_SUMMARY)
    fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${plan.note}\n`);
  status = run(['node_modules/electron-builder/cli.js', '--publish', 'never', ...args], plan.env);
  if (status === 0) fs.writeFileSync(`release/SIGNING-${platform}.txt`, `${plan.note}\n`);
}
process.exit(status);
