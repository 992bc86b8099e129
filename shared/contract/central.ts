import { emptyInput } from './common';
import { read, OWNERS } from './define';

/** The centre's verdict on this property's audit trail (issue 25). */
export type CentralChain = 'ok' | 'gap' | 'edit' | 'fork';

/** Where this property's shipping to the owner's central register stands, as last recorded. */
export interface CentralStatus {
  /** Credentials are kept for this data file, or it has shipped before. */
  configured: boolean;
  /** The property's name at the centre, '' before the first ship. */
  property: string;
  lastShippedAt: string | null;
  lastAttemptAt: string | null;
  /** Audit entries this property holds that the centre does not (counted now). */
  behind: number;
  chain: CentralChain;
  /** Why the last attempt failed (an error code), or null. */
  lastError: string | null;
}

export const centralMethods = {
  /** When this property last shipped to the central register, and how far behind it is. */
  'central.status': read<CentralStatus>()(emptyInput, OWNERS),
};
