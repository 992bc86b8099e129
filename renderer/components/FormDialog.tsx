import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * A small form in a dialog: its fields, the error no field took, Cancel and a submit button
 * (Save unless named). Enter in a field submits; Escape and the labelled close button cancel.
 */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  pending,
  error,
  submitLabel,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  pending: boolean;
  /** Shown under the fields: a failure none of them shows (leave it out when one does). */
  error?: unknown;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel ?? t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
