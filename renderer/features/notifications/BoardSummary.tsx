import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BOARD_GROUPS, type BoardGroup } from '../../../shared/contract';
import type { DynamicT } from '../../components/use-error-text';
import { useOutboxCount } from '../in-house/OutboxPanel';
import { GROUP_KEY } from './board-text';
import classes from './notifications.module.css';

// Filled where action is due now; the others plain. The words and the count carry the meaning.
const FILLED: Partial<Record<BoardGroup, string>> = { overdue: 'red.8', due_today: 'orange.9' };

/** Each group with its count; a group's button moves the list to its first row. */
export function BoardSummary(props: {
  counts: Record<BoardGroup, number>;
  onJump: (group: BoardGroup) => void;
  /** The "Stay limit" group's count (domain.md §10): stays, not notices, so listed apart. */
  stayLimit?: number;
  onJumpStayLimit?: () => void;
}) {
  const { t } = useTranslation('notifications-ui');
  const td = t as unknown as DynamicT;
  // A joined desk's check-ins not yet on the host (issue 22): their notices are not on this
  // board until they arrive, and the count says so.
  const kept = useOutboxCount();
  return (
    <ul className={classes.summary} aria-label={t('board.summaryLabel')}>
      {BOARD_GROUPS.map((g) => {
        const n = props.counts[g];
        return (
          <li key={g}>
            <Button
              size="compact-sm"
              variant={n > 0 && FILLED[g] ? 'filled' : 'default'}
              color={n > 0 ? FILLED[g] : undefined}
              className={classes.summaryButton}
              data-empty={n === 0 || undefined}
              onClick={() => props.onJump(g)}
            >
              {td(GROUP_KEY[g])}: {n}
            </Button>
          </li>
        );
      })}
      {props.stayLimit !== undefined && (
        <li>
          <Button
            size="compact-sm"
            variant={props.stayLimit > 0 ? 'filled' : 'default'}
            color={props.stayLimit > 0 ? 'orange.9' : undefined}
            className={classes.summaryButton}
            data-empty={props.stayLimit === 0 || undefined}
            onClick={props.onJumpStayLimit}
          >
            {t('stayLimit.group')}: {props.stayLimit}
          </Button>
        </li>
      )}
      {kept && (
        <li>
          <Text size="sm" c="orange.9" fw={600} data-outbox-count>
            {kept}
          </Text>
        </li>
      )}
    </ul>
  );
}
