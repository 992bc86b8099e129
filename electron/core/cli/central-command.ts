import { AppFailure } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { kzDateOf } from '../../../shared/rules';
import { connectCentral, purgeCentral, strictestRetention } from '../central/central-repo';
import { monthsBefore } from '../services/privacy-service';
import { flag, usage, type CommandResult } from './args';
import { languageFromEnv } from './language';

/**
 * `central purge --central postgresql://…`: the centre's retention purge, run by its owner. The
 * centre keeps guests' values no longer than the strictest retention setting any property ships
 * (issue 25; domain.md §7); with no property's setting, nothing is purged. Prints one JSON object
 * {"months", "cutoff", "guests"}; exit 1 with the reason in words when the centre cannot be used.
 */
export async function runCentralCommand(
  argv: string[],
  now: () => Date = () => new Date(),
): Promise<CommandResult> {
  const [sub, ...rest] = argv;
  if (sub !== 'purge') return usage('central: the only subcommand is "purge"');
  const url = flag(rest, '--central');
  if (!url) return usage('central purge: --central postgresql://… is required');
  const language = languageFromEnv();
  let client;
  try {
    client = await connectCentral(url);
    const months = await strictestRetention(client);
    if (months === null) {
      return {
        exitCode: 0,
        stdout: `${JSON.stringify({ months: null, cutoff: null, guests: 0 })}\n`,
        stderr: '',
      };
    }
    const at = now();
    const cutoff = monthsBefore(kzDateOf(at), months);
    const r = await purgeCentral(client, cutoff, at.toISOString());
    return {
      exitCode: 0,
      stdout: `${JSON.stringify({ months, cutoff, guests: r.guests })}\n`,
      stderr: '',
    };
  } catch (err) {
    const text =
      err instanceof AppFailure
        ? translate(language, `errors.${err.error.code}`, err.error.params ?? {})
        : err instanceof Error
          ? err.message
          : String(err);
    return { exitCode: 1, stdout: '', stderr: `error: ${text}\n` };
  } finally {
    await client?.end().catch(() => {});
  }
}
