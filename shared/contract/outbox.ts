import { z } from 'zod';
import type { DeadlineStatus } from '../rules';
import type { AppError } from './result';
import { write, read, STAFF } from './define';

/**
 * A check-in kept in a joined desk's outbox while the host could not be reached (issue 22):
 * not yet on the host. Its deadline was computed on the desk with the shared rules and the host's
 * calendar and rule settings as last fetched (the shipped ones, marked provisional, before a
 * first fetch); the host's own replaces it on arrival.
 */
export interface OutboxEntryView {
  key: string;
  /** Sent in this order. */
  seq: number;
  queuedAt: string;
  /** `refused`: the host answered with a refusal; the desk is asked what to do. */
  state: 'queued' | 'refused';
  room: string;
  checkInAt: string;
  guests: Array<{
    surname: string;
    givenNames: string;
    citizenship: string;
    documentNumber: string | null;
    /** The host's notice owed, as computed on the desk; null when none is owed. */
    notice: {
      dueDate: string;
      dueAt: string | null;
      rule: string;
      status: DeadlineStatus;
      /**
       * Computed with the shipped calendar and default rule settings: this desk has not yet
       * fetched the host's (its owner's calendar changes may give another date).
       */
      provisional: boolean;
    } | null;
  }>;
  /** The host's refusal, as it would have reached the check-in form. */
  error: AppError | null;
}

const key = z.string().uuid();

/**
 * The desk's own outbox, answered by the desk's bridge and never sent to the host. The host
 * itself keeps no outbox: its list is empty and the rest finds nothing.
 */
export const outboxMethods = {
  /** Check-ins kept on this desk, not yet on the host, in sending order. */
  'outbox.list': read<OutboxEntryView[]>()(z.object({}).strict(), STAFF),
  /** Send a refused check-in again as it is (the cause was fixed at the host, say). */
  'outbox.retry': write<OutboxEntryView[]>()(z.object({ key }).strict(), STAFF),
  /** Drop a queued or refused check-in: it never reaches the host. */
  'outbox.discard': write<OutboxEntryView[]>()(z.object({ key }).strict(), STAFF),
  /**
   * Answer the host's identity question for one guest of a refused check-in, as the form would:
   * the same person (their record is used) or another person. It is sent again under a new key.
   */
  'outbox.resolve': write<OutboxEntryView[]>()(
    z
      .object({
        key,
        guest: z.number().int().min(0).max(39),
        identity: z.enum(['same_person', 'other_person']),
        guestId: z.number().int().positive().nullable(),
      })
      .strict(),
    STAFF,
  ),
};
