export interface SmokeRun {
  status: number | null;
  signal?: NodeJS.Signals | null;
  stdout?: string | null;
  stderr?: string | null;
  error?: Error;
}
export function unpackedExecutable(platform: NodeJS.Platform, dir: string): string | null;
export function readSmokeRun(run: SmokeRun): {
  passed: boolean;
  reason: string;
  report: Record<string, unknown> | null;
};
export function installerFiles(names: string[]): string[];
export function sumsText(entries: { name: string; sha256: string }[]): string;
export function signingPlan(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): {
  env: Record<string, string | undefined>;
  signed: boolean;
  notarized: boolean;
  note: string;
};
export function targetPlatform(argv: string[], host: NodeJS.Platform): NodeJS.Platform;
