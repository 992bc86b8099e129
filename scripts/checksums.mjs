#!/usr/bin/env node
// `node scripts/checksums.mjs DIR LABEL`: writes DIR/SHA256SUMS-LABEL.txt for the installers in
// DIR, in sha256sum's format, and prints it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { installerFiles, sumsText } from './release-tools.mjs';

const [dir = 'release', label = process.platform] = process.argv.slice(2);
const names = installerFiles(fs.readdirSync(dir));
if (names.length === 0) {
  console.log(`No installers in ${dir}/.`);
  process.exit(1);
}
const entries = [];
for (const name of names) {
  const hash = crypto.createHash('sha256');
  // Streamed: an installer is a few hundred MB.
  for await (const chunk of fs.createReadStream(path.join(dir, name))) hash.update(chunk);
  entries.push({ name, sha256: hash.digest('hex') });
}
const text = sumsText(entries);
fs.writeFileSync(path.join(dir, `SHA256SUMS-${label}.txt`), text);
process.stdout.write(text);
