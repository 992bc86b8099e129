import { Alert, Anchor, List, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { useHasRole } from '../auth/use-session';
import { useKeysText } from './use-keys-text';

/**
 * The board's warning from the day an EDS key stops working (issue 23): without one nobody can
 * sign in to e-Qonaq or sign a notice on VMP, while the three working days run on (domain.md §5).
 * Which key, and what to do: the owner renews it at the NCA RK; the desk tells the owner.
 */
export function KeysBoardWarning() {
  const { tk, warningLine } = useKeysText();
  const owner = useHasRole(['owner']);
  const titleId = useId();
  const status = useApiQuery('keys.status', {}, { refetchInterval: 60_000 });
  const dead = (status.data?.warnings ?? []).filter((w) => w.daysLeft <= 0);
  if (dead.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      aria-labelledby={titleId}
      mb="sm"
      title={<span id={titleId}>{tk('board.title')}</span>}
      styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
    >
      <List size="sm" spacing={2} mb={4}>
        {dead.map((w) => (
          <List.Item key={w.id} fw={600}>
            {warningLine(w)}
          </List.Item>
        ))}
      </List>
      <Text size="sm">{tk('board.why')}</Text>
      <Text size="sm" mt={2}>
        {tk(owner ? 'board.owner' : 'board.staff')}{' '}
        {owner && (
          <Anchor component={Link} to="/settings/keys" size="sm">
            {tk('notice.open')}
          </Anchor>
        )}
      </Text>
    </Alert>
  );
}
