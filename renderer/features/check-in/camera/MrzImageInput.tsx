import { Alert, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraDialog } from './CameraDialog';
import { imageToBase64 } from './image-bytes';
import { useMrzImage, type ImageStatus, type OnImageRead } from './use-mrz-image';

interface Props {
  /** A zone whose check digits all hold was read from a picture; `doubtful` says what to check. */
  onRead: OnImageRead;
  /** A field the photo filled is still to be compared with the page (the form says which). */
  inDoubt: boolean;
}

const imageIn = (items: DataTransferItemList | undefined): File | null => {
  for (const item of items ?? []) {
    if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile();
  }
  return null;
};

function StatusLine({ status, inDoubt }: { status: ImageStatus; inDoubt: boolean }) {
  const { t } = useTranslation('camera');
  switch (status.kind) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('reading')}</Text>
        </Group>
      );
    case 'read': {
      const camera = status.source === 'camera';
      return (
        <Alert color={status.doubtful && inDoubt ? 'orange' : 'blue'} role="status" p="xs">
          {status.doubtful && inDoubt
            ? t(camera ? 'doubt.readFromCamera' : 'doubt.readFromImage')
            : t(camera ? 'readFromCamera' : 'readFromImage')}
        </Alert>
      );
    }
    case 'unreadable': {
      const fields = status.fields.map((field) => t(`field.${field}`)).join(', ');
      return (
        <Alert color="orange" role="alert" p="xs">
          {t('unreadable', { fields })}
        </Alert>
      );
    }
    case 'no_zone':
    case 'not_an_image':
    case 'failed':
      return (
        <Alert color="orange" role="alert" p="xs">
          {t(
            status.kind === 'no_zone' ? 'noZone' : status.kind === 'failed' ? 'failed' : 'notImage',
          )}
        </Alert>
      );
  }
}

/**
 * The other ways in for the zone when there is no passport reader: open a photo, drop one on
 * the box, paste one, or scan with the camera. Only a zone whose check digits all hold reaches
 * the form; otherwise the box says which field could not be read and the form keeps what was
 * typed. The picture goes to the core in memory and is dropped there (domain.md §7).
 */
export function MrzImageInput({ onRead, inDoubt }: Props) {
  const { t } = useTranslation('camera');
  const { status, read, setStatus } = useMrzImage(onRead);
  const [cameraOpen, setCameraOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const root = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    // A pasted picture belongs to the guest whose card has the focus (a family has several).
    const onPaste = (e: ClipboardEvent) => {
      const card = root.current?.parentElement;
      const active = document.activeElement;
      if (!card || (active !== document.body && !card.contains(active))) return;
      const file = imageIn(e.clipboardData?.items);
      if (!file) return;
      e.preventDefault();
      void read(imageToBase64(file));
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [read]);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(imageToBase64(file));
  };

  return (
    <Stack gap={6} ref={root}>
      <Paper
        withBorder
        p="xs"
        role="group"
        aria-label={t('dropZone')}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ borderStyle: 'dashed', borderWidth: dragging ? 2 : 1 }}
      >
        <Group gap="xs" wrap="wrap">
          <Button size="xs" variant="default" onClick={() => fileInput.current?.click()}>
            {t('openPhoto')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setCameraOpen(true)}>
            {t('scan')}
          </Button>
          <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 180 }}>
            {t('dropHint')} {t('notKept')}
          </Text>
        </Group>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          hidden
          aria-label={t('openPhoto')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void read(imageToBase64(file));
          }}
        />
      </Paper>
      <StatusLine status={status} inDoubt={inDoubt} />
      {cameraOpen && (
        <CameraDialog
          onClose={() => setCameraOpen(false)}
          onRead={(result, lines, doubtful) => {
            setCameraOpen(false);
            setStatus({ kind: 'read', doubtful: doubtful.length > 0, source: 'camera' });
            onRead(result, lines, doubtful);
          }}
        />
      )}
    </Stack>
  );
}
