import type { Db } from '../connection';
import { createAttemptRepo } from './attempt-repo';
import { createAuditRepo } from './audit-repo';
import { createCalendarRepo } from './calendar-repo';
import { createCheckInKeyRepo } from './check-in-key-repo';
import { createBoardRepo } from './board-repo';
import { createFilingRepo } from './filing-repo';
import { createProofRepo } from './proof-repo';
import { createShiftReportRepo } from './shift-report-repo';
import { createGuestRepo } from './guest-repo';
import { createHistoryRepo } from './history-repo';
import { createKeyRepo } from './key-repo';
import { createPlaceRepo } from './place-repo';
import { createNotificationRepo } from './notification-repo';
import { createNoticeDueRepo } from './notice-due-repo';
import { createReportRepo } from './report-repo';
import { createStayRepo } from './stay-repo';
import { createHotelRepo } from './hotel-repo';
import { createSettingsRepo } from './settings-repo';
import { createStaffRepo } from './staff-repo';
import { createPrivacyRepo } from './privacy-repo';
import { createThrottleRepo } from './throttle-repo';
import { createDeskRepo } from './desk-repo';
import { createCentralShipRepo } from './central-ship-repo';

/** Every repository over one connection; statements are prepared once, here. */
export function createRepos(db: Db) {
  return {
    attempts: createAttemptRepo(db),
    audit: createAuditRepo(db),
    calendar: createCalendarRepo(db),
    checkInKeys: createCheckInKeyRepo(db),
    filings: createFilingRepo(db),
    board: createBoardRepo(db),
    proofs: createProofRepo(db),
    shiftReports: createShiftReportRepo(db),
    guests: createGuestRepo(db),
    history: createHistoryRepo(db),
    keys: createKeyRepo(db),
    notifications: createNotificationRepo(db),
    noticeDue: createNoticeDueRepo(db),
    reports: createReportRepo(db),
    stays: createStayRepo(db),
    places: createPlaceRepo(db),
    hotel: createHotelRepo(db),
    settings: createSettingsRepo(db),
    staff: createStaffRepo(db),
    privacy: createPrivacyRepo(db),
    throttle: createThrottleRepo(db),
    desks: createDeskRepo(db),
    centralShip: createCentralShipRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
