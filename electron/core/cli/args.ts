/** What a command prints and its exit code; main.ts writes it out. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A usage error: exit code 2 and the message, pointing at --help. */
export const usage = (message: string): CommandResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `error: ${message} (try --help)\n`,
});

/** The value after `name`, or undefined when it is missing or is itself a flag. */
export function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  const v = i >= 0 ? args[i + 1] : undefined;
  return v === undefined || v.startsWith('--') ? undefined : v;
}
