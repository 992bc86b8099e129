// The Node that runs `npm test` and web mode, against package.json's `engines`. On Node 20 every
// database test fails (better-sqlite3 needs Node-API 10), so `npm test` ran for minutes through
// checks that could not pass; it now stops at this one line. `npm install` stops likewise on
// `engine-strict=true` in the project's .npmrc.
import fs from 'node:fs';

/** package.json's `engines.node`, e.g. "^22.14.0 || ^24.0.0". */
export function nodeEngines(file = new URL('../package.json', import.meta.url)) {
  return JSON.parse(fs.readFileSync(file, 'utf8')).engines.node;
}

const parts = (v) => v.split('.').map(Number);

/**
 * Whether `version` (e.g. "20.20.2") satisfies `range`: caret ranges joined by `||`, the only
 * form `engines` uses ("^22.14.0": 22.x from 22.14.0). Another form is not judged here (true):
 * npm's own engine check still holds it.
 */
export function satisfiesEngines(version, range) {
  const alternatives = range.split('||').map((r) => r.trim());
  if (!alternatives.every((r) => /^\^\d+\.\d+\.\d+$/.test(r))) return true;
  const [major, minor, patch] = parts(version);
  return alternatives.some((r) => {
    const [M, m, p] = parts(r.slice(1));
    return major === M && (minor > m || (minor === m && patch >= p));
  });
}

/** One line saying this Node is too old (or too new) for Tirkeu, or null when it will do. */
export function engineProblem(version = process.versions.node, range = nodeEngines()) {
  if (satisfiesEngines(version, range)) return null;
  return `Tirkeu needs Node ${range} (package.json engines); this is Node ${version}. Install Node 24 (or 22.14 or later) and run npm install again.`;
}
