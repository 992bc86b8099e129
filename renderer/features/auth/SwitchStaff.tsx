import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeSecret } from './ChangeSecret';
import { switchStaff } from './session-store';
import { hasUnsavedWork } from './unsaved-work';
import { useSession } from './use-session';

export const SWITCH_STAFF_KEYS = ['Ctrl', 'Shift', 'L'] as const;

/**
 * The top bar's "who is signed in", "Change PIN" and "Switch staff" (also Ctrl+Shift+L): back to
 * the sign-in screen at shift change, after a warning when a check-in form holds unsaved entries.
 */
export function SwitchStaff() {
  const { t } = useTranslation('auth');
  const { staff } = useSession();
  const [warn, setWarn] = useState(false);
  const request = useCallback(() => {
    if (hasUnsavedWork()) setWarn(true);
    else void switchStaff();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        request();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [request]);
  return (
    <Group gap="xs" wrap="nowrap">
      {/* Never cut (a role read "…Адм…" at 1366 px): the hotel's name on the left gives way. */}
      <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-signed-in>
        {t('shell.signedInAs', { name: staff.name, role: t(`role.${staff.role}`) })}
      </Text>
      <ChangeSecret />
      <Button size="compact-sm" variant="default" onClick={request}>
        {t('shell.switch')}
      </Button>
      <Modal opened={warn} onClose={() => setWarn(false)} title={t('shell.unsavedTitle')}>
        <Text size="sm">{t('shell.unsaved')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setWarn(false)} data-autofocus>
            {t('shell.stay')}
          </Button>
          <Button color="red" onClick={() => void switchStaff()}>
            {t('shell.switchAnyway')}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
