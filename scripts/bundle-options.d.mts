import type { BuildOptions } from 'esbuild';

export declare const mainBundleOptions: BuildOptions & { outfile: string };
export declare const preloadBundleOptions: BuildOptions & { outfile: string };
export declare const cliBundleOptions: BuildOptions & { outdir: string };
export declare const backupWorkerBundleOptions: (
  outdir: string,
) => BuildOptions & { outfile: string };
