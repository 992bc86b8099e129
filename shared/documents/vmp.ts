// The VMP dictionaries that vmp.gov.kz and e-Qonaq both use (domain.md §5): the document types
// and purposes of visit a notification is filed with. `ru` is the portal's own label, copied
// verbatim from its dictionary export (vmp.gov.kz api/vmp-api/dictionary/{doctype,purpose},
// 2020), because the receptionist must find the same words in the portal's drop-down; do not
// tidy them. `kk` follows the portal's Kazakh where it is sound and is written afresh where the
// export is broken or clumsy; `en` is ours (the export's English is machine-like).

export interface VmpEntry<C extends string> {
  code: C;
  ru: string;
  kk: string;
  en: string;
}

export const VMP_DOCUMENT_TYPES = [
  { code: '1', ru: 'Национальный паспорт', kk: 'Ұлттық паспорт', en: 'National passport' },
  {
    code: '2',
    ru: 'Дипломатический паспорт',
    kk: 'Дипломаттық паспорт',
    en: 'Diplomatic passport',
  },
  { code: '3', ru: 'Служебный паспорт', kk: 'Қызметтік паспорт', en: 'Service passport' },
  { code: '4', ru: 'Удостоверение личности', kk: 'Жеке куәлік', en: 'Identity card' },
  { code: '5', ru: 'Коллективный паспорт', kk: 'Ұжымдық паспорт', en: 'Collective passport' },
  {
    code: '6',
    // The portal writes no space after the comma.
    ru: 'Паспорт (книжка,удостоверение) моряка',
    kk: 'Теңізшінің паспорты (кітапшасы, куәлігі)',
    en: "Seafarer's passport (book, identity document)",
  },
  {
    code: '8',
    ru: 'Паспорт бывшего СССР',
    kk: 'Бұрынғы КСРО паспорты',
    en: 'Former USSR passport',
  },
  {
    code: '13',
    ru: 'Удостоверение личности лица без гражданства',
    kk: 'Азаматтығы жоқ адамның жеке куәлігі',
    en: "Stateless person's identity card",
  },
  {
    code: '14',
    // Verbatim, typo included ("с страну"): this is what the portal lists.
    ru: 'Свидетельство (удостоверение) на возвращение с страну своего гражданства',
    kk: 'Өз азаматтығы еліне қайту туралы куәлік',
    en: 'Certificate of return to the country of citizenship',
  },
  { code: '16', ru: 'Свидетельство о рождении', kk: 'Туу туралы куәлік', en: 'Birth certificate' },
  { code: '17', ru: 'Виза', kk: 'Виза', en: 'Visa' },
  { code: '18', ru: 'Вид на жительство', kk: 'Тұруға ықтиярхат', en: 'Residence permit' },
] as const satisfies readonly VmpEntry<string>[];

