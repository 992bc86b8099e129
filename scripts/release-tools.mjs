// The release workflow's decisions (.github/workflows/release.yml), as plain functions the unit
// tests prove: which packaged executables to smoke-test, what a `--smoke` run said, which files
// are installers and their SHA-256 sums, and whether a build is signed.
import path from 'node:path';

/** The unpacked app electron-builder leaves in release/<dir>/, by the folder's name. */
export function unpackedExecutable(platform, dir) {
  if (platform === 'win32' && /^win(-[a-z0-9]+)?-unpacked$/.test(dir))
    return path.join(dir, 'Tirkeu.exe');
  if (platform === 'darwin' && /^mac(-[a-z0-9]+)?$/.test(dir))
    return path.join(dir, 'Tirkeu.app', 'Contents', 'MacOS', 'Tirkeu');
  // The executable is named after package.json's `name`.
  if (platform === 'linux' && /^linux(-[a-z0-9]+)?-unpacked$/.test(dir))
    return path.join(dir, 'tirkeu');
  return null;
}

/**
 * What one `--smoke` run of a packaged app said: passed only with exit 0, the JSON line saying
 * so, and the fuses checked (a packaged binary that skips them is not the one that ships).
 */
export function readSmokeRun({ status, signal, stdout, stderr, error }) {
  const line = (stdout ?? '')
    .split('\n')
    .map((l) => l.trim())
    .findLast((l) => l.startsWith('{"smoke"'));
  let report = null;
  try {
    report = line ? JSON.parse(line) : null;
  } catch {
    report = null;
  }
  const why = (reason) => ({ passed: false, reason, report });
  if (error) return why(`did not run: ${error.message}`);
  if (!report) {
    const last = (stderr ?? '').trim().split('\n').at(-1) ?? '';
    return why(`printed no smoke line (exit ${status ?? signal})${last ? `: ${last}` : ''}`);
  }
  if (report.smoke !== 'passed' || status !== 0)
    return why(report.reason ?? `exit ${status ?? signal} after "${report.smoke}"`);
  const fuses = (report.checks ?? []).find((c) => c.name === 'fuses');
  if (!fuses || fuses.ok !== true) return why(`fuses not checked: ${fuses?.skipped ?? 'missing'}`);
  return { passed: true, reason: '', report };
}

const INSTALLER = /\.(exe|dmg|AppImage|deb)$/;

/** The installers among release/'s files (not the unpacked folders, blockmaps or YAML). */
export const installerFiles = (names) => names.filter((n) => INSTALLER.test(n)).sort();

/** `sha256sum`'s format, which `sha256sum -c` and PowerShell users can both read. */
export const sumsText = (entries) =>
  entries.map(({ name, sha256 }) => `${sha256}  ${name}\n`).join('');

const filled = (env, key) => typeof env[key] === 'string' && env[key].trim() !== '';
const SIGNING_KEYS = [
  'CSC_LINK',
  'CSC_KEY_PASSWORD',
  'APPLE_ID',
  'APPLE_TEAM_ID',
  'APPLE_APP_SPECIFIC_PASSWORD',
];
const APPLE_KEYS = ['APPLE_ID', 'APPLE_TEAM_ID', 'APPLE_APP_SPECIFIC_PASSWORD'];

/**
 * Whether electron-builder signs (and on macOS notarizes) for `platform`, from the secrets the
 * workflow passes (an unset secret arrives as ''). Returns the environment to build with (empty
 * secrets removed, certificate discovery off when unsigned, so it never picks a stray identity)
 * and one line saying what the person installing will see.
 */
export function signingPlan(env, platform) {
  const out = { ...env };
  for (const key of SIGNING_KEYS) if (!filled(env, key)) delete out[key];
  const cert = filled(env, 'CSC_LINK');
  if (!cert) out.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
  if (platform === 'win32') {
    return cert
      ? { env: out, signed: true, notarized: false, note: 'Windows build signed (CSC_LINK).' }
      : {
          env: out,
          signed: false,
          notarized: false,
          note: 'Unsigned Windows build (no CSC_LINK secret): SmartScreen warns "Windows protected your PC" at the first start; More info › Run anyway.',
        };
  }
  if (platform === 'darwin') {
    const notarize = cert && APPLE_KEYS.every((k) => filled(env, k));
    if (cert && !notarize) for (const k of APPLE_KEYS) delete out[k];
    if (!cert)
      return {
        env: out,
        signed: false,
        notarized: false,
        note: 'Unsigned macOS build (no CSC_LINK secret): Gatekeeper refuses a double-click; Control-click the app › Open, or System Settings › Privacy & Security › Open Anyway.',
      };
    return notarize
      ? { env: out, signed: true, notarized: true, note: 'macOS build signed and notarized.' }
      : {
          env: out,
          signed: true,
          notarized: false,
          note: 'macOS build signed but not notarized (APPLE_ID, APPLE_TEAM_ID, APPLE_APP_SPECIFIC_PASSWORD not all set): Gatekeeper still warns.',
        };
  }
  return {
    env: out,
    signed: false,
    notarized: false,
    note: 'Linux AppImage and deb are not signed (as is usual); check them against SHA256SUMS.',
  };
}

/** The system electron-builder packs for: its flag on the command line, else this machine. */
export function targetPlatform(argv, host) {
  if (argv.includes('--win') || argv.includes('-w')) return 'win32';
  if (argv.includes('--mac') || argv.includes('-m')) return 'darwin';
  if (argv.includes('--linux') || argv.includes('-l')) return 'linux';
  return host;
}
