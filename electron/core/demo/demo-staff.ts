import type { StaffRole } from '../../../shared/contract';

/**
 * The demo hotel's staff, one per role, with PINs anyone trying Tirkeu may use (README,
 * "Signing in"; printed by `cli demo`). Never PINs for a real hotel.
 */
export const DEMO_STAFF: ReadonlyArray<{ name: string; role: StaffRole; pin: string }> = [
  { name: 'Aigerim Saparova', role: 'owner', pin: '1111' },
  { name: 'Nurlan Zhaksybekov', role: 'auditor', pin: '2222' },
  { name: 'Aruzhan Tokhtarova', role: 'receptionist', pin: '3333' },
];
