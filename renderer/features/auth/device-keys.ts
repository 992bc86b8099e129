/**
 * The keys good sign-ins gave this browser or window, one per person (issue 19). Sent with that
 * person's next sign-ins, so their wrong PINs here count apart from anyone else's: a script that
 * keeps locking the account from elsewhere does not lock this desk. In localStorage, unlike the
 * session: every tab of this browser is the same desk.
 */
const KEY = 'tirkeu.devices';

function all(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export const deviceKeyFor = (staffId: number): string | undefined => all()[String(staffId)];

export function keepDeviceKey(staffId: number, key: string | null): void {
  if (!key) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...all(), [String(staffId)]: key }));
  } catch {
    // Storage full or refused: the desk signs in as any other client would.
  }
}
