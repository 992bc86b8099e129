// Whether dist/renderer (and dist/cli, the web server's code) is older than what it is built from,
// so `npm run web` serves prebuilt code at once and compiles only after an edit (compiling the
// renderer was 1.4 s of a 3.4 s start; tsx compiling the CLI at every start, 1.5 to 3 s).
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package-lock.json'];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function isStale(root, output, sources) {
  let built;
  try {
    built = fs.statSync(path.join(root, output)).mtimeMs;
  } catch {
    return true;
  }
  return sources.some((source) => newestMtime(path.join(root, source)) > built);
}

/** True when dist/renderer/index.html is missing or older than any source under root. */
export function rendererIsStale(root = process.cwd()) {
  return isStale(root, path.join('dist', 'renderer', 'index.html'), SOURCES);
}

const CLI_SOURCES = ['electron', 'shared', 'package-lock.json'];

/** True when the bundled CLI (dist/cli/main.js) is missing or older than any source under root. */
export function cliIsStale(root = process.cwd()) {
  return isStale(root, path.join('dist', 'cli', 'main.js'), CLI_SOURCES);
}
