import { Textarea } from '@mantine/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MrzResult } from '../../../shared/documents/mrz';
import { createKeystrokeTracker } from '../../../shared/documents/reader-detect';
import { swallowTrailingEnter } from './form-keys';
import { readMrzText } from './mrz-apply';

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** A whole zone was taken in; `byReader` when it came at a passport reader's speed. */
  onRead: (result: MrzResult, byReader: boolean) => void;
  /** The zone could not be read (shown on this field). */
  onUnreadable: (result: MrzResult) => void;
  /** Enter in an empty field: the desk types the data by hand. */
  onSkip: () => void;
  error?: string | undefined;
  description?: string | undefined;
  autoFocus?: boolean;
}

// After a reader's Enter that did not complete a zone, wait this long for the next line before
// saying what is wrong with what came.
const READER_SETTLE_MS = 400;

/**
 * The machine-readable zone. A USB reader types it like a keyboard, a few ms per key, with Enter
 * after each line or only at the end (domain.md §9): Enter is a line break until the text is a
 * whole zone, and then reads it. The keystroke rhythm tells a reader from a person, so a reader's
 * trailing keys never leak into the next field. Paste works the same way.
 */
export function MrzField(props: Props) {
  const { value, onChange, onRead, onUnreadable, onSkip } = props;
  const { t } = useTranslation('stays');
  const tracker = useRef(createKeystrokeTracker());
  const settle = useRef<number | undefined>(undefined);
  // Enter on a zone already taken in moves on instead of reading it again over the desk's edits.
  const lastRead = useRef<string | null>(null);
  useEffect(() => () => window.clearTimeout(settle.current), []);
  const ref = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => {
    // Focus with the caret after anything already there, ready for the reader's next key.
    if (!props.autoFocus || !ref.current) return;
    const el = ref.current;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    // Only on mounting.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const take = (text: string, byReader: boolean): boolean => {
    const result = readMrzText(text);
    if (!result.format) return false;
    lastRead.current = text;
    tracker.current.reset();
    if (byReader) swallowTrailingEnter();
    onRead(result, byReader);
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    tracker.current.record(e.timeStamp, e.key);
    window.clearTimeout(settle.current);
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const text = e.currentTarget.value;
    const byReader = tracker.current.isReaderBurst();
    if (text.trim() === '' || text === lastRead.current) {
      e.preventDefault();
      if (!byReader) onSkip();
      return;
    }
    if (take(text, byReader)) {
      e.preventDefault();
      return;
    }
    // Not a whole zone yet: the textarea takes the Enter as the line break before the next line
    // (left to the browser, so the caret stays right however fast the keys come).
    if (byReader) {
      settle.current = window.setTimeout(() => {
        const result = readMrzText(`${text}\n`);
        if (!result.format) onUnreadable(result);
      }, READER_SETTLE_MS);
    }
  };

  return (
    <Textarea
      ref={ref}
      label={t('mrz.label')}
      description={props.description ?? t('mrz.hint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      onPaste={(e) => {
        const pasted = e.clipboardData.getData('text');
        // A pasted photo has no text: it goes on to the photo reader, not "nothing to read".
        if (!pasted) return;
        const el = e.currentTarget;
        const text = `${value.slice(0, el.selectionStart)}${pasted}${value.slice(el.selectionEnd)}`;
        e.preventDefault();
        onChange(text);
        if (!take(text, false)) onUnreadable(readMrzText(text));
      }}
      onBlur={(e) => {
        const text = e.currentTarget.value;
        if (text.trim() !== '' && !readMrzText(text).format) onUnreadable(readMrzText(text));
      }}
      error={props.error}
      autosize
      minRows={2}
      maxRows={3}
      spellCheck={false}
      autoComplete="off"
      styles={{
        input: {
          fontFamily: 'Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
          fontSize: 13,
          letterSpacing: '0.04em',
        },
      }}
    />
  );
}
