import { Popover, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, NoticeDetail } from '../../../shared/contract';
import type { DynamicT } from '../use-error-text';
import { DeadlineTrace } from './DeadlineTrace';
import classes from './deadline.module.css';
import { noticeLabel } from './deadline-format';
import { NoticeBadge } from './NoticeBadge';

interface Props {
  notice: NoticeDetail;
  eventKind?: 'check_in' | 'return' | undefined;
}

/** The badge as a button: clicking the deadline shows its trace. */
export function NoticeTraceButton({ notice, eventKind }: Props) {
  const { t, i18n } = useTranslation();
  const td = t as unknown as DynamicT;
  const label = noticeLabel(td, notice, i18n.language as Language);
  return (
    <Popover position="bottom-start" shadow="md" withArrow trapFocus returnFocus width={540}>
      <Popover.Target>
        <UnstyledButton
          className={classes.trigger}
          aria-label={td('stays:notice.showWhy', { status: label.text })}
        >
          <NoticeBadge notice={notice} style={{ cursor: 'pointer' }} />
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <DeadlineTrace notice={notice} eventKind={eventKind} />
      </Popover.Dropdown>
    </Popover>
  );
}
