import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDialogOpen } from './dialog-open';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  confirm: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: () => void;
  size?: string | number;
  children: ReactNode;
}

// The dialog opens on its first field, not on its close button (Mantine's focus trap takes the
// element marked data-autofocus).
const markFirstField = (form: HTMLFormElement | null) => {
  form
    ?.querySelector('input:not([type=hidden]):not([disabled]), textarea, select')
    ?.setAttribute('data-autofocus', 'true');
};

/** A lifecycle action's dialog: its fields, then confirm or cancel; Enter confirms. */
export function ActionDialog(props: Props) {
  const { t } = useTranslation();
  useDialogOpen(props.opened);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!props.pending) props.onSubmit();
  };
  // Field issues are shown on their fields; anything else here.
  const general =
    !!props.error && !(props.error instanceof ApiError && props.error.error.issues?.length);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 'md'}
      styles={{ title: { fontWeight: 600 } }}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form onSubmit={submit} noValidate ref={markFirstField}>
        <Stack gap="sm">
          {props.children}
          {general && <ErrorAlert error={props.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" color={props.danger ? 'red' : undefined} loading={props.pending}>
              {props.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
