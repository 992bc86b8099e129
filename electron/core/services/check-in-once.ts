import crypto from 'node:crypto';
import { AppFailure, type CheckInInput, type CheckInResult } from '../../../shared/contract';
import type { WriteContext } from '../context';
import { checkIn } from './check-in';
import type { ServiceDeps } from './deps';
import { stayDetail } from './stay-views';

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
  deps.repos.checkInKeys.insert(
    key,
    { bodySha256: digest, groupId: result.groupId, stayIds: result.stays.map((s) => s.stayId) },
    ctx.desk?.id ?? null,
    ctx.now().toISOString(),
  );
  return result;
}
