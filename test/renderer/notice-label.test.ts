import { describe, expect, it } from 'vitest';
import { noticeLabel } from '../../renderer/components/deadline/deadline-format';
import type { NoticeView } from '../../shared/contract';
import { dueCountsFromEntry } from '../../shared/rules';

const t = (key: string | string[]) => String(key);
const task = (kind: NoticeView['kind'], rule: string): NoticeView => ({
  id: 1,
  kind,
  state: 'pending',
  event: 'check_in',
  eventDate: '2026-07-15',
  dueDate: null,
  dueAt: null,
  calendar: null,
  rule,
  status: null,
});

describe('a pending task without a due date', () => {
  it('asks for the entry date when its date counts from the border', () => {
    expect(dueCountsFromEntry('registration-rules-923', 'guest_self_registration')).toBe(true);
    expect(noticeLabel(t, task('guest_self_registration', 'registration-rules-923'), 'en')).toEqual(
      { text: 'stays:notice.entryDateUnknown', tone: 'soon', provisional: false },
    );
  });

  it('says there is no deadline when the law sets none', () => {
    expect(dueCountsFromEntry('registration-rules-923', 'host_confirmation')).toBe(false);
    expect(noticeLabel(t, task('host_confirmation', 'registration-rules-923'), 'en')).toEqual({
      text: 'stays:notice.noDeadline',
      tone: 'later',
      provisional: false,
    });
    expect(dueCountsFromEntry('no-such-rule', 'guest_self_registration')).toBe(false);
  });
});
