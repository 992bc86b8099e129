import crypto from 'node:crypto';
import { AppFailure, type CheckInInput, type CheckInResult } from '../../../shared/contract';
import type { WriteContext } from '../context';
import { checkIn } from './check-in';
import type { ServiceDeps } from './deps';
import { stayDetail } from './stay-views';

/**
 * How long the host remembers a key. A desk sends a key again only while that check-in is still
 * in its outbox: every 15 s while the host is away, and at its next start after a crash. A desk
 * switched off for a month with an unanswered check-in in it is past plausible (its notice, due
 * in three working days, is long overdue by then), and even then the host refuses the same
 * document in house again. Kept shorter than any retention period (months), so no key outlives
 * the stays it names by much; an erasure forgets its keys at once (privacy-repo.ts).
 */
export const CHECK_IN_KEY_DAYS = 30;

/** The instant before which keys are forgotten, `now` being the host's clock. */
export const checkInKeyCutoff = (now: Date): string =>
  new Date(now.getTime() - CHECK_IN_KEY_DAYS * 24 * 3600 * 1000).toISOString();

/** The body a key stands for: the parsed input without the key (zod keeps the schema's order). */
const digestOf = ({ idempotencyKey: _key, ...body }: CheckInInput): string =>
  crypto.createHash('sha256').update(JSON.stringify(body)).digest('hex');

/**
 * A check-in sent with an idempotency key (issue 22, the desk's outbox): the key is recorded in
 * the check-in's own transaction, so a desk that resends it (its first reply lost, or the desk
 * killed before it noted the reply) gets the stays the first call made, and never a second
 * guest. The same key with another body is a desk bug or a forgery: refused, nothing saved.
 */
export function checkInOnce(
  deps: ServiceDeps,
  input: CheckInInput,
  ctx: WriteContext,
): CheckInResult {
  const key = input.idempotencyKey;
  if (key === undefined) return checkIn(deps, input, ctx);
  const digest = digestOf(input);
  const seen = deps.repos.checkInKeys.get(key);
  if (seen) {
    if (seen.bodySha256 !== digest) throw new AppFailure('stays.key_reused');
    ctx.audit('stay.check_in_replayed', 'stay', seen.stayIds[0] ?? null, {
      key,
      groupId: seen.groupId,
      stays: seen.stayIds,
    });
    return {
      groupId: seen.groupId,
      stays: seen.stayIds.map((id) => stayDetail(deps, id, ctx.now())),
    };
  }
  const result = checkIn(deps, input, ctx);
  // A host that runs for months without a restart forgets old keys here too, in this write.
  deps.repos.checkInKeys.prune(checkInKeyCutoff(ctx.now()));
  deps.repos.checkInKeys.insert(
    key,
    { bodySha256: digest, groupId: result.groupId, stayIds: result.stays.map((s) => s.stayId) },
    ctx.desk?.id ?? null,
    ctx.now().toISOString(),
  );
  return result;
}
