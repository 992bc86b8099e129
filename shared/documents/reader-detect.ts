// Tells a passport reader that "types" the MRZ (a USB keyboard wedge, domain.md §9) from a person
// at the keyboard, from key timestamps alone. Readers emit a whole line within a few
// milliseconds per key and finish with Enter; even a fast typist leaves 60–300 ms between keys.

/** A reader's keys come well under this apart; people cannot sustain it over a line. */
export const READER_MAX_MEDIAN_INTERVAL_MS = 30;

/** The shortest MRZ line is 30 characters: fewer fast keys may be a person's lucky burst. */
export const READER_MIN_KEYS = 20;

/** A pause this long means a new input began: what came before does not count. */
export const BURST_GAP_MS = 1000;

// Modifier keys arrive as key events of their own (a reader presses Shift for every `<` and
// capital letter) but produce no character, so they would halve the measured interval.
const IGNORED_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

export interface KeystrokeStats {
  keys: number;
  medianIntervalMs: number | null;
  endedWithEnter: boolean;
}

export interface KeystrokeTracker {
  /** A keydown: `timeMs` from the event (monotonic), `key` as KeyboardEvent.key. */
  record(timeMs: number, key: string): void;
  /** The keys since the last pause came in a reader's rhythm and ended with Enter. */
  isReaderBurst(): boolean;
  stats(): KeystrokeStats;
  reset(): void;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function createKeystrokeTracker(): KeystrokeTracker {
  let times: number[] = [];
  let lastKey: string | null = null;

  const stats = (): KeystrokeStats => {
    const intervals = times.slice(1).map((time, i) => time - times[i]!);
    return {
      keys: times.length,
      medianIntervalMs: median(intervals),
      endedWithEnter: lastKey === 'Enter',
    };
  };

  return {
    record(timeMs, key) {
      if (IGNORED_KEYS.has(key)) return;
      if (key !== 'Enter' && [...key].length !== 1) return; // arrows, Tab, F-keys: not typing
      const previous = times.at(-1);
      // A long pause, or a clock that went back, starts a new burst.
      if (previous !== undefined && (timeMs - previous > BURST_GAP_MS || timeMs < previous)) {
        times = [];
      }
      times.push(timeMs);
      lastKey = key;
    },
    isReaderBurst() {
      const { keys, medianIntervalMs, endedWithEnter } = stats();
      return (
        endedWithEnter &&
        keys >= READER_MIN_KEYS &&
        medianIntervalMs !== null &&
        medianIntervalMs < READER_MAX_MEDIAN_INTERVAL_MS
      );
    },
    stats,
    reset() {
      times = [];
      lastKey = null;
    },
  };
}
