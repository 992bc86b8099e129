export interface Candidate {
  label: string;
  path: string;
}
export type Found = Candidate | { path: null; reason: string };
export type Fetch = (opts: { timeoutMs: number; env: NodeJS.ProcessEnv }) => Promise<string>;

export const FETCH_TIMEOUT_MS: number;
export function systemBrowsers(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): Candidate[];
export function playwrightChromium(): Candidate;
export function defaultCandidates(): Candidate[];
export function fetchPlaywrightChromium(opts?: {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}): Promise<string>;
export function findBrowser(opts?: {
  env?: NodeJS.ProcessEnv;
  candidates?: Candidate[] | (() => Candidate[]);
  fetch?: Fetch | null;
  fetched?: () => Candidate;
  timeoutMs?: number;
  onFetch?: (timeoutMs: number) => void;
}): Promise<Found>;
