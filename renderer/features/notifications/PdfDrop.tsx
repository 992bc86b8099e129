import { Group, Loader, Text } from '@mantine/core';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './notifications.module.css';

interface Props {
  /** The button's words, e.g. "Attach the notice PDF". */
  label: string;
  busy: boolean;
  onFile: (file: File) => void;
  /** Filed on paper: a scan or a photo of the stamped copy is taken too (PNG, JPEG, WebP). */
  scans?: boolean;
}

const isPdf = (f: File) => f.type === 'application/pdf' || /\.pdf$/i.test(f.name);
const isScan = (f: File) =>
  isPdf(f) || /^image\/(png|jpeg|webp)$/.test(f.type) || /\.(png|jpe?g|webp)$/i.test(f.name);

/** A file button and a drop area for the portal's notice PDF. */
export function PdfDrop({ label, busy, onFile, scans = false }: Props) {
  const { t } = useTranslation('notifications-ui');
  const inputId = useId();
  const [over, setOver] = useState(false);
  const [notPdf, setNotPdf] = useState<string | null>(null);

  const take = (file: File | undefined) => {
    if (!file) return;
    if (!(scans ? isScan(file) : isPdf(file))) {
      setNotPdf(file.name);
      return;
    }
    setNotPdf(null);
    onFile(file);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={classes.drop}
      data-over={over || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {/* The file input itself is the control (Enter or Space opens the file dialog, as in any
          browser); its label is what shows, drawn as a button. */}
      <Group gap="sm" wrap="nowrap">
        <input
          id={inputId}
          type="file"
          accept={
            scans ? 'application/pdf,.pdf,image/png,image/jpeg,image/webp' : 'application/pdf,.pdf'
          }
          className={classes.fileInput}
          disabled={busy}
          onChange={(e) => {
            take(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <label htmlFor={inputId} className={classes.fileButton} data-busy={busy || undefined}>
          {busy && <Loader size={14} mr={8} aria-hidden="true" />}
          {label}
        </label>
        <Text size="xs" c="dark.5">
          {t(scans ? 'proof.dropHintScan' : 'proof.dropHint')}
        </Text>
      </Group>
      {notPdf && (
        <Text size="sm" c="red.9" role="alert" mt={4}>
          {t(scans ? 'proof.notScan' : 'proof.notPdf', { name: notPdf })}
        </Text>
      )}
    </div>
  );
}
