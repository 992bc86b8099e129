// Several places of stay (issue 23): the host's addresses, the stay's place, the desk's place.
export const places = {
  title: 'Places of stay',
  intro:
    'The notice names the place where the guest actually stays. If guests stay at more than one address you registered on e-Qonaq (a second building, apartments), add each one. The first is the hotel’s address above.',
  tableLabel: 'Places of stay',
  name: 'Name',
  address: 'Address',
  region: 'Region',
  stays: 'Stays',
  first: 'The hotel’s address',
  add: 'Add a place',
  newTitle: 'New place of stay',
  editTitle: 'Edit: {{name}}',
  edit: 'Edit {{name}}',
  remove: 'Remove {{name}}',
  saved: 'Place saved',
  removed: 'Place removed',
  select: 'Place of stay',
  selectHint: 'This desk remembers the place chosen last.',
  filing: 'Place of stay: {{name}}',
  filingRegion: 'Region: {{region}}',
};
