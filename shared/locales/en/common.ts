export const common = {
  app: {
    name: 'Tirkeu',
    tagline: 'Foreign guest notifications',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main navigation',
    inHouse: 'In house',
    checkIn: 'Check-in',
    notifications: 'Notifications',
    history: 'Guest history',
    reports: 'Reports',
    settings: 'Settings',
  },
  language: {
    label: 'Language',
    kk: 'Қазақша',
    ru: 'Русский',
    en: 'English',
  },
  action: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Try again',
    edit: 'Edit',
    remove: 'Remove',
    back: 'Back',
    copy: 'Copy',
    copied: 'Copied',
  },
  state: {
    loading: 'Loading…',
    saving: 'Saving…',
    saved: 'Saved',
    offline: 'The app cannot reach its data. Nothing you entered is lost; try again.',
  },
  errors: {
    title: 'Something went wrong',
    api: {
      unknown_method: 'The app asked for an action it does not know ({{method}}).',
      invalid_input: 'Some values are not valid. Check the highlighted fields.',
      unauthorized:
        'This browser tab is not signed in to this Tirkeu. Open the address Tirkeu printed when it started.',
      forbidden_sender: 'The request came from a page that is not Tirkeu and was refused.',
      unreachable: 'Tirkeu is not responding. Check that it is still running, then try again.',
      too_complex:
        'The request holds too many values or is nested too deeply, and was refused unread.',
    },
    auth: {
      required: 'Sign in to continue.',
      forbidden: 'Your role does not allow this. Ask the owner.',
      wrong_secret: 'Wrong PIN or password. Tries left before the lock: {{left}}.',
      locked: 'Too many wrong attempts. This account is locked; try again in {{minutes}} min.',
      cannot_sign_in: 'This account cannot sign in. Ask the owner.',
    },
    setup: {
      done: 'The first start is done already. The hotel’s details are in Settings.',
    },
    place: {
      in_use:
        'This place cannot be removed: {{count}} stays name it, and their notices carry its address. Rename it instead.',
      last: 'The hotel keeps at least one place of stay: its own address.',
    },
    staff: {
      last_owner: 'The hotel must keep at least one active owner.',
    },
    central: {
      bad_url: 'The central register’s address is not a postgresql:// address. Nothing was sent.',
      tls_required:
        'The central register’s address turns encryption off (sslmode). Tirkeu sends guests’ data only over TLS; nothing was sent.',
      refused:
        'The central register refused this property’s name or password. Ask the owner for this property’s credentials; nothing was sent.',
      not_console:
        'This login is not the owner’s console login, which reads every property’s register. Use the console’s read-only credentials; nothing was written.',
      unreachable:
        'The central register at {{host}} cannot be reached. Check the internet connection; the hotel keeps working and ships later.',
    },
    desks: {
      no_certificate:
        'This PC has no certificate for sharing yet, so sharing stays off. Nothing was changed.',
      unpaired:
        'This desk is not paired with the host. Ask the owner for a code from Settings › Desks.',
      revoked: 'The owner revoked this desk. Ask the owner to add it again.',
      code_invalid: 'The code is wrong, used or out of time. Ask the owner for a new one.',
      address_not_here: 'The address {{address}} is not one of this PC’s network addresses.',
      wrong_fingerprint:
        'The host answered with a different certificate from the one compared. Nothing was sent; check the fingerprint with the owner.',
      unreachable: 'The host desk cannot be reached. Check that it is on and on the same network.',
      host_unreachable:
        'The host desk cannot be reached, so nothing was saved. Filings, edits and check-outs wait for the host: try again once it answers.',
      join_invalid:
        'Type the host’s address as https://ADDRESS:PORT (from its Settings › Desks) and the 8-digit code.',
    },
    stays: {
      key_reused:
        'This desk sent a check-in again with a different content under the same key. Nothing was saved; check the guest in again.',
    },
    db: {
      not_sqlite: 'The data file is not a Tirkeu database. It was left untouched.',
      foreign:
        'This file belongs to another program, not Tirkeu. It was left untouched; choose another file, or a new one.',
      newer_version:
        'This database was written by a newer version of Tirkeu (schema {{found}}; this version reads up to {{supported}}). Update Tirkeu; the file was left untouched.',
      read_only:
        'The database file cannot be written (it is read-only or in a read-only folder). Nothing was saved.',
      locked: 'The database is busy in another program. Nothing was saved; try again in a moment.',
      disk_full: 'The disk is full. Nothing was saved; free some space and try again.',
      corrupt:
        'The database file is damaged. Restore it from a backup; the file was left untouched.',
      cannot_open: 'The database file cannot be opened.',
      schema_altered:
        'The database’s structure was changed outside Tirkeu ({{object}}): such a change can make Tirkeu store something other than what the desk sees, so the file is not opened. Restore a good backup; the file was left untouched.',
      missing_after_restore:
        'The database file is missing, but a restore left its files here ({{aside}}). Tirkeu does not start an empty database in its place. Put a good copy back with the restore command, or move those files away to start anew.',
    },
    file: {
      too_large: 'The file is too large (at most {{max}} MB).',
      missing: 'The file is no longer available. Attach or produce it again.',
      not_pdf: 'This file is not a PDF.',
      not_image: 'This file is not an image (PNG, JPEG or WebP). Pick a screenshot.',
      not_scan:
        'This file is neither a PDF nor an image (PNG, JPEG or WebP). Attach a scan or a photo of the stamped copy.',
      not_certificate:
        'This file is not a certificate. Pick the public certificate (.cer, .crt or .pem) that the NCA RK issued with the key.',
      private_key:
        'This file holds a private key (such as a .p12 or .pfx). Tirkeu never keeps a private key or its password: pick the public certificate (.cer, .crt or .pem) instead. Nothing was kept.',
      certificate_too_large:
        'This file is too large to be a certificate (at most {{max}} KB). Pick the public certificate (.cer, .crt or .pem).',
    },
    backup: {
      check_failed:
        'The backup copy failed its check (integrity or audit trail) and was not kept ({{file}}).',
      not_good:
        'This backup is damaged or its audit trail does not hold; it cannot be restored ({{file}}).',
      replace_needs_force:
        'The database {{file}} already exists. Add --force to replace it (the current file is kept aside, never deleted).',
      not_tirkeu: 'This file is not a Tirkeu database. Nothing was changed.',
      newer_schema:
        'This backup was made by a newer version of Tirkeu (schema {{found}}; this version reads up to {{supported}}). Update Tirkeu first; nothing was changed.',
      schema_altered:
        'This file’s structure was changed outside Tirkeu ({{object}}), so it cannot be restored. Nothing was changed.',
    },
    not_found: 'It is no longer there: someone may have changed it. Reload and try again.',
    conflict: 'This was changed at the same time elsewhere. Reload and try again.',
    invalid: 'Some values are not valid. Check the highlighted fields.',
    internal:
      'An unexpected error occurred. Nothing was saved. If it happens again, tell your administrator.',
  },
  // The system actor's name, stored as the code SYSTEM_ACTOR_NAME and translated at display.
  systemActor: 'Tirkeu command line',
  issue: {
    place: {
      unknown: 'This place of stay no longer exists. Pick another.',
      region_unknown: 'Pick a region from the list.',
    },
    required: 'Required',
    too_long: 'Too long (at most {{max}} characters)',
    invalid_type: 'Not a valid value',
    unknown_field: 'Unknown field',
    invalid_value: 'Choose one of the listed values',
    staff: {
      name_reserved: 'This name is reserved for Tirkeu itself',
    },
    desks: {
      address_invalid: 'Not a network address',
      port_invalid: 'A port from 1024 to 65535',
    },
    privacy: {
      confirm_mismatch: 'Type the guest’s surname exactly as shown',
      guest_active:
        'The guest is staying now: their data is still needed for the notice. Erase it after check-out.',
      guest_owed:
        'Something is still owed for this guest: a notice or task not filed, or a filing without its PDF. Once the data is erased, it can never be completed. Confirm again to erase anyway.',
    },
    secret: {
      weak: 'A PIN of 4 to 8 digits, or a password of at least 8 characters',
      demo: 'This PIN is the demo hotel’s, published for anyone to try. Choose another',
      wrong: 'This is not your current PIN or password. Tries left before the lock: {{left}}',
      mismatch: 'The two entries differ',
    },
    date: {
      format: 'Enter the date as DD.MM.YYYY',
      invalid: 'This date does not exist',
      future: 'This date is in the future',
      out_of_range: 'This date is out of range',
      range: 'The end date is before the start date',
    },
    number: {
      range: 'Out of the allowed range',
    },
    rules: {
      overlap: 'Another period for this country is in force on the same days',
    },
    datetime: {
      invalid: 'Not a valid date and time',
    },
    stay: {
      check_out_before_check_in: 'The check-out is before the check-in',
      entry_after_check_in: 'The entry into Kazakhstan is after the check-in',
      entry_before_birth: 'The entry date is before the date of birth',
      before_check_in: 'This is before the check-in',
      before_previous_event: 'This is before the stay’s last recorded event',
    },
    document: {
      required: 'Enter the identity document, or choose whose document the child travels on',
      number_format: 'Latin letters and digits only, as in the document',
      expiry_before_issue: 'The expiry date is before the date of issue',
      duplicate_in_group: 'This document is already entered for someone in this group',
      belongs_to_other_guest: 'This document belongs to another guest',
    },
    guest: {
      already_in_house: 'This guest is already checked in',
      document_holder_differs: 'This document is on record for {{name}}: is this the same person?',
      same_name_birth: '{{name}}, born on this date, has stayed before: is this the same person?',
    },
    consent: {
      required: 'The guest’s consent to the processing of personal data is required',
    },
    email: {
      invalid: 'Not a valid e-mail address',
    },
    reason: {
      required: 'Give a reason (at least 3 characters)',
    },
    bin: {
      format: 'A BIN has 12 digits',
      check_digit:
        'This BIN does not exist: its last digit does not match the others. Check it against the registration certificate',
    },
    range: {
      reversed: 'The end is before the start',
      too_long: 'At most five years at a time',
    },
  },
  menu: {
    checkIn: 'New check-in',
    board: 'Notifications to file',
    file: 'File',
    quit: 'Quit Tirkeu',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimize',
    help: 'Help',
    about: 'About Tirkeu',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    checkIn: 'Open Check-in, from any screen',
    switchStaff: 'Switch staff (back to the sign-in screen)',
    next: 'Next field',
    save: 'Save the check-in',
    addMember: 'Add a family member',
    board: 'Open Notifications, the cursor in the list, from any screen',
    listMove: 'Move in the list of notifications',
    listOpen: 'Open the chosen notification (in the list)',
    copyNext: 'Copy the next value for the portal (filing panel)',
    markFiled: 'Mark the open notification as filed (filing panel)',
    close: 'Close the dialog or panel',
    help: 'This list',
  },
  welcome: {
    title: 'Welcome to Tirkeu',
    intro:
      'A few details about your hotel, for the notifications to the migration police. Anything left empty can be filled in later in Settings.',
    ownerName: 'Your name',
    ownerNameHint: 'The owner, as the history of each stay shows who did what',
    portal: 'Where you usually file notifications',
    later: 'You can change all of this in Settings.',
    skip: 'Skip for now',
    start: 'Save and start',
  },
  screen: {
    inHouse: {
      title: 'In house',
      empty: 'Nobody is staying right now.',
      emptyHint: 'Guests you check in appear here, by room.',
    },
    notifications: {
      title: 'Notifications',
      empty: 'No notifications to file.',
      emptyHint:
        'Every foreign guest you check in gets a notification to the migration police here, with its deadline.',
    },
    reports: {
      title: 'Reports',
      empty: 'No reports yet.',
      emptyHint: 'The monthly register of foreign guests and its exports will be here.',
    },
    settings: {
      title: 'Settings',
    },
  },
  settings: {
    sections: {
      label: 'Settings sections',
      hotel: 'Hotel',
      calendar: 'Working calendar',
      rules: 'Rules',
      about: 'About',
    },
    hotel: {
      intro: 'The host’s details, as on the notifications to the migration police.',
      name: 'Hotel name',
      bin: 'BIN',
      binHint: 'Business identification number, 12 digits',
      address: 'Address',
      region: 'Region',
      regionPlaceholder: 'Choose a region',
      businessSize: 'Business size',
      businessSizeHint: 'Sets the fine amounts under Article 518',
      size: {
        individual: 'Individual',
        small: 'Small business',
        medium: 'Medium business',
        large: 'Large business',
      },
      saved: 'Hotel details saved',
    },
    about: {
      version: 'Version',
      schema: 'Database schema',
      database: 'Database file',
      privacy: 'Tirkeu keeps all data on this computer and makes no network connections.',
      updates: 'Check for updates',
      updatesHint:
        'Opens the page with Tirkeu’s installers in your browser. To update, download the newer installer and run it over this version: your data stays where it is.',
      updatesFailed: 'The browser did not open. The page is at {{url}}',
    },
  },
  region: {
    'KZ-71': 'Astana',
    'KZ-75': 'Almaty',
    'KZ-79': 'Shymkent',
    'KZ-10': 'Abai Region',
    'KZ-11': 'Akmola Region',
    'KZ-15': 'Aktobe Region',
    'KZ-19': 'Almaty Region',
    'KZ-23': 'Atyrau Region',
    'KZ-27': 'West Kazakhstan Region',
    'KZ-31': 'Jambyl Region',
    'KZ-33': 'Jetisu Region',
    'KZ-35': 'Karaganda Region',
    'KZ-39': 'Kostanay Region',
    'KZ-43': 'Kyzylorda Region',
    'KZ-47': 'Mangystau Region',
    'KZ-55': 'Pavlodar Region',
    'KZ-59': 'North Kazakhstan Region',
    'KZ-61': 'Turkistan Region',
    'KZ-62': 'Ulytau Region',
    'KZ-63': 'East Kazakhstan Region',
  },
} as const;
