import type { Canonical } from './canonical';

/**
 * Keys whose values are a guest's personal data (Law No. 94-V; domain.md §7). Wherever they
 * appear in an entry's details (at any depth of nested objects) they are moved out of the chained
 * bytes into the personal store beside the chain, so that erasing them later leaves the chain
 * whole. Arrays are kept as they are: no handler lists people inside an array.
 */
export const PERSONAL_KEYS: ReadonlySet<string> = new Set([
  'person',
  'document',
  'documents',
  'surname',
  'givenNames',
  'patronymic',
  'birthDate',
  'phone',
  'email',
  'visaNumber',
  'documentNumber',
  // An identity field at check-in (issue 19): the chain keeps only that it changed.
  'sex',
  // The name the user's file had: it may hold a name or a document number (vmp-U10063352.pdf).
  'fileName',
  // What a portal said when it refused a notice (issue 23): it may quote the guest.
  'portalMessage',
]);

type Obj = Record<string, Canonical>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Splits details into what is chained in clear and what is kept beside (null when none). */
export function splitPersonal(details: Obj): { open: Obj; personal: Obj | null } {
  const open: Obj = {};
  const personal: Obj = {};
  for (const [k, v] of Object.entries(details)) {
    if (PERSONAL_KEYS.has(k)) {
      personal[k] = v;
    } else if (isObj(v)) {
      const inner = splitPersonal(v);
      open[k] = inner.open;
      if (inner.personal) personal[k] = inner.personal;
    } else {
      open[k] = v;
    }
  }
  return { open, personal: Object.keys(personal).length ? personal : null };
}

/** Puts personal data back into the details for reading (the inverse of splitPersonal). */
export function mergePersonal(open: Obj, personal: Obj | null): Obj {
  if (!personal) return open;
  const out: Obj = { ...open };
  for (const [k, v] of Object.entries(personal)) {
    const o = out[k];
    out[k] = isObj(o) && isObj(v) && !PERSONAL_KEYS.has(k) ? mergePersonal(o, v) : v;
  }
  return out;
}
