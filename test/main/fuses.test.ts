import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The flat `electronFuses:` mapping of electron-builder.yml (key: true|false lines). */
function fuses(): Record<string, boolean> {
  const lines = fs.readFileSync('electron-builder.yml', 'utf8').split('\n');
  const start = lines.indexOf('electronFuses:');
  const out: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trimStart().startsWith('#')) continue;
    const m = /^ {2}(\w+): (true|false)$/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2] === 'true';
  }
  return out;
}

describe('the packaged Electron binary', () => {
  it('is built with every hardening fuse set', () => {
    expect(fuses()).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
