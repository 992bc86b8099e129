import { z } from 'zod';
import { emptyInput, languageSchema, text, type Language } from './common';
import { read, write, STAFF, OWNERS, type StaffRole } from './define';
import { secretSchema } from './auth';
import { PORTALS, type Portal } from './notifications';
import { isValidBinIin } from '../documents/bin-iin';
import { isSystemActorName } from './system-actor';
import type { DeskLink } from './desks';

export const BUSINESS_SIZES = ['individual', 'small', 'medium', 'large'] as const;
export type BusinessSize = (typeof BUSINESS_SIZES)[number];

/** Signed out, only the version: where the data lives is for staff (issue 19). */
export interface AppInfo {
  version: string;
  schemaVersion?: number;
  dbPath?: string;
  /** On a joined desk only (issue 22): its link to the host, told by the desk itself. */
  desk?: DeskLink;
}

export interface Hotel {
  name: string;
  bin: string;
  address: string;
  region: string;
  businessSize: BusinessSize;
  updatedAt: string;
}

export interface StaffMember {
  id: number;
  name: string;
  role: StaffRole;
}

export interface AuditEntry {
  id: number;
  at: string;
  staffName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: Record<string, unknown>;
  /** Issue 11 (audit chain): who acted, which guest it concerns, whether their data was erased. */
  staffId?: number | null;
  guestId?: number | null;
  guestName?: string | null;
  personalErased?: boolean;
}

export interface Preferences {
  language: Language | null;
}

export const hotelInput = z
  .object({
    name: text(200).min(1, { message: 'required' }),
    // BIN: 12 digits (business identification number), or the IIN of an individual
    // entrepreneur; empty until the owner fills it in. The twelfth digit is a check digit.
    bin: z
      .string()
      .trim()
      .regex(/^(\d{12})?$/, { message: 'bin.format' })
      .refine((v) => v === '' || !/^\d{12}$/.test(v) || isValidBinIin(v), {
        message: 'bin.check_digit',
      }),
    address: text(300),
    region: text(10),
    businessSize: z.enum(BUSINESS_SIZES),
  })
  .strict();
export type HotelInput = z.infer<typeof hotelInput>;

export interface SetupState {
  /** True for a new database: the first start asks for the hotel, the owner and the portal. */
  needed: boolean;
  /** No owner has a PIN or password yet (a new database, or one from before sign-in). */
  secretNeeded: boolean;
  /** The owner who signs in once the first start is done. */
  ownerId: number | null;
  ownerName: string;
  /** Where the desk usually files (domain.md §5). */
  portal: Portal | null;
}

export const setupInput = z
  .object({
    /** Null when skipped: the details can be entered later in Settings. */
    hotel: hotelInput.nullable(),
    /** The owner's name as the history shows it; empty keeps the name on record. */
    ownerName: text(100).refine((n) => !isSystemActorName(n), { message: 'staff.name_reserved' }),
    portal: z.enum(PORTALS).nullable(),
    /** The owner's PIN or password; required while no owner has one and nobody is signed in. */
    secret: secretSchema.optional(),
  })
  .strict();

export const appMethods = {
  /** Version, schema version and database location, for the About panel and support. */
  'app.info': read<AppInfo>()(emptyInput, 'public'),
  /** The acting staff member's remembered preferences (language). */
  'settings.get': read<Preferences>()(emptyInput, 'public'),
  /** Remember the interface language for the acting staff member. */
  'settings.setLanguage': write<Preferences>()(
    z.object({ language: languageSchema }).strict(),
    STAFF,
  ),
  /** The hotel's details, or null before the owner has entered them. */
  'hotel.get': read<Hotel | null>()(emptyInput, STAFF),
  /** Save the hotel's details (name, BIN, address, region, business size). */
  'hotel.save': write<Hotel>()(hotelInput, OWNERS),
  /** Whether this database still needs its first start, and what it was given. */
  'setup.get': read<SetupState>()(emptyInput, 'public'),
  /** The first start's answers (or its skipping), in one transaction. */
  'setup.finish': write<SetupState>()(setupInput, 'public'),
  /** The staff member every call acts as. */
  'staff.current': read<StaffMember>()(emptyInput, STAFF),
  /** The newest audit log entries, newest first. */
  'audit.list': read<AuditEntry[]>()(
    z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
    OWNERS,
  ),
};
