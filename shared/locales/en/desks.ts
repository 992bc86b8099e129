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