// In the order domain.md §5 lists them (groups of related purposes stay together).
export const VMP_PURPOSES = [
  { code: '55', ru: 'Частная', kk: 'Жеке', en: 'Private' },
  {
    code: '31',
    ru: 'Частная - усыновление',
    kk: 'Жеке - бала асырап алу',
    en: 'Private - adoption',
  },
  {
    code: '32',
    ru: 'Частная - встреча с заключенным',
    kk: 'Жеке - қамаудағы адаммен кездесу',
    en: 'Private - visiting a prisoner',
  },
  {
    code: '33',
    ru: 'Частная на похороны',
    kk: 'Жеке - жерлеу рәсіміне қатысу',
    en: 'Private - attending a funeral',
  },
  {
    code: '35',
    ru: 'Частная - посещение родных мест и могил родственников',
    kk: 'Жеке - туған жерге және туыстардың бейітіне бару',
    en: "Private - visiting one's birthplace and relatives' graves",
  },
  { code: '11', ru: 'Туризм', kk: 'Туризм', en: 'Tourism' },
  { code: '66', ru: 'Деловая', kk: 'Іскерлік', en: 'Business' },
  { code: '71', ru: 'Деловая - торговля', kk: 'Іскерлік - сауда', en: 'Business - trade' },
  {
    code: '34',
    ru: 'Деловая - международные перевозки',
    kk: 'Іскерлік - халықаралық тасымалдар',
    en: 'Business - international transport',
  },
  { code: '73', ru: 'Миссионерство', kk: 'Миссионерлік', en: 'Missionary work' },
  { code: '58', ru: 'Транзит', kk: 'Транзит', en: 'Transit' },
  { code: '57', ru: 'Лечение', kk: 'Емделу', en: 'Medical treatment' },
  { code: '67', ru: 'Работа', kk: 'Жұмыс', en: 'Work' },
  {
    code: '46',
    ru: 'Работа - по разрешению',
    kk: 'Жұмыс - рұқсат бойынша',
    en: 'Work - with a work permit',
  },
  {
    code: '44',
    ru: 'Работа - по международному договору',
    kk: 'Жұмыс - халықаралық шарт бойынша',
    en: 'Work - under an international treaty',
  },
  {
    code: '45',
    ru: 'Работа - член семьи работника',
    kk: 'Жұмыс - жұмыскердің отбасы мүшесі',
    en: "Work - a worker's family member",
  },
  {
    code: '41',
    ru: 'Работа - артисты, спортсмены',
    kk: 'Жұмыс - әртістер, спортшылар',
    en: 'Work - performers, athletes',
  },
  {
    code: '42',
    ru: 'Работа - первый руководитель',
    kk: 'Жұмыс - бірінші басшы',
    en: 'Work - chief executive',
  },
  { code: '43', ru: 'Учеба', kk: 'Оқу', en: 'Study' },
  { code: '9', ru: 'Инвесторская', kk: 'Инвесторлық', en: 'Investor' },
  {
    code: '91',
    ru: 'Инвесторская - член семьи инвестора',
    kk: 'Инвесторлық - инвестордың отбасы мүшесі',
    en: "Investor - an investor's family member",
  },
  {
    code: '56',
    ru: 'Постоянное место жительства',
    kk: 'Тұрақты тұру орны',
    en: 'Permanent residence',
  },
  { code: '14', ru: 'Дипломат', kk: 'Дипломаттық', en: 'Diplomatic' },
  { code: '2', ru: 'Служебная', kk: 'Қызметтік', en: 'Official' },
] as const satisfies readonly VmpEntry<string>[];

export type VmpDocumentTypeCode = (typeof VMP_DOCUMENT_TYPES)[number]['code'];
export type VmpPurposeCode = (typeof VMP_PURPOSES)[number]['code'];

/** Most foreign guests at a hotel come as tourists; the receptionist changes it when not. */
export const DEFAULT_VMP_PURPOSE: VmpPurposeCode = '11';

/** The portal's default too (domain.md §5, e-Qonaq form field 12). */
export const DEFAULT_VMP_DOCUMENT_TYPE: VmpDocumentTypeCode = '1';

export function vmpDocumentType(code: string): VmpEntry<VmpDocumentTypeCode> | undefined {
  return VMP_DOCUMENT_TYPES.find((entry) => entry.code === code);
}

export function vmpPurpose(code: string): VmpEntry<VmpPurposeCode> | undefined {
  return VMP_PURPOSES.find((entry) => entry.code === code);
}

/**
 * The VMP document type an MRZ suggests; the receptionist can still change it.
 *
 * The MRZ document code's first letter is fixed by ICAO 9303 (P passport, I/A/C identity or
 * official card, V visa), the second is the issuing state's choice, so the mapping is a best
 * reading rather than a rule:
 * - PD diplomatic → 2. PS (service) and PO (official) → 3, except that China writes PO on its
 *   ordinary passports ("O" for ordinary), so PO from CHN → 1.
 * - Any other P (P<, PP, PE emergency, PT travel document, ...) → 1, the portal's default.
 * - I, A, C cards → 4.
 * - V (a visa's own MRZ) → 17.
 * - A stateless holder (nationality XXA) of a passport-like travel document or a card → 13:
 *   that is the document VMP has for them. Refugees (XXB, XXC) have no VMP type of their own
 *   and keep the mapping above.
 */
export function documentTypeFromMrz(
  documentCode: string,
  nationality: string,
): VmpDocumentTypeCode {
  const code = documentCode.replace(/</g, '').toUpperCase();
  const kind = code.charAt(0);
  const variant = code.charAt(1);
  const stateless = nationality.replace(/</g, '').toUpperCase() === 'XXA';
  if (kind === 'V') return '17';
  if (kind === 'P') {
    if (stateless) return '13';
    if (variant === 'D') return '2';
    if (variant === 'S') return '3';
    if (variant === 'O') return nationality.toUpperCase() === 'CHN' ? '1' : '3';
    return '1';
  }
  if (kind === 'I' || kind === 'A' || kind === 'C') return stateless ? '13' : '4';
  return DEFAULT_VMP_DOCUMENT_TYPE;
}
