// Settings › Desks (issue 22): sharing this PC's guest list with the hotel's other desks.
export const desks = {
  section: 'Desks',
  title: 'Desks',
  intro:
    'The hotel’s other desks can work on this PC’s guest list over the local network. The only copy of the data stays on this PC; at the other desks everyone signs in with their own PIN.',
  sharing: {
    title: 'Sharing',
    switch: 'Share this hotel with the other desks',
    address: 'Network address',
    addressHint: 'The address of this PC that the other desks type in.',
    noAddress: 'This PC is not on a local network.',
    port: 'Port',
    saved: 'Saved',
    on: 'Shared at {{url}}',
    off: 'Not shared',
  },
  certificate: {
    label: 'Certificate fingerprint (SHA-256)',
    none: 'No certificate yet: it is made when you switch sharing on and save.',
    hint: 'Compare it by eye at the desk that joins.',
  },
  add: {
    title: 'Add a desk',
    name: 'Desk name',
    make: 'Make a code',
    code: 'One-time code',
    until: 'Good once, until {{time}}',
    address: 'Host address',
    qr: 'QR code for a tablet: the code, the host address {{url}} and the fingerprint',
  },
  link: {
    title: 'No connection to the host desk',
    lost: 'The host desk cannot be reached — last in touch at {{time}}. In house and the board show what was last seen.',
    lostNever: 'The host desk cannot be reached. In house and the board show what was last seen.',
    asLastSeen: 'As last seen at {{time}}: the host desk cannot be reached.',
  },
  join: {
    choice: 'This PC',
    new: 'Start a new hotel on this PC',
    join: 'Join the hotel’s host desk',
    title: 'Join the hotel’s host desk',
    intro:
      'The guest list stays on the host PC; this PC works on it over the local network. On the host, the owner opens Settings › Desks and makes a code.',
    address: 'Host address',
    addressHint: 'As the host’s Settings › Desks shows it, e.g. https://192.168.1.20:47610',
    code: 'One-time code',
    fetch: 'Show the host’s certificate',
    compare:
      'Compare this fingerprint by eye with the one on the host’s Settings › Desks. Join only if every character matches.',
    back: 'Back',
    confirm: 'The fingerprints match: join',
    done: 'Joined as the desk “{{name}}”. Opening the sign-in…',
  },
  audit: {
    at: 'at desk “{{name}}”',
  },
  list: {
    title: 'Joined desks',
    name: 'Name',
    address: 'Address',
    lastSeen: 'Last seen',
    signedIn: 'Signed in',
    state: 'State',
    actions: 'Actions',
    nobody: 'Nobody',
    none: 'No desk has joined yet.',
    revoked: 'Revoked',
    active: 'Active',
    revoke: 'Revoke',
    revokeFor: 'Revoke: {{name}}',
    revokeConfirm:
      '“{{name}}” is refused at once, and everyone signed in there is signed out. To use it again, add it anew.',
    revokedDone: '“{{name}}” is revoked.',
  },
  central: {
    title: 'Central register',
    intro:
      'The owner’s central register gets a copy of this hotel’s register whenever the internet is up. The hotel never waits for it: check-ins and filings work offline as always.',
    notSet:
      'Not set up: this hotel does not ship to a central register. The owner connects it once with this property’s credentials.',
    property: 'Property at the centre',
    lastShipped: 'Last shipped',
    never: 'Never',
    behind: 'Entries not yet shipped',
    upToDate: 'None, up to date',
    lastAttempt: 'Last attempt',
    chain: 'The centre’s check of the audit trail',
    chainState: {
      ok: 'Accepted',
      gap: 'Refused: entries missing',
      edit: 'Refused: an entry was changed',
      fork: 'Refused: two versions of the trail',
    },
    chainHelp: {
      gap: 'The centre took the trail up to the missing entries and keeps refusing what follows. Check the trail in Settings › Audit trail.',
      edit: 'An entry no longer matches its fingerprint, so the centre took nothing from it on. Check the trail in Settings › Audit trail.',
      fork: 'An older backup was restored here and written to again. The centre keeps both versions and takes neither until the owner decides which one stands.',
    },
    failed: 'The last attempt did not ship',
    failedUnreachable:
      'The central register could not be reached. Nothing is lost: the next attempt ships everything waiting.',
    failedRefused:
      'The central register refused this property’s credentials or connection. Ask the owner to check them.',
  },
};
