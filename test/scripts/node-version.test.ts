import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineProblem, nodeEngines, satisfiesEngines } from '../../scripts/node-version.mjs';

const ENGINES = '^22.14.0 || ^24.0.0';

describe('the Node version check before the tests (issue 20)', () => {
  it('reads the range from package.json', () => {
    expect(nodeEngines()).toBe(
      (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines
        .node,
    );
  });

  it('accepts 22.14 and later 22.x, and 24.x', () => {
    for (const v of ['22.14.0', '22.14.1', '22.22.0', '24.0.0', '24.19.3'])
      expect(satisfiesEngines(v, ENGINES)).toBe(true);
    expect(engineProblem('24.11.1', ENGINES)).toBeNull();
    // The Node running these tests is one the project declares.
    expect(engineProblem()).toBeNull();
  });

  it('refuses Node 20, 22 before 22.14, 23 and 25 in one line naming both versions', () => {
    for (const v of ['20.20.2', '22.13.1', '22.0.0', '23.11.0', '25.0.0', '18.20.4']) {
      expect(satisfiesEngines(v, ENGINES)).toBe(false);
      const line = engineProblem(v, ENGINES)!;
      expect(line).toContain(`this is Node ${v}`);
      expect(line).toContain(`Tirkeu needs Node ${ENGINES}`);
      expect(line).not.toContain('\n');
    }
  });

  it('leaves a range it cannot read to npm', () => {
    expect(satisfiesEngines('20.0.0', '>=18')).toBe(true);
  });

  it('has the project stop npm install on a Node outside engines', () => {
    expect(fs.readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
  });

  // Where the system's own Node is too old (Debian's is 20), npm test must stop at once.
  const system = spawnSync('/usr/bin/node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
  const old = system.status === 0 && !satisfiesEngines(system.stdout.trim(), nodeEngines());
  it.skipIf(!old)('stops npm test at its first line on an old Node', () => {
    const r = spawnSync('/usr/bin/node', ['scripts/test.mjs'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      engineProblem(system.stdout.trim(), nodeEngines()),
      '0 passed, 1 failed',
      '',
    ]);
  });
});
