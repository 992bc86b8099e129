import { Alert, Button, Group, List, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, StayDetail } from '../../../shared/contract';
import { ApiError } from '../../api/client';
import { downloadFile } from '../../api/files';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { kzMoment } from '../../components/deadline';
import { useErrorText } from '../../components/use-error-text';
import { formatDate } from '../../i18n/format';
import { BackupsHold } from '../settings/privacy/BackupsHold';
import { useActorName } from '../../i18n/actor-name';

/**
 * The consent recorded at check-in (the words the desk confirmed, when, by whom) and the
 * guest's data on request: an export (JSON and PDF) and an erasure (Law No. 94-V, domain.md §7).
 */
export function StayPrivacy({ detail }: { detail: StayDetail }) {
  const { t, i18n } = useTranslation(['privacy', 'stays', 'common']);
  const actor = useActorName();
  const lang = i18n.language as Language;
  const info = useApiQuery('privacy.stay', { stayId: detail.stayId });
  const exporting = useApiMutation('guests.exportData');
  const [erasing, setErasing] = useState(false);
  const erased = info.data?.erasedAt ?? null;
  // The words as the guest saw them at check-in, in that language (domain.md §7: consent).
  const shownIn = info.data?.consentLanguage ?? null;
  const words = i18n.getFixedT(shownIn ?? lang, 'stays');

  return (
    <Stack gap="xs">
      {erased ? (
        <Text size="sm" role="status">
          {t('consent.erased', { at: kzMoment(erased, lang) })}
        </Text>
      ) : (
        <>
          <Text size="sm" fs="italic" lang={shownIn ?? lang}>
            «{words('field.consent')}». {words('field.consentHint')}
          </Text>
          {shownIn && (
            <Text size="xs" c="dark.5">
              {t('consent.shown_in', { language: t(`common:language.${shownIn}`) })}
            </Text>
          )}
          <Text size="sm" c="dark.5">
            {!detail.consentAt
              ? t('consent.none')
              : info.data?.consentBy
                ? t('consent.given', {
                    at: kzMoment(detail.consentAt, lang),
                    name: actor(info.data.consentBy),
                  })
                : t('consent.given_at', { at: kzMoment(detail.consentAt, lang) })}
          </Text>
        </>
      )}
      <Group gap="xs" role="group" aria-label={t('guest.title')}>
        <Button
          size="xs"
          variant="default"
          loading={exporting.isPending}
          onClick={() => exporting.mutate({ guestId: detail.guestId, language: lang })}
        >
          {t('guest.export')}
        </Button>
        {/* A guest staying now is still owed to the migration police: erased after check-out. */}
        {!erased && detail.status !== 'in_house' && detail.status !== 'absent' && (
          <Button size="xs" variant="default" color="red" onClick={() => setErasing(true)}>
            {t('guest.erase')}
          </Button>
        )}
      </Group>
      {exporting.data && (
        <Group gap="xs" role="status">
          <Text size="sm">{t('guest.exported')}</Text>
          <Button size="xs" variant="light" onClick={() => void downloadFile(exporting.data.json)}>
            {t('guest.json')}
          </Button>
          <Button size="xs" variant="light" onClick={() => void downloadFile(exporting.data.pdf)}>
            {t('guest.pdf')}
          </Button>
        </Group>
      )}
      {exporting.error && <ErrorAlert error={exporting.error} />}
      {erasing && (
        <EraseDialog
          guestId={detail.guestId}
          surname={detail.person.surname}
          onClose={() => setErasing(false)}
        />
      )}
    </Stack>
  );
}

function EraseDialog({
  guestId,
  surname,
  onClose,
}: {
  guestId: number;
  surname: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('privacy');
  const lang = i18n.language as Language;
  const { issueText } = useErrorText();
  const erase = useApiMutation('guests.erase');
  // What would be left owed, and until when backups keep the guest (issue 19).
  const plan = useApiQuery('guests.erasePlan', { guestId }, { gcTime: 0 });
  const owed = plan.data?.owed ?? [];
  const [confirm, setConfirm] = useState('');
  const [reason, setReason] = useState('');
  // With something still owed, the owner is asked a second time before anything is erased.
  const [askedAgain, setAskedAgain] = useState(false);
  const issues = erase.error instanceof ApiError ? (erase.error.error.issues ?? []) : [];
  const issueOf = (field: string) => {
    const i = issues.find((x) => x.field === field);
    return i ? issueText(i) : undefined;
  };
  const typed = confirm.trim().toUpperCase() === surname.trim().toUpperCase();

  return (
    <Modal opened onClose={onClose} title={t('guest.erase_title')}>
      {erase.isSuccess ? (
        <Stack>
          <Alert color="teal" variant="light" role="status">
            {t('guest.erased')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('guest.cancel')}</Button>
          </Group>
        </Stack>
      ) : askedAgain ? (
        <Stack>
          <Alert color="red" variant="light" role="alert">
            {t('guest.owed_again')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAskedAgain(false)} data-autofocus>
              {t('guest.back')}
            </Button>
            <Button
              color="red"
              loading={erase.isPending}
              onClick={() =>
                // A refusal (a surname no longer matching…) is shown on the form, by its field.
                erase.mutate(
                  { guestId, confirm, reason, owedConfirmed: true },
                  { onError: () => setAskedAgain(false) },
                )
              }
            >
              {t('guest.erase_anyway')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            // The server refuses too (owedConfirmed) when something became owed since the plan.
            if (owed.length || issueOf('owedConfirmed')) setAskedAgain(true);
            else erase.mutate({ guestId, confirm, reason });
          }}
        >
          <Stack>
            <Text size="sm">{t('guest.erase_body')}</Text>
            {owed.length > 0 && (
              <Alert color="orange" variant="light" title={t('guest.owed_title')}>
                <Text size="sm">{t('guest.owed_body')}</Text>
                <List size="sm">
                  {owed.map((o) => (
                    <List.Item key={o.notificationId}>
                      {o.dueDate
                        ? t('guest.owed_due', {
                            reason: t(`owed.${o.reason}`),
                            date: formatDate(o.dueDate, lang),
                          })
                        : t(`owed.${o.reason}`)}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {plan.data && <BackupsHold holding={plan.data.backups} />}
            {plan.error && <ErrorAlert error={plan.error} />}
            <TextInput
              label={t('guest.confirm_label', { surname })}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={issueOf('confirm')}
              autoComplete="off"
              data-autofocus
            />
            <Textarea
              label={t('guest.reason')}
              description={t('guest.reason_hint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={issueOf('reason')}
              autosize
              minRows={2}
            />
            {(issueOf('guestId') ?? issueOf('owedConfirmed')) && (
              <Alert color="red" variant="light" role="alert">
                {issueOf('guestId') ?? issueOf('owedConfirmed')}
              </Alert>
            )}
            {erase.error && issues.length === 0 && <ErrorAlert error={erase.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('guest.cancel')}
              </Button>
              <Button
                type="submit"
                color="red"
                disabled={!typed || !reason.trim() || !plan.data}
                loading={erase.isPending}
              >
                {t('guest.erase_confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
