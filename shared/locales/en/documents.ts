// Strings for reading identity documents. Keys under `error` mirror the issue codes of
// shared/documents/mrz-types.ts (`mrz.check_digit` → error.mrz.check_digit), so the UI
// translates an issue with t(`documents:error.${issue.code}`). VMP dictionary labels are not
// here: they live once, in all three languages, in shared/documents/vmp.ts.
export const documents = {
  error: {
    mrz: {
      empty: 'Nothing to read: scan the machine-readable zone or paste its lines.',
      line_length:
        'The lines do not have the lengths of a machine-readable zone (2 × 44, 2 × 36 or 3 × 30 characters).',
      alphabet:
        'Line {{line}}, position {{position}}: this character cannot appear in a machine-readable zone.',
      format_unsupported:
        'This machine-readable zone is not in an ICAO 9303 format. Enter the data by hand.',
      document_code: 'Unknown document code.',
      country_unknown: 'Unknown country code.',
      check_digit: 'The check digit does not match: this part was probably misread.',
      date_invalid: 'This is not a real date.',
      birth_in_future: 'The date of birth is in the future.',
      sex_invalid: 'Sex must be M, F or X.',
      name_invalid: 'The name contains digits: it was probably misread.',
      date_incomplete: 'The document does not give the full date. Check the document and enter it.',
      name_truncated:
        'The name fills the whole zone and may be cut short. Compare it with the printed page.',
      keyboard_layout:
        'The reader typed in the Russian keyboard layout; the text was converted. Switch the layout to English.',
    },
    document: {
      expired: 'The document has expired.',
      specimen: 'This is an ICAO specimen, not a real document.',
    },
  },
  field: {
    lines: 'Machine-readable zone',
    identityDocument: 'Identity document',
    surname: 'Surname',
    givenNames: 'Given names',
    nationality: 'Citizenship',
    issuingState: 'Issuing state',
    birthDate: 'Date of birth',
    sex: 'Sex',
    documentType: 'Document type',
    documentCode: 'Document code (MRZ)',
    documentNumber: 'Document number',
    expiryDate: 'Valid through',
    optionalData: 'Optional data',
    composite: 'Composite check digit',
    purpose: 'Purpose of visit',
  },
  sex: {
    M: 'Male',
    F: 'Female',
    X: 'Unspecified',
  },
  special: {
    XXA: 'Stateless person',
    XXB: 'Refugee (1951 Convention)',
    XXC: 'Refugee (other)',
    XXX: 'Unspecified nationality',
    UNO: 'United Nations Organization',
    UNA: 'United Nations specialized agency',
    UNK: 'UN Interim Administration Mission in Kosovo',
    EUE: 'European Union',
    UTO: 'Utopia (ICAO specimen)',
  },
  countryNote: {
    britishNationality:
      'A British nationality other than citizen (overseas territories citizen, national (overseas), overseas citizen, subject or protected person). Recorded as United Kingdom.',
  },
} as const;
