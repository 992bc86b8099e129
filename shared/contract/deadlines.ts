import type { TaskKind } from '../rules';
import { emptyInput } from './common';
import { read, write, STAFF } from './define';

/** An open notice whose due date an update of the calendar and rules data moved. */
export interface MovedDeadline {
  noticeId: number;
  stayId: number;
  kind: TaskKind;
  surname: string;
  givenNames: string;
  room: string;
  /** The check-in or return date the deadline counts from. */
  eventDate: string;
  from: string | null;
  to: string | null;
  /** When the update was applied (the first start with the new data). */
  movedAt: string;
}

export const deadlinesMethods = {
  /** Open deadlines moved by an update of the shipped calendar or rules, earliest first. */
  'deadlines.moved': read<MovedDeadline[]>()(emptyInput, STAFF),
  /** The desk has read the list: it is cleared for everyone. */
  'deadlines.dismissMoved': write<MovedDeadline[]>()(emptyInput, STAFF),
};
