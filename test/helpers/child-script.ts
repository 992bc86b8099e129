import { spawn } from 'node:child_process';

/**
 * A TypeScript module run in a child Node process (`args` after the code), read line by line:
 * `nextLine` resolves with the next line it prints, in order, and rejects once the child has
 * exited without printing it, so a child that dies fails the test at once instead of at its
 * timeout.
 */
export function spawnScript(code: string, args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, ...args],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let out = '';
  const waiting: Array<{ resolve: (line: string) => void; reject: (err: Error) => void }> = [];
  let exitCode: number | null | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    let cut: number;
    while ((cut = out.indexOf('\n')) >= 0) {
      const line = out.slice(0, cut);
      out = out.slice(cut + 1);
      waiting.shift()?.resolve(line);
    }
  });
  const gone = () => new Error(`the child process exited (${exitCode}) before printing a line`);
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      if (exitCode !== undefined) reject(gone());
      else waiting.push({ resolve, reject });
    });
  const exited = new Promise<number | null>((resolve) =>
    // 'close' comes after the last of stdout, so every line printed was handed out first.
    child.on('close', (code) => {
      exitCode = code;
      for (const w of waiting.splice(0)) w.reject(gone());
      resolve(code);
    }),
  );
  return { child, nextLine, exited };
}
