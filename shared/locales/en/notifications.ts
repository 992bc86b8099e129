// The notifications backend's words: filing states, board groups, portal steps, field issues,
// the end-of-shift report and the order-923 sheet. The board screen's own words are in
// notifications-ui.ts (renderer/features/notifications).
export const notifications = {
  state: {
    owed: 'Not filed',
    in_progress: 'Filing started',
    filed_no_proof: 'Filed, no proof',
    no_pdf: 'Accepted, no PDF: file again',
    proven: 'Filed with proof',
  },
  group: {
    overdue: 'Overdue',
    due_today: 'Due today',
    due_next: 'Due next working day',
    later: 'Later',
    filed_no_proof: 'Filed without proof',
    needs_data: 'Needs data',
  },
  kind: {
    host_notice: 'Notification of stay',
    guest_self_registration: "Guest's own registration (order 923)",
    host_confirmation: "Host's confirmation (order 923)",
  },
  portal: {
    eqonaq: 'e-Qonaq',
    vmp: 'VMP (vmp.gov.kz)',
  },
  step: {
    eqonaq: {
      sign_in: 'Sign in to e-Qonaq (EDS or login and password)',
      add_guest: 'Add a guest',
      enter_values: "Enter the guest's values in order",
      submit: 'Submit',
      download_pdf: 'Download the notice PDF',
    },
    vmp: {
      sign_in: 'Sign in to vmp.gov.kz with the EDS',
      choose_service: 'Choose "Notification of stay of a foreigner"',
      enter_values: "Enter the foreigner's values",
      enter_children: 'Add the children travelling on this document',
      sign_eds: 'Sign with the EDS',
      download_pdf: 'About 15 minutes later, download the notice PDF from your account',
    },
  },
  portal_note: {
    eqonaq_check_in_too_old:
      'e-Qonaq takes a check-in of today or the two days before only: file this notice on vmp.gov.kz.',
  },
  late_one: 'Filed {{count}} working day late',
  late_other: 'Filed {{count}} working days late',
  proof: {
    mismatch: 'This PDF is for {{found}}, not {{expected}}.',
    not_named: 'This PDF does not name {{expected}}.',
    no_text:
      'This PDF has no text to check (it may be a scan). Make sure it is the notice for {{expected}}.',
  },
  reminder: {
    title: 'Notifications to file',
    overdue_one: '{{count}} overdue',
    overdue_other: '{{count}} overdue',
    due_today_one: '{{count}} due today',
    due_today_other: '{{count}} due today',
  },
  error: {
    reason: { required: 'Give a reason (at least 3 characters)' },
    file: { id: 'The file reference is not valid. Attach the file again.' },
    filing: {
      not_owed: 'This is not a notice filed on a portal.',
      already_filed: 'This notice is already filed.',
      not_filed: 'This notice has not been marked as filed yet.',
      no_proof: 'No PDF is attached to this filing.',
      has_proof: 'A PDF is already attached. Remove it first, with a reason.',
      unknown_step: 'This step is not on the portal’s checklist.',
      unknown_staff: 'This staff member is not known.',
      no_change: 'Nothing was changed.',
      not_a_task: 'This is not an order 923 task.',
      cancelled: 'This notice was cancelled with its stay.',
    },
    attempt: { empty: 'Write what the portal said, or add a screenshot' },
    proof: {
      not_pdf: 'This file is not a PDF.',
      unreadable: 'This PDF cannot be read. Download it from the portal again.',
      no_pages: 'This PDF has no pages, so it cannot be proof. Download it from the portal again.',
      too_heavy:
        'This PDF unpacks to far more than a notice does, and was not read. Download it from the portal again.',
      too_slow:
        'Reading this PDF took too long, so it was stopped. Download it from the portal again.',
    },
    report: {
      already_signed: 'This report is already signed off.',
    },
    sheet: { no_task: 'No order 923 registration is owed for this guest.' },
  },
  report: {
    title: 'End-of-shift report',
    hotel: 'Hotel',
    produced: 'Produced {{at}} by {{name}}',
    in_house_title: 'Foreign guests in house',
    open_title: 'Open notices',
    none: 'None.',
    col: {
      room: 'Room',
      guest: 'Guest',
      citizenship: 'Citizenship',
      document: 'Document',
      check_in: 'Check-in',
      notice: 'Notice',
      state: 'State',
      deadline: 'Deadline',
    },
    no_deadline: 'no deadline',
    departed: 'departed',
    filed_no_proof: 'Filed, but no proof PDF attached yet: {{count}}',
    sign_off: 'Signed off by the night auditor: ______________________   Time: __________',
    chain_produced: 'Audit trail when produced: entry {{id}}, SHA-256 {{hash}}',
    signed_by: 'Signed off by {{name}}, {{at}}',
    chain_signed: 'Audit trail at signing: entry {{id}}, SHA-256 {{hash}}',
    unsigned_sha: 'The report as produced: SHA-256 {{sha256}}',
    page: 'Page {{page}} of {{pages}}',
  },
  sheet: {
    title: 'Your registration in Kazakhstan',
    intro:
      'Dear {{name}}, you arrived in Kazakhstan on {{entry}} without a visa. Under order No. 923 you must register your stay yourself.',
    deadline: 'Register by: {{date}}',
    how: 'How: on egov.kz or the eGov mobile app, or at a migration police office. Take your passport.',
    host: 'The hotel has notified the migration police of your stay at {{address}}; this does not replace your own registration.',
    questions: 'Questions? Ask at the reception.',
  },
} as const;
