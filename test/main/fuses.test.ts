import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fusesFromBuilderConfig } from '../../scripts/build-info.mjs';

const fuses = () => fusesFromBuilderConfig(fs.readFileSync('electron-builder.yml', 'utf8'));

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
