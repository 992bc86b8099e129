import { describe, expect, it } from 'vitest';
import { emptyGuest, emptyStay } from '../../renderer/features/check-in/draft';
import { draftStayLimit } from '../../renderer/features/check-in/stay-limit-draft';

const NOW = new Date('2026-03-20T06:00:00Z'); // 11:00 in Kazakhstan

describe('the check-in form’s stay-limit warning', () => {
  const stay = { ...emptyStay(NOW), plannedCheckOut: '24.04.2026' };
  const guest = { ...emptyGuest(), citizenship: 'UZB', expiryDate: '01.01.2032' };

  it('finds a planned check-out past the visa-free days before anything is saved', () => {
    const r = draftStayLimit(stay, guest, undefined, NOW);
    expect(r).toMatchObject({ lastDay: '2026-04-18', exceeded: true });
  });

  it('takes the visa’s end typed beside the visa number', () => {
    const r = draftStayLimit(
      stay,
      { ...guest, visaNumber: 'V1', visaValidUntil: '30.04.2026' },
      undefined,
      NOW,
    );
    expect(r).toMatchObject({ lastDay: '2026-04-30', exceeded: false });
  });

  it('counts a returning guest’s earlier stays here towards the 90-in-180 cap', () => {
    const rus = { ...guest, citizenship: 'RUS', guestId: 7 };
    const alone = draftStayLimit(stay, rus, undefined, NOW);
    expect(alone).toMatchObject({ lastDay: '2026-06-17', exceeded: false });
    // 69 days from 10 Jan to 19 Mar: 21 are left from 20 Mar, to 9 Apr.
    const r = draftStayLimit(stay, rus, undefined, NOW, [{ from: '2026-01-10', to: '2026-03-19' }]);
    expect(r).toMatchObject({ lastDay: '2026-04-09', exceeded: true });
    expect(r!.reasons.map((x) => x.kind)).toEqual(['cap_90_180']);
  });

  it('says nothing while the dates it needs are missing or half typed', () => {
    expect(draftStayLimit({ ...stay, plannedCheckOut: '' }, guest, undefined, NOW)).toBeNull();
    expect(
      draftStayLimit({ ...stay, plannedCheckOut: '24.04.20' }, guest, undefined, NOW),
    ).toBeNull();
    expect(draftStayLimit(stay, { ...guest, citizenship: '' }, undefined, NOW)).toBeNull();
  });
});
