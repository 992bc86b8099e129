import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';

/** A core over a fresh in-memory database, its clock pinned. */
export function memoryCore(now = new Date('2026-03-23T06:00:00Z')): Core {
  return createCore({ dbFile: ':memory:', now: () => now });
}

/** A temp folder removed after the test. */
export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-test-'));
  return {
    dir,
    file: (name) => path.join(dir, name),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Unwraps a successful call or fails the test with the error. */
export async function value<T = unknown>(
  core: Core,
  method: string,
  input: unknown = {},
): Promise<T> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
