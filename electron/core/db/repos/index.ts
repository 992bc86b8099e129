import type { Db } from '../connection';
import { createAuditRepo } from './audit-repo';
import { createHotelRepo } from './hotel-repo';
import { createSettingsRepo } from './settings-repo';
import { createStaffRepo } from './staff-repo';

/** Every repository over one connection; statements are prepared once, here. */
export function createRepos(db: Db) {
  return {
    audit: createAuditRepo(db),
    hotel: createHotelRepo(db),
    settings: createSettingsRepo(db),
    staff: createStaffRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
