import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

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

/** A lifecycle action's dialog: its fields, then confirm or cancel; Enter confirms. */
export function ActionDialog(props: Props) {
  const { t } = useTranslation();
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
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {props.children}
          {general && <ErrorAlert error={props.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('action.cancel')}
            </Button>
            <Button
              type="submit"
              color={props.danger ? 'red.8' : undefined}
              loading={props.pending}
            >
              {props.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
