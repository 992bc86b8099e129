import { describe, expect, it } from 'vitest';
import { createSessions } from '../../../electron/core/auth/sessions';
import type { StaffMember } from '../../../shared/contract';

const dana: StaffMember = { id: 7, name: 'Dana', role: 'receptionist' };
const sessions = () =>
  createSessions({ now: () => new Date(0), autoLockMinutes: () => 0, staff: () => dana });

describe('a session opened at a desk (issue 22)', () => {
  it('answers only at that desk: not on the host, not at another desk', () => {
    const s = sessions();
    const atDesk = s.create(7, 'desk:3', 3);
    const onHost = s.create(7, '*');
    expect(s.resolve(atDesk, 3)).toEqual(dana);
    expect(s.resolve(atDesk)).toBeNull();
    expect(s.resolve(atDesk, 4)).toBeNull();
    expect(s.resolve(onHost)).toEqual(dana);
    expect(s.resolve(onHost, 3)).toBeNull();
  });

  it('ends with its desk, and only that desk’s sessions', () => {
    const s = sessions();
    const a = s.create(7, 'desk:3', 3);
    const b = s.create(7, 'desk:4', 4);
    const host = s.create(7, '*');
    expect(s.byDesk()).toEqual(
      new Map([
        [3, [7]],
        [4, [7]],
      ]),
    );
    s.endForDesk(3);
    expect(s.alive(a, 3)).toBe(false);
    expect(s.alive(b, 4)).toBe(true);
    expect(s.alive(host)).toBe(true);
    expect(s.byDesk()).toEqual(new Map([[4, [7]]]));
  });
});
