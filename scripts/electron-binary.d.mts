export type ElectronBinary = { path: string; reason: '' } | { path: null; reason: string };
export function readProbe(
  r: { status: number | null; stdout?: string | null; stderr?: string | null; error?: Error },
  exists?: (file: string) => boolean,
): ElectronBinary;
export function electronBinary(opts?: { onFetch?: () => void }): ElectronBinary;
