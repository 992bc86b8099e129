import { describe, expect, it } from 'vitest';
import {
  BURST_GAP_MS,
  READER_MAX_MEDIAN_INTERVAL_MS,
  READER_MIN_KEYS,
  createKeystrokeTracker,
} from '../../../shared/documents/reader-detect';

const LINE = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';

// Feeds `text` then Enter, one key every `interval` ms from `start`; returns the last time.
function type(
  tracker: ReturnType<typeof createKeystrokeTracker>,
  text: string,
  interval: number | ((i: number) => number),
  start = 0,
  enter = true,
): number {
  let time = start;
  const keys = [...text, ...(enter ? ['Enter'] : [])];
  keys.forEach((key, i) => {
    if (i > 0) time += typeof interval === 'number' ? interval : interval(i);
    tracker.record(time, key);
  });
  return time;
}

describe('createKeystrokeTracker', () => {
  it('recognises a reader: a whole line a few milliseconds per key, then Enter', () => {
    const tracker = createKeystrokeTracker();
    const end = type(tracker, LINE, 4);
    type(tracker, LINE, 4, end + 6);
    expect(tracker.isReaderBurst()).toBe(true);
    expect(tracker.stats()).toMatchObject({ keys: 90, medianIntervalMs: 4, endedWithEnter: true });
  });

  it('recognises a person typing 60–300 ms apart as not a reader', () => {
    const tracker = createKeystrokeTracker();
    type(tracker, LINE, (i) => 60 + ((i * 37) % 240));
    expect(tracker.isReaderBurst()).toBe(false);
  });

  it('waits for Enter before calling it a reader', () => {
    const tracker = createKeystrokeTracker();
    type(tracker, LINE, 4, 0, false);
    expect(tracker.isReaderBurst()).toBe(false);
    tracker.record(200, 'Enter');
    expect(tracker.isReaderBurst()).toBe(true);
  });

  it('needs at least READER_MIN_KEYS keys', () => {
    const short = createKeystrokeTracker();
    type(short, 'A'.repeat(READER_MIN_KEYS - 2), 4); // plus Enter: one key short
    expect(short.isReaderBurst()).toBe(false);
    const enough = createKeystrokeTracker();
    type(enough, 'A'.repeat(READER_MIN_KEYS - 1), 4);
    expect(enough.isReaderBurst()).toBe(true);
  });

  it('draws the line at a median under READER_MAX_MEDIAN_INTERVAL_MS', () => {
    const fast = createKeystrokeTracker();
    type(fast, LINE, READER_MAX_MEDIAN_INTERVAL_MS - 1);
    expect(fast.isReaderBurst()).toBe(true);
    const slow = createKeystrokeTracker();
    type(slow, LINE, READER_MAX_MEDIAN_INTERVAL_MS);
    expect(slow.isReaderBurst()).toBe(false);
  });

  it('ignores the Shift presses a reader sends before every < and capital', () => {
    const tracker = createKeystrokeTracker();
    let time = 0;
    for (const key of [...LINE, 'Enter']) {
      tracker.record(time, 'Shift');
      tracker.record(time + 1, key);
      time += 8;
    }
    expect(tracker.stats()).toMatchObject({ keys: LINE.length + 1, medianIntervalMs: 8 });
    expect(tracker.isReaderBurst()).toBe(true);
  });

  it('forgets slow typing that came before a pause, then a scan', () => {
    const tracker = createKeystrokeTracker();
    const end = type(tracker, 'SEARCH', 150, 0, false);
    type(tracker, LINE, 4, end + BURST_GAP_MS + 1);
    expect(tracker.stats().keys).toBe(LINE.length + 1);
    expect(tracker.isReaderBurst()).toBe(true);
  });

  it('is not fooled by a few slow keys straight before a scan: the median holds', () => {
    const tracker = createKeystrokeTracker();
    const end = type(tracker, 'ABCDE', 200, 0, false);
    type(tracker, LINE, 4, end + 200);
    expect(tracker.isReaderBurst()).toBe(true);
  });

  it('starts over after reset', () => {
    const tracker = createKeystrokeTracker();
    type(tracker, LINE, 4);
    tracker.reset();
    expect(tracker.isReaderBurst()).toBe(false);
    expect(tracker.stats()).toEqual({ keys: 0, medianIntervalMs: null, endedWithEnter: false });
  });
});
