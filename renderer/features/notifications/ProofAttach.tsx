import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachProofResult, FileRef, Language, ProofView } from '../../../shared/contract';
import { call } from '../../api/client';
import { openFile, uploadFile } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';
import { kzMoment } from '../../components/deadline';
import { PdfDrop } from './PdfDrop';

type Mismatch = Extract<AttachProofResult, { attached: false }>;

/**
 * Attach the notice PDF the portal produced. The core reads its text; a PDF that does not name
 * the guest is held back until someone confirms it is the right one anyway.
 */
export function ProofAttach({
  notificationId,
  paper = false,
}: {
  notificationId: number;
  /** Filed on paper: the proof is a scan or photo of the stamped copy (domain.md §10). */
  paper?: boolean;
}) {
  const { t } = useTranslation(['notifications-ui', 'notifications', 'common']);
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<{ file: FileRef; mismatch: Mismatch } | null>(null);

  const attach = async (file: FileRef, confirmMismatch: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('notifications.attachProof', {
        notificationId,
        fileId: file.fileId,
        confirmMismatch,
      });
      if (result.attached) {
        setPending(null);
        await client.invalidateQueries();
      } else setPending({ file, mismatch: result });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const ref = await uploadFile(file);
      await attach(ref, false);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const m = pending?.mismatch;
  return (
    <>
      <PdfDrop
        label={t(paper ? 'proof.attachScan' : 'proof.attach')}
        busy={busy}
        scans={paper}
        onFile={(f) => void onFile(f)}
      />
      {!!error && <ErrorAlert error={error} />}
      <Modal
        opened={!!pending}
        onClose={() => setPending(null)}
        title={t('proof.mismatchTitle')}
        closeButtonProps={{ 'aria-label': t('common:action.close') }}
        styles={{ title: { fontWeight: 600 } }}
      >
        {m && pending && (
          <Stack gap="sm">
            <Alert color="red" variant="light" role="alert">
              {m.noText
                ? t('notifications:proof.no_text', { expected: m.expected })
                : m.found
                  ? t('notifications:proof.mismatch', { found: m.found, expected: m.expected })
                  : t('notifications:proof.not_named', { expected: m.expected })}
            </Alert>
            <Text size="sm">{t('proof.mismatchHint', { name: pending.file.name })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPending(null)} data-autofocus>
                {t('proof.keepOut')}
              </Button>
              <Button color="red.8" loading={busy} onClick={() => void attach(pending.file, true)}>
                {t('proof.attachAnyway')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

/** The attached PDF: whether it names the guest, its fingerprint, a button to open it. */
export function ProofLine({ proof, paper = false }: { proof: ProofView; paper?: boolean }) {
  const { t, i18n } = useTranslation('notifications-ui');
  const lang = i18n.language as Language;
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setError(null);
    try {
      const ref = await call('notifications.proofFile', { proofId: proof.id });
      await openFile(ref);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
          {t(paper ? 'proof.attachedScan' : 'proof.attached', {
            name: proof.name,
            at: kzMoment(proof.attachedAt, lang),
          })}
          {!paper && ' · '}
          {!paper && (proof.matched ? t('proof.matched') : t('proof.confirmedMismatch'))}
        </Text>
        <Button size="xs" variant="default" onClick={() => void open()}>
          {t(paper ? 'proof.openScan' : 'proof.open')}
        </Button>
      </Group>
      <Text size="xs" c="dark.5" ff="monospace" title={proof.sha256}>
        SHA-256 {proof.sha256.slice(0, 16)}…
      </Text>
      {!!error && <ErrorAlert error={error} />}
    </Stack>
  );
}
