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

  it('says nothing while the dates it needs are missing or half typed', () => {
    expect(draftStayLimit({ ...stay, plannedCheckOut: '' }, guest, undefined, NOW)).toBeNull();
    expect(
      draftStayLimit({ ...stay, plannedCheckOut: '24.04.20' }, guest, undefined, NOW),
    ).toBeNull();
    expect(draftStayLimit(stay, { ...guest, citizenship: '' }, undefined, NOW)).toBeNull();
  });
});
