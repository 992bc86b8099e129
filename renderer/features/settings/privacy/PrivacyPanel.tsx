import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, RetentionPreview } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../i18n/format';
import { BackupsHold } from './BackupsHold';

/**
 * The retention period (off by default; Law No. 94-V, domain.md §7): saved, previewed (how many
 * guests, stays and notice PDFs, the oldest and newest stay end; who is kept because something is
 * still owed; until when backups keep the data), then purged on confirmation.
 */
export function PrivacyPanel() {
  const { t, i18n } = useTranslation('privacy');
  const lang = i18n.language as Language;
  const settings = useApiQuery('privacy.settings', {});
  const purge = useApiMutation('privacy.purge');
  const [preview, setPreview] = useState<RetentionPreview | null>(null);
  const [asked, setAsked] = useState(false);
  const saved = settings.data?.months ?? null;
  const previewQuery = useApiQuery(
    'privacy.preview',
    { months: saved ?? 1 },
    { enabled: false, gcTime: 0 },
  );

  const day = (d: string | null) => (d ? formatDate(d, lang) : '—');

  return (
    <Stack gap="sm" maw={760}>
      <Title order={2} size="h4">
        {t('retention.title')}
      </Title>
      <Text size="sm" c="dark.5">
        {t('retention.hint')}
      </Text>
      {settings.data && (
        // Keyed by the saved value: the form starts again from it after a save.
        <RetentionForm key={String(saved)} saved={saved} onSaved={() => setPreview(null)} />
      )}
      {settings.error && <ErrorAlert error={settings.error} />}

      {saved !== null && (
        <Group>
          <Button
            variant="default"
            loading={previewQuery.isFetching}
            onClick={() =>
              void previewQuery.refetch().then((r) => {
                purge.reset();
                setPreview(r.data ?? null);
              })
            }
          >
            {t('retention.preview')}
          </Button>
        </Group>
      )}
      {previewQuery.error && <ErrorAlert error={previewQuery.error} />}
      {preview && saved === preview.months && !purge.data && (
        <Stack gap="xs" component="section" aria-label={t('retention.preview_title')}>
          <Title order={3} size="h5">
            {t('retention.preview_title')}
          </Title>
          <Text size="sm">{t('retention.cutoff', { date: day(preview.cutoff) })}</Text>
          <Table w={420} fz="sm" verticalSpacing={4} aria-label={t('retention.preview_title')}>
            <Table.Tbody>
              {(
                [
                  ['guests', preview.guests],
                  ['stays', preview.stays],
                  ['proofs', preview.proofs],
                  ['oldest', day(preview.oldest)],
                  ['newest', day(preview.newest)],
                ] as const
              ).map(([k, v]) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row">{t(`retention.${k}`)}</Table.Th>
                  <Table.Td>{v}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {preview.kept.count > 0 && <KeptGuests kept={preview.kept} />}
          {preview.backupsExpiring > 0 && (
            <Text size="sm">{t('retention.backups_expiring', { n: preview.backupsExpiring })}</Text>
          )}
          {preview.guests > 0 && <BackupsHold holding={preview.backups} />}
          {preview.guests === 0 ? (
            <Text size="sm">{t('retention.nothing')}</Text>
          ) : (
            <Group>
              <Button color="red" onClick={() => setAsked(true)}>
                {t('retention.purge')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {purge.data && (
        <Alert color="teal" variant="light" role="status">
          {t('retention.purged', { ...purge.data })}
        </Alert>
      )}
      {purge.error && <ErrorAlert error={purge.error} />}
      <Modal opened={asked} onClose={() => setAsked(false)} title={t('retention.purge_title')}>
        {preview && (
          <Stack>
            <Text size="sm">{t('retention.purge_body', { ...preview })}</Text>
            <BackupsHold holding={preview.backups} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsked(false)} data-autofocus>
                {t('retention.cancel')}
              </Button>
              <Button
                color="red"
                loading={purge.isPending}
                onClick={() =>
                  purge.mutate(
                    { months: preview.months },
                    { onSettled: () => setAsked(false), onSuccess: () => setPreview(null) },
                  )
                }
              >
                {t('retention.purge_confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

/**
 * Guests past the cutoff whose data is kept because something is still owed (issue 19): named,
 * with the day their last stay ended and what is owed, so the desk can finish it.
 */
function KeptGuests({ kept }: { kept: RetentionPreview['kept'] }) {
  const { t, i18n } = useTranslation('privacy');
  const lang = i18n.language as Language;
  return (
    <Stack gap={4} component="section" aria-label={t('retention.kept_title')}>
      <Title order={3} size="h5">
        {t('retention.kept_title')}
      </Title>
      <Text size="sm" c="dark.5">
        {t('retention.kept_hint')}
      </Text>
      <Table fz="sm" verticalSpacing={4} aria-label={t('retention.kept_title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('retention.kept_guest')}</Table.Th>
            <Table.Th>{t('retention.kept_ended')}</Table.Th>
            <Table.Th>{t('retention.kept_reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kept.listed.map((k) => (
            <Table.Tr key={k.guestId}>
              <Table.Td>{`${k.surname} ${k.givenNames}`.trim()}</Table.Td>
              <Table.Td>{formatDate(k.ended, lang)}</Table.Td>
              <Table.Td>{k.reasons.map((r) => t(`owed.${r}`)).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {kept.count > kept.listed.length && (
        <Text size="sm">{t('retention.kept_more', { n: kept.count - kept.listed.length })}</Text>
      )}
    </Stack>
  );
}

function RetentionForm({ saved, onSaved }: { saved: number | null; onSaved: () => void }) {
  const { t } = useTranslation('privacy');
  const save = useApiMutation('privacy.setRetention');
  const [enabled, setEnabled] = useState(saved !== null);
  const [months, setMonths] = useState<number>(saved ?? 36);
  const dirty = (enabled ? months : null) !== saved;
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ months: enabled ? months : null }, { onSuccess: onSaved });
        }}
      >
        <Stack gap="xs">
          <Checkbox
            label={t('retention.enabled')}
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />
          <NumberInput
            label={t('retention.months')}
            value={months}
            onChange={(v) => setMonths(typeof v === 'number' ? v : Number(v) || 1)}
            min={1}
            max={600}
            w={320}
            disabled={!enabled}
            allowDecimal={false}
          />
          <Group>
            <Button type="submit" disabled={!dirty} loading={save.isPending}>
              {t('retention.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Text size="sm" role="status">
        {saved === null ? t('retention.off') : t('retention.current', { months: saved })}
      </Text>
      {save.error && <ErrorAlert error={save.error} />}
    </>
  );
}
