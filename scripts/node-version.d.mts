export function nodeEngines(file?: URL | string): string;
export function satisfiesEngines(version: string, range: string): boolean;
export function engineProblem(version?: string, range?: string): string | null;
