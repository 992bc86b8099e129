export const BUILD_INFO_NAME: string;
export function fusesFromBuilderConfig(text: string): Record<string, boolean>;
export function writeBuildInfo(
  outdir: string,
  root?: string,
): { version: string; fuses: Record<string, boolean> };
