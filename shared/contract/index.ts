import type { z } from 'zod';
import { appMethods } from './app';
import { authMethods } from './auth';
import { calendarMethods } from './calendar';
import { deadlinesMethods } from './deadlines';
import { documentsMethods } from './documents';
import { notificationsMethods } from './notifications';
import { reportsMethods } from './reports';
import { staysMethods } from './stays';
import { trustMethods } from './trust';
import { privacyMethods } from './privacy';
import { keysMethods } from './keys';
import type { DeskLink } from './desks';
import { desksMethods } from './desks';
import { placesMethods } from './places';
import { outboxMethods } from './outbox';
import { centralMethods } from './central';
import type { MethodSpec } from './define';

/** Every call the renderer can make, `domain.verb` → input schema and output type. */
export const contract = {
  ...appMethods,
  ...staysMethods,
  ...calendarMethods,
  ...notificationsMethods,
  ...deadlinesMethods,
  ...reportsMethods,
  ...trustMethods,
  ...privacyMethods,
  ...placesMethods,
  ...documentsMethods,
  ...authMethods,
  ...keysMethods,
  ...desksMethods,
  ...outboxMethods,
  ...centralMethods,
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Exclude<Contract[M]['__output'], undefined>;

export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(contract, name);

/** Main → renderer events, one allow-listed channel. */
export interface Events {
  /** Data changed; the renderer refetches the named query roots. */
  'data.changed': { roots: string[] };
  /** A running job's progress (`job` methods); `total` 0 when unknown. */
  'job.progress': { jobId: string; method: string; done: number; total: number };
  /** On a joined desk: its link to the host changed (emitted by the desk's own bridge). */
  'desk.link': DeskLink;
}
export type EventName = keyof Events;

export * from './common';
export * from './app';
export * from './stays';
export * from './stay-checks';
export * from './calendar';
export * from './notifications';
export * from './deadlines';
export * from './files';
export * from './reports';
export * from './trust';
export * from './audit-actions';
export * from './system-actor';
export * from './privacy';
export * from './desks';
export * from './central';
export * from './places';
export * from './outbox';
export * from './documents';
export * from './auth';
export * from './keys';
export * from './define';
export * from './result';
