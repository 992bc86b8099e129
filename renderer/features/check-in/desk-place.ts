/**
 * This desk's place of stay (issue 23): the place a check-in here names unless changed. Kept in
 * localStorage like the desk's sign-in keys (features/auth/device-keys.ts): it belongs to the
 * machine at the building's front door, not to the person signed in.
 */
const KEY = 'tirkeu.deskPlace';

export function deskPlace(): number | null {
  try {
    const n = Number(localStorage.getItem(KEY));
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

export function rememberDeskPlace(placeId: number): void {
  try {
    localStorage.setItem(KEY, String(placeId));
  } catch {
    // Storage refused: the next check-in starts at the first place.
  }
}
