import { spawn } from 'node:child_process';

/**
 * A TypeScript module run in a child Node process (`args` after the code), read line by line:
 * `nextLine` resolves with the next line it prints, in order.
 */
export function spawnScript(code: string, args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, ...args],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let out = '';
  const waiting: Array<(line: string) => void> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    let cut: number;
    while ((cut = out.indexOf('\n')) >= 0) {
      const line = out.slice(0, cut);
      out = out.slice(cut + 1);
      waiting.shift()?.(line);
    }
  });
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, nextLine, exited };
}
