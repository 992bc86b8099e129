// Figures: medians over repeated runs, each run of the app's call interleaved with the raw
// better-sqlite3 statement doing the same work on the same file (the limit), so both see the same
// cache and the same load on the machine.
import fs from 'node:fs';
import os from 'node:os';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  limit: number | null;
  ratio: number | null;
}

export const figures: Figure[] = [];

export function record(name: string, value: number, unit: string, limit: number | null = null) {
  const ratio = limit !== null && limit > 0 ? value / limit : null;
  const figure = {
    name,
    value: round(value),
    unit,
    limit: limit === null ? null : round(limit),
    ratio: ratio === null ? null : round(ratio),
  };
  figures.push(figure);
  console.log(line(figure));
  return figure;
}

function round(n: number): number {
  return Number(n.toPrecision(4));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function timeOnce(fn: () => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median ms of `app` and of `raw`, run alternately `runs` times after one warm-up each. */
export async function paired(
  name: string,
  runs: number,
  app: (i: number) => unknown,
  raw: ((i: number) => unknown) | null,
): Promise<Figure> {
  await app(-1);
  if (raw) await raw(-1);
  const a: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(await timeOnce(() => app(i)));
    if (raw) r.push(await timeOnce(() => raw(i)));
  }
  return record(name, median(a), 'ms', raw ? median(r) : null);
}

export function line(f: Figure): string {
  const limit = f.limit === null ? '' : String(f.limit);
  const ratio = f.ratio === null ? '' : `${f.ratio}×`;
  return `${f.name.padEnd(64)} ${String(f.value).padStart(10)} ${f.unit.padEnd(10)} ${limit.padStart(10)} ${ratio.padStart(7)}`;
}

export function machine(extra: Record<string, unknown>) {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    ...extra,
  };
}

export function writeResults(file: string, info: Record<string, unknown>) {
  fs.writeFileSync(file, `${JSON.stringify({ figures, machine: machine(info) }, null, 2)}\n`);
}
