import type { Portal, PortalFieldKey, PortalFieldValue } from '../contract/notifications';
import { countryName } from '../documents/countries';
import { vmpDocumentType, vmpPurpose } from '../documents/vmp';
import { kzClockOf } from '../rules/kz-time';

/** What a notice is filed with: the guest, their document, the stay and the host's address. */
export interface FilingFacts {
  person: {
    surname: string;
    givenNames: string;
    patronymic: string;
    citizenship: string;
    birthDate: string | null;
    sex: 'M' | 'F' | 'X' | null;
    phone: string;
    email: string;
  };
  /** Null for a child travelling on a parent's document. */
  document: {
    typeCode: string;
    number: string;
    series: string;
    issueDate: string | null;
    expiryDate: string | null;
  } | null;
  stay: {
    checkInDate: string;
    /** The check-in instant (ISO-8601); shown in Kazakhstan time. */
    checkInAt: string;
    plannedCheckOut: string | null;
    purposeCode: string | null;
    visaNumber: string;
    entryDate: string | null;
  };
  /** The host's address as registered with the portal (hotel settings). */
  hotelAddress: string;
}

interface FieldSpec {
  key: PortalFieldKey;
  label: PortalFieldValue['label'];
  required: boolean;
}

/**
 * e-Qonaq's web form in its order, with its own labels (domain.md §5 table; public front-end
 * code of 2020–2021, the live form may have changed). Row 14 (series) has no kk or en label.
 */
const EQONAQ: readonly FieldSpec[] = [
  {
    key: 'stayDates',
    label: { ru: 'Дата заезда - выезда', kk: 'Келу-кету күні', en: 'Arrival - Departure' },
    required: true,
  },
  {
    key: 'checkInTime',
    label: { ru: 'Время заезда', kk: 'Келу уақыты', en: 'Check-in time' },
    required: false,
  },
  {
    key: 'address',
    label: { ru: 'Адрес прибывания', kk: 'Тұрақтаған мекенжайы', en: 'Address' },
    required: true,
  },
  { key: 'givenNames', label: { ru: 'Имя', kk: 'Аты', en: 'First name' }, required: true },
  { key: 'surname', label: { ru: 'Фамилия', kk: 'Тегі', en: 'Last name' }, required: true },
  {
    key: 'patronymic',
    label: { ru: 'Отчество', kk: 'Әкесінің аты', en: 'Middle name' },
    required: false,
  },
  {
    key: 'citizenship',
    label: { ru: 'Гражданство', kk: 'Азаматтығы', en: 'Citizenship' },
    required: true,
  },
  {
    key: 'birthDate',
    label: { ru: 'Дата рождения', kk: 'Туған күні', en: 'Date of birth' },
    required: true,
  },
  { key: 'sex', label: { ru: 'Пол', kk: 'Жынысы', en: 'Gender' }, required: true },
  { key: 'phone', label: { ru: 'Телефон', kk: 'Телефон', en: 'Telephone' }, required: false },
  { key: 'email', label: { ru: 'E-mail', kk: 'E-mail', en: 'E-mail' }, required: false },
  {
    key: 'documentType',
    label: { ru: 'Тип документа', kk: 'Құжат түрі', en: 'Document type' },
    required: true,
  },
  {
    key: 'documentNumber',
    label: { ru: 'Номер документа', kk: 'Құжат нөмірі', en: 'Document number' },
    required: true,
  },
  { key: 'documentSeries', label: { ru: 'Серия документа', kk: null, en: null }, required: false },
  {
    key: 'issueDate',
    label: { ru: 'Дата выдачи', kk: 'Берілген күні', en: 'Date of issue' },
    required: true,
  },
  {
    key: 'expiryDate',
    label: { ru: 'Дата окончания срока', kk: 'Қолданылу мерзімі', en: 'Valid through' },
    required: true,
  },
  {
    key: 'purpose',
    label: { ru: 'Цель визита', kk: 'Сапар мақсаты', en: 'Purpose of visit' },
    required: true,
  },
  { key: 'stayFrom', label: { ru: 'Дата начала', kk: 'Басталуы', en: 'Arrival' }, required: true },
  {
    key: 'stayTo',
    label: { ru: 'Дата окончания', kk: 'Аяқталуы', en: 'Departure' },
    required: true,
  },
  {
    key: 'comment',
    label: { ru: 'Дополнительные сведения', kk: 'Қосымша ақпарат', en: 'Additional information' },
    required: false,
  },
];

/**
 * vmp.gov.kz "Notification of stay of a foreigner": its exact field list is not public
 * (domain.md §5 [U]). Tirkeu's reading: the foreigner as the VMP dictionaries describe them, the
 * document, the visa and entry, the purpose and period of stay at the host's address; labels
 * are Tirkeu's own until the live form is checked. The issue date is not asked for here.
 */
