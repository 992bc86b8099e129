import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { KeyWarning } from '../../../shared/contract';
import { keyNoticeToken } from '../../../shared/keys/key-expiry';
import { useApiQuery } from '../../api/hooks';
import { useKeysText } from './use-keys-text';

const MEMORY_KEY = 'tirkeu.keyNotices';

function readDismissed(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(MEMORY_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const tokenOf = (w: KeyWarning) =>
  keyNoticeToken({
    key: { id: w.id, holder: w.holder, purpose: w.purpose, expiresOn: w.expiresOn },
    daysLeft: w.daysLeft,
    stage: w.stage,
  });

/**
 * The owner's notice that an EDS key expires within 30 days (issue 23), as the reminders
 * banner tells the desk of notices due: shown 30, 7 and 1 day before and on the day, each stage
 * once (hidden until the next stage, remembered on this computer), since a key takes days to
 * renew at the NCA RK.
 */
export function KeysNotice() {
  const { tk, warningLine } = useKeysText();
  const navigate = useNavigate();
  const location = useLocation();
  const status = useApiQuery('keys.status', {}, { refetchInterval: 60 * 60_000 });
  const [dismissed, setDismissed] = useState(readDismissed);
  const shown = (status.data?.warnings ?? []).filter((w) => {
    const token = tokenOf(w);
    return token !== null && !dismissed.includes(token);
  });
  // The keys' own screen shows them; the board has its own warning once a key no longer works.
  if (shown.length === 0 || location.pathname.startsWith('/settings/keys')) return null;
  const dismiss = () => {
    // Only this stage of these keys: the next stage warns again.
    const next = [...dismissed, ...shown.map((w) => tokenOf(w)!)].slice(-50);
    localStorage.setItem(MEMORY_KEY, JSON.stringify(next));
    setDismissed(next);
  };
  return (
    <Alert
      color={shown.some((w) => w.daysLeft <= 1) ? 'red' : 'orange'}
      variant="light"
      role="status"
      mb="sm"
      p="xs"
      title={tk('notice.title')}
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
      withCloseButton
      closeButtonLabel={tk('notice.dismiss')}
      onClose={dismiss}
    >
      <List size="sm" spacing={2}>
        {shown.map((w) => (
          <List.Item key={w.id}>{warningLine(w)}</List.Item>
        ))}
      </List>
      <Group gap="sm" mt={6} wrap="nowrap">
        <Text size="sm">{tk('renew')}</Text>
        <Button
          size="compact-sm"
          variant="default"
          style={{ flexShrink: 0 }}
          onClick={() => void navigate('/settings/keys')}
        >
          {tk('notice.open')}
        </Button>
      </Group>
    </Alert>
  );
}
