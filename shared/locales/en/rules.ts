// Strings of the rules engine (shared/rules). Keys mirror its codes: a reason key such as
// `holiday.nauryz` is `reason.holiday.nauryz`, an error code `date.invalid` is `error.date.invalid`.
// In `reason.substitute` the `holiday` parameter is itself a reason key: translate it first.
export const rules = {
  reason: {
    working_day: 'Working day',
    weekend: {
      saturday: 'Saturday',
      sunday: 'Sunday',
    },
    holiday: {
      new_year: 'New Year',
      orthodox_christmas: 'Orthodox Christmas',
      womens_day: "International Women's Day",
      nauryz: 'Nauryz',
      unity_day: 'Day of Unity of the People of Kazakhstan',
      defender_day: 'Defender of the Fatherland Day',
      victory_day: 'Victory Day',
      capital_day: 'Capital Day',
      constitution_day: 'Constitution Day',
      republic_day: 'Republic Day',
      first_president_day: 'First President Day',
      independence_day: 'Independence Day',
      kurban_ait: 'Kurban Ait',
    },
    substitute: 'Day off for {{holiday}} ({{date}}), which fell on a weekend',
    transfer: 'Day off moved from {{date}}',
    working_weekend: 'Working day: its day off moved to {{date}}',
    override: {
      off: 'Day off set in settings ({{source}})',
      working: 'Working day set in settings ({{source}})',
    },
  },
  task: {
    host_notice: 'Notify the migration police',
    guest_self_registration: 'Remind the guest to register online',
    host_confirmation: "Confirm the guest's registration request",
    hint: {
      host_notice: 'Within three working days of check-in, on e-Qonaq or vmp.gov.kz.',
      guest_self_registration:
        'Guests from countries with a 90-day visa-free stay register themselves within 30 calendar days of crossing the border, or within 5 working days of a change of address; Tirkeu shows the earlier date.',
      host_confirmation: 'Confirm the request in the migration police app when it arrives.',
    },
    flag: {
      entry_date_missing: 'Entry date unknown: ask the guest when they crossed the border',
      no_statutory_deadline: 'The law sets no deadline for this step',
    },
    rule: {
      'entry-rules-148-p9': 'Rules of entry and stay of immigrants (Resolution No. 148), para 9',
      'registration-rules-923':
        'Rules of registration of immigrants (order No. 923), from 1 July 2026',
    },
  },
  status: {
    not_due: 'Not due yet',
    due_today: 'Due today',
    overdue: 'Overdue',
    days_left_one: '{{count}} working day left',
    days_left_other: '{{count}} working days left',
    overdue_by_one: 'Overdue by {{count}} working day',
    overdue_by_other: 'Overdue by {{count}} working days',
    deadline_at: 'Deadline: end of {{date}}, Kazakhstan time',
  },
  stayLimit: {
    source: {
      res148p6: 'Government Resolution No. 148, para 6; the EAEU Treaty',
      olderTreaties: 'Bilateral visa-free treaties (older agreements)',
      unilateral30: 'Government Resolution No. 148, para 17: the unilateral 30-day list',
      turkey2025: 'Visa-free 90 days for citizens of Türkiye since August 2025',
      bilateral30: 'Bilateral visa-free treaties, 30 days',
      visaFree14: 'Visa-free 14 days',
      cap: 'Visa-free stays capped at 90 days in any 180',
      art518p2: 'Code of Administrative Offences, Art. 518 part 2: 25/40/55/75 MCI',
      longStay:
        'AEQUITAS / ius laboris; The Astana Times, 13 Aug 2025: a temporary residence permit via VMP for stays over 30 days (readings differ)',
      visa: 'Visa holder: until the visa’s end date',
      mrz: 'from the machine-readable zone',
    },
    kind: {
      document_expiry: 'The document expires',
      visa_end: "The visa's end date",
      visa_free_days: 'The visa-free days from entry',
      cap_90_180: 'The 90-in-180-days cap',
    },
    step: {
      document_expiry: 'Document valid until {{date}} (from the MRZ)',
      no_document_expiry: 'Document expiry not recorded',
      visa_end: 'Visa valid until {{date}}',
      visa_without_end: 'Visa recorded without its end date: add "Visa valid until"',
      entry_known: 'Entered Kazakhstan on {{date}}',
      entry_assumed:
        'Entry date unknown: counted from the check-in, {{date}}, the latest it can be',
      visa_free_days:
        '{{days}} visa-free days from {{entry}}: the last is {{date}} (rule since {{since}})',
      no_visa_free_rule: 'No visa-free period for {{citizenship}} on {{date}} in the rules data',
      cap_90_180:
        '{{earlierDays}} days of {{stays}} earlier stays count: the cap of {{cap}} days in {{window}} is reached after {{date}}',
      cap_not_reached:
        '{{earlierDays}} days of {{stays}} earlier stays count: the cap of {{cap}} days in {{window}} comes later',
      earliest: 'Last lawful day: {{date}}, the earliest of these',
      no_limit_known: 'No limit known: no document expiry, visa end or visa-free period',
      checked_departure: 'Planned check-out {{date}} against the last lawful day {{lastDay}}',
      checked_today:
        'No planned check-out: today, {{date}}, against the last lawful day {{lastDay}}',
    },
    warning: {
      title: 'The stay passes the guest’s right to stay',
      body: 'The planned check-out {{departure}} is after the last lawful day, {{lastDay}} ({{reason}}). Housing a guest past it: Art. 518 part 2, {{mciFrom}}–{{mciTo}} MCI. You can still save.',
      today:
        'The guest’s right to stay ended on {{lastDay}} ({{reason}}). Housing a guest past it: Art. 518 part 2, {{mciFrom}}–{{mciTo}} MCI.',
      reminder: 'The guest’s right to stay ends on {{lastDay}} ({{reason}}).',
      trace: 'How this was worked out',
    },
    lastDay: 'Last lawful day',
    exceeded: 'Past the right to stay',
    reminderBadge: 'Right to stay ends soon',
    longStayBadge: 'Day {{days}} or later: a permit may be needed',
    longStay:
      'Day {{days}} of the stay on {{date}}: a temporary residence permit may be needed (a reading: {{source}})',
  },
  error: {
    date: {
      invalid: '{{value}} is not a real date',
      out_of_range: '{{value}} is outside the supported calendar ({{from}} to {{to}})',
      deadline_out_of_range:
        'the deadline for {{value}} would fall after {{to}}, the last day of the supported calendar',
      entry_after_event: 'the entry date {{value}} is after the check-in date {{event}}',
      departure_before_arrival: 'the departure {{value}} is before the arrival {{arrival}}',
    },
    citizenship: {
      unknown: '{{value}} is not a known citizenship code',
    },
    override: {
      invalid: 'the calendar settings contain a date that does not exist: {{value}}',
    },
  },
  calendar: {
    status: {
      confirmed: 'Confirmed',
      provisional: 'Provisional',
    },
    origin: {
      shipped: 'Official calendar',
      generated: 'Calculated from the holiday law',
      historical: 'Past year, reconstructed',
    },
    note: {
      kurban_ait_forecast: 'Kurban Ait is a forecast and may move by a day',
      kurban_ait_estimated: 'Kurban Ait is an estimate',
      kurban_ait_unknown:
        'Kurban Ait is not known yet and is not counted as a day off; add it when it is announced',
      no_transfer_order: 'No order moving days off has been published yet',
      transfers_unknown: 'Days off moved by order are not known for this year',
      historical_unverified:
        'Reconstructed from the holiday law and past Government transfers; not checked against the official texts',
      confirmed_by_owner: 'Confirmed in settings',
    },
    deadline_provisional: 'This deadline depends on a provisional calendar day and may change',
  },
  moved: {
    title: 'Deadlines moved: the official calendar or rules in Tirkeu were updated',
    intro:
      'These notifications are not filed yet and now have a new deadline, computed with the updated calendar. The earliest is first.',
    guest: 'Guest',
    room: 'Room',
    task: 'Task',
    from: 'Was',
    to: 'Now',
    earlier: 'earlier',
    later: 'later',
    none: 'no date',
    more_one: 'and {{count}} more notification',
    more_other: 'and {{count}} more notifications',
    dismiss: 'Got it, hide this list',
  },
  liability: {
    warning: 'Warning',
    fine: '{{mci}} MCI ({{tenge}} ₸)',
    fine_estimated: '{{mci}} MCI (about {{tenge}} ₸ at the {{year}} MCI)',
    size: {
      individual: 'Individual',
      small: 'Official, small business or non-profit organisation',
      medium: 'Medium business',
      large: 'Large business',
    },
    part: {
      '1': 'Late notice to the internal affairs bodies (Art. 518, part 1)',
      '2': 'Housing a foreigner who is in breach of migration law (Art. 518, part 2)',
      '3': 'Repeated within a year of a penalty (Art. 518, part 3)',
    },
    article48:
      'Two or more penalties within 12 months: invitations of foreigners will not be considered (Migration Law, Art. 48)',
  },
} as const;
