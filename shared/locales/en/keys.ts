// The host's EDS keys (issue 23): Settings › EDS keys, the owner's notice, the board's warning and
// the end-of-shift report's line.
export const keys = {
  tab: 'EDS keys',
  title: 'The host’s EDS keys',
  intro:
    'The EDS keys the hotel signs in to e-Qonaq and signs notices on VMP with. Record each one with its expiry and Tirkeu warns 30, 7 and 1 day before it stops working. Attach the public certificate (.cer, .crt or .pem) and the expiry is read from it. Never the private key (the .p12 or .pfx file) nor its password: Tirkeu does not need them and refuses them.',
  empty: 'No key recorded yet.',
  add: 'Add a key',
  edit: 'Edit',
  editLabel: 'Edit the key of {{holder}}',
  remove: 'Remove',
  removeLabel: 'Remove the key of {{holder}}',
  listLabel: 'EDS keys',
  col: {
    holder: 'Holder',
    purpose: 'Purpose',
    expires: 'Expires',
    left: 'Days left',
    certificate: 'Certificate',
  },
  purpose: {
    auth: 'Sign-in (AUTH)',
    sign: 'Signing (RSA / GOST)',
  },
  // Inside a sentence.
  key: {
    auth: 'sign-in key (AUTH)',
    sign: 'signing key (RSA / GOST)',
  },
  left_one: '{{count}} day left',
  left_other: '{{count}} days left',
  endsToday: 'Expires today',
  ended: 'Expired',
  noCertificate: 'none',
  certificateSerial: 'serial {{serial}}',
  form: {
    addTitle: 'Add an EDS key',
    editTitle: 'Edit the EDS key',
    holder: 'Holder',
    holderHint: 'The person or company named in the certificate',
    purpose: 'What it is for',
    expiresOn: 'Expires on',
    expiresHint: 'DD.MM.YYYY, as the NCA RK shows it',
    fromCertificate: 'Read from the certificate',
    certificate: 'Public certificate (optional)',
    certificateHint: '.cer, .crt or .pem; never the .p12 key file',
    clearCertificate: 'Clear the picked file',
    reading: 'Reading the certificate…',
    read: 'The certificate says: {{holder}}, expires {{date}}.',
    kept: 'Certificate attached (serial {{serial}}); the expiry is read from it.',
    removeCertificate: 'Remove the attached certificate',
  },
  removeDialog: {
    title: 'Remove this key?',
    body: 'The {{key}} of {{holder}}, expiring {{date}}, will no longer be watched. The audit trail keeps that it was removed.',
    confirm: 'Remove',
  },
  line_one: '{{holder}}: {{key}} expires in {{count}} day ({{date}}).',
  line_other: '{{holder}}: {{key}} expires in {{count}} days ({{date}}).',
  lineToday: '{{holder}}: {{key}} expires today ({{date}}).',
  lineEnded: '{{holder}}: {{key}} expired on {{date}}.',
  renew:
    'Renew it at the NCA RK (pki.gov.kz), then record the new key in Settings › EDS keys and remove the old one.',
  notice: {
    title: 'EDS keys expire soon',
    open: 'Open EDS keys',
    dismiss: 'Hide until the next warning',
  },
  board: {
    title: 'An EDS key no longer works: notices cannot be filed online',
    why: 'Without a working key nobody can sign in to e-Qonaq or sign a notice on VMP, and the deadlines still run.',
    owner:
      'Renew the key at the NCA RK (pki.gov.kz), then record the new one in Settings › EDS keys. Until then, a notice can be handed in on paper.',
    staff:
      'Tell the owner now: the key is renewed at the NCA RK (pki.gov.kz). Until then, a notice can be handed in on paper.',
  },
  report: {
    label: 'EDS keys',
    left_one: '{{count}} day left: {{holder}}, {{key}}, until {{date}}',
    left_other: '{{count}} days left: {{holder}}, {{key}}, until {{date}}',
    today: 'expires today: {{holder}}, {{key}}, {{date}}. Renew at the NCA RK (pki.gov.kz)',
    ended: 'expired on {{date}}: {{holder}}, {{key}}. Renew at the NCA RK (pki.gov.kz)',
    none: 'none recorded (Settings › EDS keys)',
  },
};
