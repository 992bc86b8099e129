import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lintWorkflow } from '../../scripts/actionlint.mjs';

const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const FILE = '.github/workflows/release.yml';
const text = fs.readFileSync(FILE, 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { tags: string[] }; workflow_dispatch: unknown };
  jobs: {
    build: {
      strategy: { matrix: { include: { name: string; os: string; dist: string }[] } };
      steps: Step[];
    };
    release: { if: string; needs: string; steps: Step[] };
  };
}
const workflow = yaml.load(text) as Workflow;
const steps = workflow.jobs.build.steps;
const runs = steps.map((s) => s.run ?? '').join('\n');

describe('the release workflow', () => {
  it('passes actionlint', async () => {
    expect(await lintWorkflow(text, FILE)).toEqual([]);
  });

  it('actionlint finds a broken workflow (the lint is not a no-op)', async () => {
    const broken = text
      .replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.nope }}')
      .replace('timeout-minutes: 60', 'timeout-minutes: sixty');
    const found = await lintWorkflow(broken, FILE);
    expect(found.map((f) => f.kind)).toEqual(expect.arrayContaining(['expression']));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('runs on a version tag, or by hand', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('builds on Windows, macOS (arm64 and x64) and Linux, each its installers', () => {
    const matrix = workflow.jobs.build.strategy.matrix.include;
    expect(matrix.map((m) => [m.os.split('-')[0], m.dist])).toEqual([
      ['windows', '--win --x64'],
      ['macos', '--mac --arm64'],
      ['macos', '--mac --x64'],
      ['ubuntu', '--linux --x64'],
    ]);
    const builder = fs.readFileSync('electron-builder.yml', 'utf8');
    expect(builder).toMatch(/target: nsis[\s\S]*target: portable/);
    expect(builder).toMatch(/target: dmg/);
    expect(builder).toMatch(/- AppImage\n\s+- deb/);
  });

  it('installs, tests, builds, smoke-tests the packaged app, then sums and uploads, in that order', () => {
    const at = (re: RegExp) => {
      const i = steps.findIndex((s) => re.test(s.run ?? '') || re.test(s.uses ?? ''));
      expect(i, String(re)).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at(/^npm ci/),
      at(/scripts\/test\.mjs unit/),
      at(/npm run dist/),
      at(/smoke-packaged\.mjs$/m),
      at(/checksums\.mjs/),
      at(/upload-artifact/),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('smoke-tests under xvfb-run on Linux, and each installer’s own app on every system', () => {
    expect(runs).toMatch(/xvfb-run -a node scripts\/smoke-packaged\.mjs\n/);
    expect(runs).toMatch(/apt-get install -y -q \.\/release\/\*\.deb/);
    expect(runs).toMatch(/Tirkeu-Setup-\*\.exe/);
    expect(runs).toMatch(/hdiutil attach/);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.path).toMatch(/SHA256SUMS-\*\.txt/);
    for (const ext of ['exe', 'dmg', 'AppImage', 'deb'])
      expect(upload?.with?.path).toContain(`release/*.${ext}`);
  });

  it('passes the signing secrets to the build, and drafts a release only for a tag', () => {
    const dist = steps.find((s) => /npm run dist/.test(s.run ?? ''));
    expect(Object.keys(dist?.env ?? {}).sort()).toEqual([
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_ID',
      'APPLE_TEAM_ID',
      'CSC_KEY_PASSWORD',
      'CSC_LINK',
    ]);
    expect(workflow.jobs.release.if).toBe("startsWith(github.ref, 'refs/tags/')");
    expect(workflow.jobs.release.steps.map((s) => s.run ?? '').join('\n')).toMatch(
      /gh release create "\$TAG" .*--draft/,
    );
  });
});
