import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliIsStale, rendererIsStale } from '../../scripts/renderer-stale.mjs';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-stale-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'renderer', 'features'), { recursive: true });
  fs.mkdirSync(path.join(root, 'shared'), { recursive: true });
  fs.mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(root, 'renderer', 'features', 'a.tsx'), 'x');
  fs.writeFileSync(path.join(root, 'shared', 'b.ts'), 'x');
  return root;
}

function touch(file: string, secondsAgo: number): void {
  const at = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, at, at);
}

describe('npm run web serves the prebuilt renderer', () => {
  it('needs a build when nothing is built yet', () => {
    expect(rendererIsStale(project())).toBe(true);
  });

  it('serves the build as it is when it is newer than every source', () => {
    const root = project();
    touch(path.join(root, 'renderer', 'features', 'a.tsx'), 60);
    touch(path.join(root, 'shared', 'b.ts'), 60);
    for (const dir of ['renderer/features', 'renderer', 'shared']) touch(path.join(root, dir), 60);
    fs.writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), '<html>');
    expect(rendererIsStale(root)).toBe(false);
  });

  it('rebuilds after a source file deep in the renderer or shared code changes', () => {
    for (const changed of ['renderer/features/a.tsx', 'shared/b.ts']) {
      const root = project();
      for (const f of [
        'renderer/features/a.tsx',
        'shared/b.ts',
        'renderer/features',
        'renderer',
        'shared',
      ])
        touch(path.join(root, f), 60);
      const index = path.join(root, 'dist', 'renderer', 'index.html');
      fs.writeFileSync(index, '<html>');
      touch(index, 30);
      fs.writeFileSync(path.join(root, changed), 'y');
      expect(rendererIsStale(root)).toBe(true);
    }
  });
});

describe('npm run web runs the prebuilt CLI', () => {
  function cliProject(): { root: string; bundle: string } {
    const root = project();
    fs.mkdirSync(path.join(root, 'electron', 'core'), { recursive: true });
    fs.writeFileSync(path.join(root, 'electron', 'core', 'c.ts'), 'x');
    for (const f of ['electron/core/c.ts', 'electron/core', 'electron', 'shared/b.ts', 'shared'])
      touch(path.join(root, f), 60);
    return { root, bundle: path.join(root, 'dist', 'cli', 'main.js') };
  }

  it('needs a build when the CLI was never bundled', () => {
    expect(cliIsStale(cliProject().root)).toBe(true);
  });

  it('runs the bundle as it is when it is newer than the core and shared code', () => {
    const { root, bundle } = cliProject();
    fs.mkdirSync(path.dirname(bundle), { recursive: true });
    fs.writeFileSync(bundle, '');
    expect(cliIsStale(root)).toBe(false);
  });

  it('rebuilds after a core source changes, not after a renderer one', () => {
    const { root, bundle } = cliProject();
    fs.mkdirSync(path.dirname(bundle), { recursive: true });
    fs.writeFileSync(bundle, '');
    touch(bundle, 30);
    fs.writeFileSync(path.join(root, 'renderer', 'features', 'a.tsx'), 'y');
    expect(cliIsStale(root)).toBe(false);
    fs.writeFileSync(path.join(root, 'electron', 'core', 'c.ts'), 'y');
    expect(cliIsStale(root)).toBe(true);
  });
});