const VMP: readonly FieldSpec[] = [
  {
    key: 'citizenship',
    label: { ru: 'Гражданство', kk: 'Азаматтығы', en: 'Citizenship' },
    required: true,
  },
  { key: 'surname', label: { ru: 'Фамилия', kk: 'Тегі', en: 'Surname' }, required: true },
  { key: 'givenNames', label: { ru: 'Имя', kk: 'Аты', en: 'Given names' }, required: true },
  {
    key: 'patronymic',
    label: { ru: 'Отчество', kk: 'Әкесінің аты', en: 'Patronymic' },
    required: false,
  },
  {
    key: 'birthDate',
    label: { ru: 'Дата рождения', kk: 'Туған күні', en: 'Date of birth' },
    required: true,
  },
  { key: 'sex', label: { ru: 'Пол', kk: 'Жынысы', en: 'Sex' }, required: true },
  {
    key: 'documentType',
    label: { ru: 'Тип документа', kk: 'Құжат түрі', en: 'Document type' },
    required: true,
  },
  {
    key: 'documentNumber',
    label: { ru: 'Номер документа', kk: 'Құжат нөмірі', en: 'Document number' },
    required: true,
  },
  {
    key: 'issueDate',
    label: { ru: 'Дата выдачи', kk: 'Берілген күні', en: 'Date of issue' },
    required: false,
  },
  {
    key: 'expiryDate',
    label: { ru: 'Срок действия', kk: 'Қолданылу мерзімі', en: 'Valid until' },
    required: true,
  },
  {
    key: 'visaNumber',
    label: { ru: 'Номер визы', kk: 'Виза нөмірі', en: 'Visa number' },
    required: false,
  },
  {
    key: 'entryDate',
    label: { ru: 'Дата въезда', kk: 'Келген күні', en: 'Date of entry' },
    required: false,
  },
  {
    key: 'purpose',
    label: { ru: 'Цель визита', kk: 'Сапар мақсаты', en: 'Purpose of visit' },
    required: true,
  },
  {
    key: 'stayFrom',
    label: { ru: 'Дата начала пребывания', kk: 'Болу басталған күні', en: 'Stay from' },
    required: true,
  },
  {
    key: 'stayTo',
    label: { ru: 'Дата окончания пребывания', kk: 'Болу аяқталатын күні', en: 'Stay until' },
    required: true,
  },
  {
    key: 'address',
    label: { ru: 'Адрес пребывания', kk: 'Тұратын мекенжайы', en: 'Address of stay' },
    required: true,
  },
];

/** VMP's children section: a child on a parent's document is named there, not filed alone. */
const VMP_CHILD: readonly FieldSpec[] = [
  { key: 'surname', label: { ru: 'Фамилия', kk: 'Тегі', en: 'Surname' }, required: true },
  { key: 'givenNames', label: { ru: 'Имя', kk: 'Аты', en: 'Given names' }, required: true },
  {
    key: 'birthDate',
    label: { ru: 'Дата рождения', kk: 'Туған күні', en: 'Date of birth' },
    required: true,
  },
  { key: 'sex', label: { ru: 'Пол', kk: 'Жынысы', en: 'Sex' }, required: true },
  {
    key: 'citizenship',
    label: { ru: 'Гражданство', kk: 'Азаматтығы', en: 'Citizenship' },
    required: true,
  },
];

/**
 * The paper notice (domain.md §10): e-Qonaq's form in its order, then what only VMP asks for
 * (visa, date of entry), so the paper holds what either portal would. Required as on e-Qonaq.
 */
const PAPER: readonly FieldSpec[] = [
  ...EQONAQ,
  ...VMP.filter((v) => !EQONAQ.some((e) => e.key === v.key)).map((v) => ({
    ...v,
    required: false,
  })),
];

