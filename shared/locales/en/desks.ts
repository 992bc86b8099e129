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
};
