// What the build says the packaged app must be, written beside the main bundle
// (dist/electron/build-info.json) so the app's `--smoke` mode can check the binary it runs in.
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_INFO_NAME = 'build-info.json';

/** The flat `electronFuses:` mapping of electron-builder.yml (`  key: true|false` lines). */
export function fusesFromBuilderConfig(text) {
  const lines = text.split('\n');
  const start = lines.indexOf('electronFuses:');
  const out = {};
  if (start < 0) return out;
  for (const line of lines.slice(start + 1)) {
    if (line.trimStart().startsWith('#')) continue;
    const m = /^ {2}(\w+): (true|false)$/.exec(line);
    if (!m) break;
    out[m[1]] = m[2] === 'true';
  }
  return out;
}

/** Writes build-info.json into `outdir` from electron-builder.yml and package.json in `root`. */
export function writeBuildInfo(outdir, root = '.') {
  const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const info = { version: pkg.version, fuses: fusesFromBuilderConfig(yml) };
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(path.join(outdir, BUILD_INFO_NAME), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}
