/**
 * The name migration 0006 gave the system actor the command line and other in-process tools act
 * as. It stays in the data as a stable code, in English, and is translated wherever it is shown
 * (`common:systemActor`); no staff member may take it, so it never names a person.
 */
export const SYSTEM_ACTOR_NAME = 'Tirkeu command line';

export const isSystemActorName = (name: string | null | undefined): boolean =>
  name?.trim().toLowerCase() === SYSTEM_ACTOR_NAME.toLowerCase();