export const PORTAL_FORMS: Readonly<Record<Portal, readonly FieldSpec[]>> = {
  eqonaq: EQONAQ,
  vmp: VMP,
  paper: PAPER,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-05` → `05.03.2026`, the portals' date format. */
export function portalDate(iso: string | null): string {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}

/** Names as the MRZ prints them: upper case, single spaces. */
export const portalName = (s: string): string =>
  // Plain toUpperCase is the root locale's mapping, the same as 'en' has, without a locale lookup.
  s.trim().replace(/\s+/g, ' ').toUpperCase();

/** The portal words sex this way; an `X` document has no portal value and must be settled. */
export const portalSex = (sex: 'M' | 'F' | 'X' | null): string =>
  sex === 'M' ? 'мужской' : sex === 'F' ? 'женский' : '';

/** Citizenship as the VMP country list names it: the Russian name. */
export const portalCitizenship = (code: string): string => (code ? countryName(code, 'ru') : '');

function valueOf(key: PortalFieldKey, f: FilingFacts): string {
  const doc = f.document;
  switch (key) {
    case 'stayDates':
      return f.stay.plannedCheckOut
        ? `${portalDate(f.stay.checkInDate)} - ${portalDate(f.stay.plannedCheckOut)}`
        : '';
    case 'checkInTime': {
      const at = new Date(f.stay.checkInAt);
      return Number.isNaN(at.getTime()) ? '' : kzClockOf(at);
    }
    case 'address':
      return f.hotelAddress.trim();
    case 'givenNames':
      return portalName(f.person.givenNames);
    case 'surname':
      return portalName(f.person.surname);
    case 'patronymic':
      return portalName(f.person.patronymic);
    case 'citizenship':
      return portalCitizenship(f.person.citizenship);
    case 'birthDate':
      return portalDate(f.person.birthDate);
    case 'sex':
      return portalSex(f.person.sex);
    case 'phone':
      return f.person.phone.trim();
    case 'email':
      return f.person.email.trim();
    case 'documentType':
      return doc ? (vmpDocumentType(doc.typeCode)?.ru ?? '') : '';
    case 'documentNumber':
      return doc ? doc.number.replace(/[^A-Za-z0-9]/g, '').toUpperCase() : '';
    case 'documentSeries':
      return doc ? doc.series.trim().toUpperCase() : '';
    case 'issueDate':
      return portalDate(doc?.issueDate ?? null);
    case 'expiryDate':
      return portalDate(doc?.expiryDate ?? null);
    case 'purpose':
      return f.stay.purposeCode ? (vmpPurpose(f.stay.purposeCode)?.ru ?? '') : '';
    case 'stayFrom':
      return portalDate(f.stay.checkInDate);
    case 'stayTo':
      return portalDate(f.stay.plannedCheckOut);
    case 'comment':
      return '';
    case 'visaNumber':
      return f.stay.visaNumber.trim().toUpperCase();
    case 'entryDate':
      return portalDate(f.stay.entryDate);
  }
}

const build = (specs: readonly FieldSpec[], facts: FilingFacts): PortalFieldValue[] =>
  specs.map((s) => {
    const value = valueOf(s.key, facts);
    return {
      key: s.key,
      label: s.label,
      value,
      required: s.required,
      missing: s.required && value === '',
    };
  });

/** The guest's values in the portal's field order, formatted as the portal takes them. */
export function portalFields(portal: Portal, facts: FilingFacts): PortalFieldValue[] {
  return build(PORTAL_FORMS[portal], facts);
}

/** A child's values for VMP's children section. */
export function childFields(facts: FilingFacts): PortalFieldValue[] {
  return build(VMP_CHILD, facts);
}

/**
 * Whether a field has a value, without formatting it: always `valueOf(key, f) !== ''`
 * (portal-fields.test.ts proves the two agree), for a fraction of the cost. The board asks it for
 * every required field of every row it shows; formatting them was most of the board's own time.
 */
function hasValue(key: PortalFieldKey, f: FilingFacts): boolean {
  switch (key) {
    case 'stayDates':
      return Boolean(f.stay.plannedCheckOut);
    case 'address':
      return f.hotelAddress.trim() !== '';
    // A name or citizenship code that is not blank always formats to something.
    case 'givenNames':
      return f.person.givenNames.trim() !== '';
    case 'surname':
      return f.person.surname.trim() !== '';
    case 'patronymic':
      return f.person.patronymic.trim() !== '';
    case 'citizenship':
      return f.person.citizenship !== '';
    case 'birthDate':
      return hasDateShape(f.person.birthDate);
    case 'sex':
      return f.person.sex === 'M' || f.person.sex === 'F';
    case 'issueDate':
      return hasDateShape(f.document?.issueDate ?? null);
    case 'expiryDate':
      return hasDateShape(f.document?.expiryDate ?? null);
    case 'stayFrom':
      return hasDateShape(f.stay.checkInDate);
    case 'stayTo':
      return hasDateShape(f.stay.plannedCheckOut);
    case 'entryDate':
      return hasDateShape(f.stay.entryDate);
    default:
      return valueOf(key, f) !== '';
  }
}

// The shape portalDate formats, not shared/rules' isIsoDate (which also refuses 30 February):
// a field has a value exactly when portalDate gives one.
const hasDateShape = (iso: string | null) => iso !== null && ISO_DATE.test(iso);

/** The required fields with no value: what must be entered before the notice can be filed. */
export function missingFields(portal: Portal, facts: FilingFacts): PortalFieldKey[] {
  const missing: PortalFieldKey[] = [];
  for (const s of PORTAL_FORMS[portal])
    if (s.required && !hasValue(s.key, facts)) missing.push(s.key);
  return missing;
}
