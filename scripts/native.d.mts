export type NativeProbe =
  | { file: string; napi: number; node: string; electron?: string; reason: '' }
  | { file: null; reason: string; electron?: undefined };
export const packageDir: string;
export function requiredNodeApi(dir?: string): number;
export function compiledBuild(dir?: string): string | null;
export function readNativeProbe(
  r: {
    status: number | null;
    signal?: NodeJS.Signals | null;
    stdout?: string | null;
    stderr?: string | null;
    error?: Error;
  },
  opts?: { dir?: string; engines?: string },
): NativeProbe;
export function checkNative(opts?: {
  runtime?: string;
  env?: Record<string, string>;
  dir?: string;
  napi?: number;
}): NativeProbe;
