import type { GuestMatch, StayDetail } from '../../../shared/contract';
import {
  DEFAULT_VMP_DOCUMENT_TYPE,
  DEFAULT_VMP_PURPOSE,
  type VmpDocumentTypeCode,
  type VmpPurposeCode,
} from '../../../shared/documents/vmp';
import { deskPlace } from './desk-place';
import { instantToKzText, isoToDateText, kzNowText } from './date-text';

/** A guest as the form holds it: text as typed, dates as DD.MM.YYYY. */
export interface GuestDraft {
  /** Stable React key: guests can be removed from the middle of a group. */
  key: string;
  guestId: number | null;
  mrz: string;
  surname: string;
  givenNames: string;
  patronymic: string;
  citizenship: string;
  birthDate: string;
  sex: '' | 'M' | 'F' | 'X';
  phone: string;
  email: string;
  /** False for a child travelling on a parent's document. */
  ownDocument: boolean;
  onDocumentOf: number | null;
  documentType: VmpDocumentTypeCode;
  documentNumber: string;
  documentSeries: string;
  issuingState: string;
  issueDate: string;
  expiryDate: string;
  visaNumber: string;
  visaValidUntil: string;
  entryDate: string;
  consent: boolean;
  /** The desk's answer when the server asked whether a recorded guest is this person. */
  identity: '' | 'same_person' | 'other_person';
  /** What the last MRZ reading said, per form field, until that field is edited. */
  mrzIssues: MrzFieldIssue[];
  /** Fields read from a photo that the desk has not yet compared with the page. */
  mrzDoubts: MrzFieldDoubt[];
}

export type GuestField = Exclude<
  keyof GuestDraft,
  'key' | 'guestId' | 'mrzIssues' | 'mrzDoubts' | 'identity'
>;

/**
 * A field read from a photo whose twin-shaped characters (0/O, 1/I, 8/B…) the check digits
 * cannot settle. It stays until the desk says it matches the page: saving waits for that.
 */
export interface MrzFieldDoubt {
  field: GuestField;
  /** 1-based positions of the characters to compare with the page. */
  positions: number[];
  /** The readings the check digits allow, the one filled in first: the desk steps through them. */
  readings: string[];
}

export interface MrzFieldIssue {
  field: GuestField;
  code: string;
  kind: 'error' | 'warning';
  /** A misread value that was filled in: saving waits until the field is checked and edited. */
  blocking: boolean;
  params?: Record<string, number>;
}

export interface StayDraft {
  room: string;
  checkInDate: string;
  checkInTime: string;
  /** Untouched date and time follow the clock up to the moment of saving. */
  checkInTouched: boolean;
  plannedCheckOut: string;
  purposeCode: VmpPurposeCode;
  /** The place of stay; null: the host's only (or first) place, chosen by the server. */
  placeId: number | null;
}

let nextKey = 1;
export const newKey = (): string => `g${nextKey++}`;

export function emptyGuest(partial: Partial<GuestDraft> = {}): GuestDraft {
  return {
    key: newKey(),
    guestId: null,
    mrz: '',
    surname: '',
    givenNames: '',
    patronymic: '',
    citizenship: '',
    birthDate: '',
    sex: '',
    phone: '',
    email: '',
    ownDocument: true,
    onDocumentOf: null,
    documentType: DEFAULT_VMP_DOCUMENT_TYPE,
    documentNumber: '',
    documentSeries: '',
    issuingState: '',
    issueDate: '',
    expiryDate: '',
    visaNumber: '',
    visaValidUntil: '',
    entryDate: '',
    consent: false,
    identity: '',
    mrzIssues: [],
    mrzDoubts: [],
    ...partial,
  };
}

export function emptyStay(now: Date = new Date()): StayDraft {
  const { date, time } = kzNowText(now);
  return {
    room: '',
    checkInDate: date,
    checkInTime: time,
    checkInTouched: false,
    plannedCheckOut: '',
    purposeCode: DEFAULT_VMP_PURPOSE,
    placeId: deskPlace(),
  };
}

/** A known guest picked from the matches: their recorded data, the stay's own fields kept. */
export function guestFromMatch(draft: GuestDraft, match: GuestMatch): GuestDraft {
  const p = match.person;
  // The document just scanned or typed is the one in the guest's hands today; fall back to the
  // one on record only when nothing was entered.
  const doc =
    match.documents.find((d) => d.number === draft.documentNumber.trim().toUpperCase()) ??
    (draft.documentNumber ? undefined : match.documents[0]);
  return {
    ...draft,
    guestId: match.guestId,
    surname: p.surname,
    givenNames: p.givenNames,
    patronymic: p.patronymic,
    citizenship: p.citizenship,
    birthDate: isoToDateText(p.birthDate),
    sex: p.sex ?? '',
    phone: draft.phone || p.phone,
    email: draft.email || p.email,
    ...(doc
      ? {
          ownDocument: true,
          onDocumentOf: null,
          documentType: doc.typeCode,
          documentNumber: doc.number,
          documentSeries: doc.series,
          issuingState: doc.issuingState,
          issueDate: isoToDateText(doc.issueDate),
          expiryDate: isoToDateText(doc.expiryDate),
        }
      : {}),
    mrzIssues: draft.mrzIssues.filter((i) => !i.blocking),
  };
}

/** The stay being edited, in the form's shape. */
export function draftsFromDetail(detail: StayDetail): { guest: GuestDraft; stay: StayDraft } {
  const p = detail.person;
  const d = detail.document;
  const at = instantToKzText(detail.checkInAt);
  return {
    guest: emptyGuest({
      guestId: detail.guestId,
      surname: p.surname,
      givenNames: p.givenNames,
      patronymic: p.patronymic,
      citizenship: p.citizenship,
      birthDate: isoToDateText(p.birthDate),
      sex: p.sex ?? '',
      phone: p.phone,
      email: p.email,
      ownDocument: d !== null,
      documentType: d?.typeCode ?? DEFAULT_VMP_DOCUMENT_TYPE,
      documentNumber: d?.number ?? '',
      documentSeries: d?.series ?? '',
      issuingState: d?.issuingState ?? '',
      issueDate: isoToDateText(d?.issueDate),
      expiryDate: isoToDateText(d?.expiryDate),
      visaNumber: detail.visaNumber,
      visaValidUntil: isoToDateText(detail.visaValidUntil),
      entryDate: isoToDateText(detail.entryDate),
      consent: true,
    }),
    stay: {
      room: detail.room,
      checkInDate: at.date,
      checkInTime: at.time,
      checkInTouched: true,
      plannedCheckOut: isoToDateText(detail.plannedCheckOut),
      purposeCode: (detail.purposeCode ?? DEFAULT_VMP_PURPOSE) as VmpPurposeCode,
      placeId: detail.placeId,
    },
  };
}
