import { Checkbox, FileInput, Radio, Group, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  CERT_MAX_BYTES,
  KEY_PURPOSES,
  type CertificateFacts,
  type EdsKeyView,
  type FieldIssue,
  type KeyPurpose,
} from '../../../../shared/contract';
import { ApiError, call } from '../../../api/client';
import { uploadFile } from '../../../api/files';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useIssues } from '../../check-in/use-issues';
import { useKeysText } from '../../keys/use-keys-text';
import { maskDayText, parseDayText } from '../calendar/calendar-text';

const dayText = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * Adds or edits a key. A picked certificate is handed to the core at once and read there (a
 * private key is refused before anything is kept); its expiry then fills the field, which the
 * certificate alone decides from then on.
 */
export function KeyDialog({
  editing,
  onClose,
}: {
  editing: EdsKeyView | null;
  onClose: () => void;
}) {
  const { tk, date } = useKeysText();
  const client = useQueryClient();
  const [holder, setHolder] = useState(editing?.holder ?? '');
  const [purpose, setPurpose] = useState<KeyPurpose>(editing?.purpose ?? 'auth');
  const [expires, setExpires] = useState(editing ? dayText(editing.expiresOn) : '');
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<{ fileId: string; facts: CertificateFacts } | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<unknown>(null);
  const [removeCert, setRemoveCert] = useState(false);
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const issues = useIssues(local, error);
  const keptCert = editing?.certificate && !removeCert && !picked ? editing.certificate : null;
  const fromCert = picked !== null || keptCert !== null;
  const fieldless =
    error instanceof ApiError && (error.error.issues?.length ?? 0) > 0 ? undefined : error;

  const pick = async (f: File | null) => {
    setFile(f);
    setPicked(null);
    setFileError(null);
    setError(null);
    if (!f) return;
    // Refused before it travels: the core would refuse it too (files/certificate.ts).
    if (f.size > CERT_MAX_BYTES) {
      setFileError(
        new ApiError({
          code: 'file.certificate_too_large',
          params: { max: CERT_MAX_BYTES / 1024 },
        }),
      );
      return;
    }
    setReading(true);
    try {
      const ref = await uploadFile(f);
      const facts = await call('keys.readCertificate', { fileId: ref.fileId });
      setPicked({ fileId: ref.fileId, facts });
      setExpires(dayText(facts.expiresOn));
      if (facts.holder && !holder.trim()) setHolder(facts.holder);
      if (facts.purpose) setPurpose(facts.purpose);
    } catch (err) {
      setFileError(err);
    } finally {
      setReading(false);
    }
  };

  const submit = async () => {
    const mine: FieldIssue[] = [];
    if (!holder.trim()) mine.push({ field: 'holder', code: 'required' });
    const iso = parseDayText(expires);
    if (!fromCert && !iso) {
      mine.push({ field: 'expiresOn', code: expires ? 'date.invalid' : 'required' });
    }
    setLocal(mine);
    setError(null);
    if (mine.length > 0 || fileError || reading) return;
    setPending(true);
    const fields = {
      holder,
      purpose,
      ...(iso ? { expiresOn: iso } : {}),
      ...(picked ? { fileId: picked.fileId } : {}),
    };
    try {
      if (editing)
        await call('keys.update', { id: editing.id, ...fields, removeCertificate: removeCert });
      else await call('keys.add', fields);
      await client.invalidateQueries();
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <FormDialog
      title={tk(editing ? 'form.editTitle' : 'form.addTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      pending={pending || reading}
      error={fieldless}
    >
      <FileInput
        label={tk('form.certificate')}
        description={tk('form.certificateHint')}
        accept=".cer,.crt,.pem,.der,application/pkix-cert,application/x-x509-ca-cert"
        value={file}
        onChange={(f) => void pick(f)}
        clearable
        clearButtonProps={{ 'aria-label': tk('form.clearCertificate') }}
        data-autofocus
      />
      {reading && (
        <Text size="sm" role="status">
          {tk('form.reading')}
        </Text>
      )}
      {!!fileError && <ErrorAlert error={fileError} />}
      {picked && (
        <Text size="sm" role="status" c="teal.9" fw={500}>
          {tk('form.read', {
            holder: picked.facts.holder ?? '—',
            date: date(picked.facts.expiresOn),
          })}
        </Text>
      )}
      {editing?.certificate && !picked && (
        <>
          {!removeCert && (
            <Text size="sm">{tk('form.kept', { serial: editing.certificate.serial })}</Text>
          )}
          <Checkbox
            label={tk('form.removeCertificate')}
            checked={removeCert}
            onChange={(e) => setRemoveCert(e.currentTarget.checked)}
          />
        </>
      )}
      <TextInput
        label={tk('form.holder')}
        description={tk('form.holderHint')}
        required
        value={holder}
        onChange={(e) => setHolder(e.currentTarget.value)}
        error={issues.error('holder')}
        maxLength={200}
      />
      <Radio.Group
        label={tk('form.purpose')}
        value={purpose}
        onChange={(v) => setPurpose(v as KeyPurpose)}
      >
        <Group gap="lg" mt={6}>
          {KEY_PURPOSES.map((p) => (
            <Radio key={p} value={p} label={tk(`purpose.${p}`)} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={tk('form.expiresOn')}
        description={fromCert ? tk('form.fromCertificate') : tk('form.expiresHint')}
        placeholder={tk('form.expiresHint')}
        required={!fromCert}
        readOnly={fromCert}
        value={
          picked
            ? dayText(picked.facts.expiresOn)
            : keptCert
              ? dayText(editing!.expiresOn)
              : expires
        }
        onChange={(e) => setExpires(maskDayText(e.currentTarget.value))}
        error={issues.error('expiresOn')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
      />
    </FormDialog>
  );
}
