// Reading the machine-readable zone from a photo or the camera (renderer/features/check-in/camera).
export const camera = {
  openPhoto: 'Open a photo',
  scan: 'Scan with camera',
  dropZone: 'Photo of the document page',
  dropHint: 'Or drop a photo of the page here, or paste one (Ctrl+V).',
  notKept: 'The photo is read on this computer and not kept.',
  reading: 'Reading the photo…',
  readFromImage: 'Filled in from a photo: compare each field with the page before saving.',
  readFromCamera: 'Filled in from the camera: compare each field with the page before saving.',
  noZone:
    'No machine-readable zone found in the photo. Take the whole page in even light, with the two or three lines at the bottom sharp.',
  notImage: 'This file is not a photo (JPEG, PNG or WebP).',
  unreadable:
    'The photo could not be read reliably: {{fields}}. Nothing was filled in; take a sharper photo or type the data.',
  failed: 'The photo could not be read. Try again.',
  dialogTitle: 'Scan the passport with the camera',
  holdPage:
    'Hold the page with the machine-readable zone inside the frame. It is taken by itself once every check digit matches and no character can be read two ways.',
  holdStill: 'Hold the page still: the last picture was smeared.',
  doubtOffer:
    'Read, but characters of the document number can be read two ways. Hold the page a little longer, or take this reading and check them against the page.',
  takeReading: 'Take this reading',
  starting: 'Starting the camera…',
  cameraDenied: 'Access to the camera was refused. Allow it, or open a photo instead.',
  cameraMissing: 'No camera was found. Open a photo instead.',
  close: 'Close',
  field: {
    lines: 'the zone’s lines',
    documentCode: 'document code',
    issuingState: 'issuing state',
    surname: 'surname',
    givenNames: 'given names',
    documentNumber: 'document number',
    nationality: 'citizenship',
    birthDate: 'date of birth',
    sex: 'sex',
    expiryDate: 'expiry date',
    optionalData: 'personal number',
    composite: 'the zone’s overall check digit',
  },
  doubt: {
    readFromImage:
      'Filled in from a photo: some characters of the document number need checking against the page.',
    readFromCamera:
      'Filled in from the camera: some characters of the document number need checking against the page.',
    group: 'Document number: check against the page',
    check_one: 'Check character {{positions}} against the page.',
    check_other: 'Check characters {{positions}} against the page.',
    why: 'These characters look alike in the machine-readable zone (0 and O, 1 and I, 8 and B…), and the check digit allows more than one reading.',
    other: 'Other reading: {{reading}}',
    confirm: 'Matches the page',
  },
};
