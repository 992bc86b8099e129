import { Alert, Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canvasToBase64 } from './image-bytes';
import { readImage, type OnImageRead } from './use-mrz-image';

interface Props {
  onClose: () => void;
  onRead: OnImageRead;
}

type CameraState = 'starting' | 'live' | 'denied' | 'missing';

// A frame is sent as soon as the previous one has been read, and no sooner than this.
const FRAME_GAP_MS = 600;

/**
 * The live picture with a frame to hold the page in. Frames go to the core one after another
 * and the first whose zone's check digits all hold is taken; nothing else is kept. The camera is
 * asked for only when this dialog opens, on the desk's click, and released when it closes.
 */
export function CameraDialog({ onClose, onRead }: Props) {
  const { t } = useTranslation('camera');
  const video = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>(() =>
    navigator.mediaDevices ? 'starting' : 'missing',
  );
  const done = useRef(onRead);
  useEffect(() => {
    done.current = onRead;
  }, [onRead]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: number | undefined;
    const grab = async () => {
      const el = video.current;
      if (stopped || !el || el.videoWidth === 0) {
        if (!stopped) timer = window.setTimeout(() => void grab(), FRAME_GAP_MS);
        return;
      }
      const canvas = document.createElement('canvas');
      canvas.width = el.videoWidth;
      canvas.height = el.videoHeight;
      canvas.getContext('2d')?.drawImage(el, 0, 0);
      const outcome = await readImage(canvasToBase64(canvas));
      if (stopped) return;
      if (outcome.kind === 'valid') done.current(outcome.result, outcome.lines, outcome.doubtful);
      else timer = window.setTimeout(() => void grab(), FRAME_GAP_MS);
    };
    // Absent outside a secure context or on a machine without media support: 'missing' already.
    if (!navigator.mediaDevices) return;
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        setState('live');
        void grab();
      })
      .catch((err: unknown) => {
        const name = err instanceof DOMException ? err.name : '';
        setState(
          name === 'NotFoundError' || name === 'OverconstrainedError' ? 'missing' : 'denied',
        );
      });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <Modal opened onClose={onClose} title={t('dialogTitle')} size="xl" centered>
      <Stack gap="sm">
        {state === 'denied' || state === 'missing' ? (
          <Alert color="orange" role="alert">
            {t(state === 'denied' ? 'cameraDenied' : 'cameraMissing')}
          </Alert>
        ) : (
          <>
            <Text size="sm" role="status">
              {state === 'starting' ? t('starting') : t('holdPage')}
            </Text>
            <Box pos="relative" bg="dark.9" style={{ borderRadius: 4, overflow: 'hidden' }}>
              <video
                ref={video}
                muted
                playsInline
                aria-label={t('dialogTitle')}
                style={{ display: 'block', width: '100%' }}
              />
              {/* The page of a passport (125 × 88 mm) in the middle, the zone at its foot. */}
              <Box
                aria-hidden
                pos="absolute"
                style={{
                  left: '12%',
                  right: '12%',
                  top: '50%',
                  aspectRatio: '125 / 88',
                  transform: 'translateY(-50%)',
                  border: '3px solid rgba(255,255,255,0.9)',
                  borderRadius: 8,
                  boxShadow: '0 0 0 100vmax rgba(0,0,0,0.35)',
                }}
              />
            </Box>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
