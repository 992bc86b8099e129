import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '../../api/hooks';
import { parseDateText } from './date-text';
import type { GuestDraft } from './draft';

interface Criteria {
  documentNumber: string;
  surname: string;
  givenNames: string;
  birthDate: string | null;
}

// A number this short matches too much to be worth asking about.
const MIN_DOCUMENT_CHARS = 5;

function criteriaOf(g: GuestDraft): Criteria | null {
  const documentNumber = g.ownDocument ? g.documentNumber.trim().toUpperCase() : '';
  const birth = parseDateText(g.birthDate);
  const birthDate = birth.ok ? birth.value : null;
  const byDocument =
    /^[A-Z0-9]+$/.test(documentNumber) && documentNumber.length >= MIN_DOCUMENT_CHARS;
  const byName = g.surname.trim() !== '' && birthDate !== null;
  if (!byDocument && !byName) return null;
  return {
    documentNumber: byDocument ? documentNumber : '',
    surname: byName ? g.surname.trim() : '',
    givenNames: byName ? g.givenNames.trim() : '',
    birthDate: byName ? birthDate : null,
  };
}

/**
 * Earlier guests with this document number, or this surname and birth date, looked up as the
 * desk types (debounced): one person must never become two records.
 */
export function useGuestMatches(guest: GuestDraft) {
  // Debounced as text: a fresh object each render would restart the timer for ever.
  const [key] = useDebouncedValue(JSON.stringify(criteriaOf(guest)), 350);
  const criteria = JSON.parse(key) as Criteria | null;
  const enabled = criteria !== null && guest.guestId === null;
  const query = useApiQuery(
    'guests.match',
    criteria ?? { documentNumber: '', surname: '', givenNames: '', birthDate: null },
    { enabled, placeholderData: keepPreviousData, staleTime: 30_000 },
  );
  return enabled ? (query.data ?? []) : [];
}
