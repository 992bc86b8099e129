// The rules engine: pure TypeScript, no I/O, runs in main, renderer, tests and the CLI.
export {
  addDays,
  addYearsClamped,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  weekday,
  yearOf,
  type IsoDate,
} from './dates';
export { isRulesError, RULES_ERROR_CODES, RulesError, type RulesErrorCode } from './errors';
export {
  endOfKzDay,
  KZ_UTC_OFFSET,
  KZ_UTC_OFFSET_MINUTES,
  kzDateOf,
  kzClockOf,
  kzNowParts,
  startOfKzDay,
  type KzTimeParts,
} from './kz-time';
export {
  CALENDAR_NOTE_KEYS,
  HOLIDAY_KEYS,
  REASON_KEYS,
  type CalendarNoteKey,
  type HolidayKey,
  type ReasonKey,
} from './reason-keys';
export type {
  CalendarOverride,
  CalendarStatus,
  DayInfo,
  HolidayEntry,
  SubstituteEntry,
  TransferEntry,
  YearConfirmation,
  YearOrigin,
  YearSpec,
  YearStatus,
} from './calendar-types';
export { SHIPPED_YEARS } from './calendar-data';
export {
  generateYear,
  STATUTORY_HOLIDAYS,
  statutoryHolidays,
  statutorySubstitutes,
} from './calendar-generate';
export { allYearSpecs, FIRST_YEAR, LAST_YEAR } from './calendar-years';
export { buildCalendar, type BuildCalendarOptions, type WorkingCalendar } from './calendar';
export {
  computeDeadline,
  computeDue,
  deadlineStatus,
  NOTICE_WORKING_DAYS,
  type DeadlineDue,
  type DeadlineOptions,
  type DeadlineResult,
  type DeadlineStatus,
  type DeadlineStatusKind,
  type TraceDay,
} from './deadline';
export {
  checkCitizenship,
  KAZAKHSTAN,
  normalizeCitizenship,
  SPECIAL_NATIONALITY_CODES,
  type CitizenshipPredicate,
} from './citizenship';
export {
  DEFAULT_RULE_SETTINGS,
  dueCountsFromEntry,
  RULE_SETS,
  ruleSetsInForce,
  TASK_KINDS,
  type DueRule,
  type ObligationEvent,
  type RuleSet,
  type RuleSettings,
  type TaskKind,
  type TaskTemplate,
} from './rule-sets';
export {
  OBLIGATION_FLAGS,
  obligationOf,
  obligationsFor,
  type Obligation,
  type ObligationFlag,
  type ObligationInput,
  type ObligationOptions,
} from './obligations';
export {
  ART_518_MCI,
  art518PartFor,
  article48Warning,
  article48Window,
  BUSINESS_SIZES,
  fineFor,
  MCI_BY_YEAR,
  type Art518Part,
  type BusinessSize,
  type Fine,
} from './liability';
export { RULES_DATA_VERSION, rulesDataFingerprint } from './data-version';
export {
  DEFAULT_STAY_LIMITS,
  DEFAULT_VISA_FREE,
  shippedSourceKey,
  type ShippedSourceKey,
  type StayLimitSettings,
  type VisaFreeEntry,
} from './stay-limit-data';
export {
  longStayFor,
  STAY_LIMIT_KINDS,
  STAY_LIMIT_STEPS,
  stayLimitFor,
  visaFreeEntryOn,
  type StayLimitInput,
  type StayLimitKind,
  type StayLimitReason,
  type StayLimitResult,
  type StayLimitStep,
  type StayLimitStepKey,
} from './stay-limit';
