import { mrzCodeToIso } from '../../../shared/documents/countries';
import {
  readMrz,
  type MrzDoubt,
  type MrzField,
  type MrzResult,
} from '../../../shared/documents/mrz';
import { documentTypeFromMrz } from '../../../shared/documents/vmp';
import { isoToDateText, kzToday } from './date-text';
import type { GuestDraft, GuestField, MrzFieldDoubt, MrzFieldIssue } from './draft';

// Where each part of the zone lands on the form, so an issue shows on the field it concerns.
const FIELD_OF: Record<MrzField, GuestField> = {
  lines: 'mrz',
  documentCode: 'documentType',
  issuingState: 'issuingState',
  surname: 'surname',
  givenNames: 'givenNames',
  documentNumber: 'documentNumber',
  nationality: 'citizenship',
  birthDate: 'birthDate',
  sex: 'sex',
  expiryDate: 'expiryDate',
  // Neither has a field of its own on the form: the zone as a whole is suspect.
  optionalData: 'mrz',
  composite: 'mrz',
};

/**
 * Reads the zone; a reader may have typed into text that was already there, so when the whole
 * text is not a zone, its last three or two lines are tried.
 */
export function readMrzText(text: string, now: Date = new Date()): MrzResult {
  const today = kzToday(now);
  const whole = readMrz(text, { today });
  if (whole.format) return whole;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const n of [3, 2]) {
    if (lines.length > n) {
      const tail = readMrz(lines.slice(-n), { today });
      if (tail.format) return tail;
    }
  }
  return whole;
}

const issue = (
  i: MrzResult['errors'][number] | MrzResult['warnings'][number],
  kind: MrzFieldIssue['kind'],
  blocking: boolean,
): MrzFieldIssue => ({
  field: FIELD_OF[i.field],
  code: i.code,
  kind,
  blocking,
  ...(i.line !== undefined ? { params: { line: i.line, position: i.position ?? 0 } } : {}),
});

/**
 * The form after a reading: every value it found, each still editable, and what to check.
 * `doubtful` comes with a reading from a photo: of its fields, only the document number is on
 * the form (the optional data never reaches the notice).
 */
export function applyMrz(
  draft: GuestDraft,
  result: MrzResult,
  doubtful: readonly MrzDoubt[] = [],
): GuestDraft {
  // An unreadable zone filled nothing in, so it cannot hold the form back: the desk may type
  // the data by hand. A misread value that was filled in must be looked at before saving.
  // The composite digit covers the others: when one of them fails, it fails too, and says
  // nothing more than the field that is wrong.
  const fieldCheckFailed = result.errors.some(
    (e) => e.code === 'mrz.check_digit' && e.field !== 'composite',
  );
  const errors = result.errors.filter(
    (e) => !(fieldCheckFailed && e.field === 'composite' && e.code === 'mrz.check_digit'),
  );
  const issues = [
    ...errors.map((e) => issue(e, 'error', result.format !== null)),
    ...result.warnings.map((w) => issue(w, 'warning', false)),
  ];
  if (!result.format) return { ...draft, mrzIssues: issues, mrzDoubts: [] };
  const f = result.fields;
  const mrzDoubts: MrzFieldDoubt[] = doubtful
    .filter((doubt) => doubt.field === 'documentNumber')
    .map((doubt) => ({
      field: 'documentNumber',
      positions: doubt.positions,
      readings: [f.documentNumber, ...doubt.alternatives],
    }));
  return {
    ...draft,
    surname: f.surname,
    givenNames: f.givenNames,
    citizenship: f.citizenship ?? f.nationality,
    // The contract takes ISO codes: an MRZ-only code (D for Germany) is stored as its country.
    issuingState: mrzCodeToIso(f.issuingState)?.code ?? f.issuingState,
    birthDate: isoToDateText(f.birthDate),
    sex: f.sex ?? '',
    ownDocument: true,
    onDocumentOf: null,
    documentType: documentTypeFromMrz(f.documentCode, f.nationality),
    documentNumber: f.documentNumber,
    expiryDate: isoToDateText(f.expiryDate),
    mrzIssues: issues,
    mrzDoubts,
  };
}

/** The field's next reading the check digits allow, after the one it holds now. */
export function otherReading(draft: GuestDraft, field: GuestField): GuestDraft {
  const doubt = draft.mrzDoubts.find((d) => d.field === field);
  if (!doubt || doubt.readings.length < 2) return draft;
  const now = doubt.readings.indexOf(String(draft[field]).trim().toUpperCase());
  return { ...draft, [field]: doubt.readings[(now + 1) % doubt.readings.length] };
}

/** The reading the field holds after `otherReading`: what the button offers. */
export function nextReadingOf(draft: GuestDraft, field: GuestField): string | null {
  const next = otherReading(draft, field);
  return next === draft ? null : String(next[field]);
}

/** The desk compared the field with the page: it is no longer in doubt. */
export const confirmReading = (draft: GuestDraft, field: GuestField): GuestDraft => ({
  ...draft,
  mrzDoubts: draft.mrzDoubts.filter((d) => d.field !== field),
});

export const mrzErrorsBlock = (draft: GuestDraft): boolean =>
  draft.mrzIssues.some((i) => i.blocking);
