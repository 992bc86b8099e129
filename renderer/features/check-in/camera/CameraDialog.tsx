import { Alert, Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readMrz, type MrzDoubt, type MrzResult } from '../../../../shared/documents/mrz';
import { voteFrames } from '../../../../shared/documents/mrz-frames';
import { findDoubts, glyphLines } from '../../../../shared/documents/mrz-ocr';
import { canvasToBase64 } from './image-bytes';
import { readImage, type OnImageRead } from './use-mrz-image';

interface Props {
  onClose: () => void;
  onRead: OnImageRead;
}

type CameraState = 'starting' | 'live' | 'denied' | 'missing';

// A frame is sent as soon as the previous one has been read, and no sooner than this.
const FRAME_GAP_MS = 600;
// The latest frames' readings voted on per character, and how many must agree on the shape.
const VOTE_FRAMES = 5;
const VOTE_MIN = 3;

interface Reading {
  result: MrzResult;
  lines: string[];
  doubtful: MrzDoubt[];
}

/**
 * What the latest frames say together: their per-character vote, when its check digits hold.
 * Its doubts are the twins' own (findDoubts over the frames' lines), without the core's OCR-B
 * second opinion, so a vote never settles a twin the frames did not settle one by one.
 */
function voted(frames: string[][]): Reading | null {
  const lines = voteFrames(frames, VOTE_MIN);
  if (!lines) return null;
  const result = readMrz(lines);
  if (!result.valid || result.format === null) return null;
  const format = result.format;
  const seen = frames
    .filter((each) => each.length === lines.length && each[0]?.length === lines[0]?.length)
    .map((each) => ({ format, lines: glyphLines(each.join('\n')) }));
  return { result, lines, doubtful: findDoubts(format, lines, seen) };
}

/**
 * The live picture with a frame to hold the page in. Frames go to the core one after another
 * (a frame taken while the page moved is refused there before recognition); the first whose
 * zone's check digits all hold with no field in doubt is taken by itself, or the per-character
 * vote of the latest frames when it holds with none in doubt. A reading that holds but has a
 * field in doubt is offered ("Take this reading") while the camera keeps looking; taken, the
 * form marks the characters to check. Only the readings' text is kept, never a frame. The camera
 * is asked for only when this dialog opens, on the desk's click, and released when it closes.
 */
export function CameraDialog({ onClose, onRead }: Props) {
  const { t } = useTranslation('camera');
  const video = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>(() =>
    navigator.mediaDevices ? 'starting' : 'missing',
  );
  const [hint, setHint] = useState<'hold' | 'still'>('hold');
  const [offer, setOffer] = useState<Reading | null>(null);
  const done = useRef(onRead);
  useEffect(() => {
    done.current = onRead;
  }, [onRead]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: number | undefined;
    let frames: string[][] = [];
    // Per frame in `frames`: whether it held with a field in doubt.
    let doubted: boolean[] = [];
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
      const outcome = await readImage(canvasToBase64(canvas), true);
      if (stopped) return;
      if (outcome.kind === 'valid' && outcome.doubtful.length === 0) {
        done.current(outcome.result, outcome.lines, outcome.doubtful);
        return;
      }
      setHint(outcome.kind === 'blurred' ? 'still' : 'hold');
      if (outcome.kind === 'valid' || outcome.kind === 'unreadable') {
        frames = [...frames, outcome.lines].slice(-VOTE_FRAMES);
        doubted = [...doubted, outcome.kind === 'valid'].slice(-VOTE_FRAMES);
      }
      const vote = voted(frames);
      // A frame the core found in doubt (its two recognisers disagreeing, say) keeps the vote
      // from being taken by itself: the vote cannot know what the core knew.
      if (vote && vote.doubtful.length === 0 && !doubted.includes(true)) {
        done.current(vote.result, vote.lines, vote.doubtful);
        return;
      }
      if (outcome.kind === 'valid') setOffer(outcome);
      else if (vote) setOffer(vote);
      timer = window.setTimeout(() => void grab(), FRAME_GAP_MS);
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
              {state === 'starting'
                ? t('starting')
                : t(hint === 'still' ? 'holdStill' : 'holdPage')}
            </Text>
            {offer && (
              <Alert color="orange" p="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">{t('doubtOffer')}</Text>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onRead(offer.result, offer.lines, offer.doubtful)}
                  >
                    {t('takeReading')}
                  </Button>
                </Group>
              </Alert>
            )}
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
