import { formatForLines } from './mrz-layout';
import type { MrzErrorCode, MrzFormat, MrzIssue } from './mrz-types';

export type NormalisedMrz =
  | { ok: true; format: MrzFormat; lines: string[]; layoutConverted: boolean }
  | { ok: false; errors: Array<MrzIssue<MrzErrorCode>>; layoutConverted: boolean };

// A reader that "types" on a machine whose keyboard layout is Russian sends the right keys but
// the OS turns them into Cyrillic (P → З, `<` = Shift+comma → Б). The mapping is one key to one
// letter and an MRZ holds no Cyrillic, so it can be undone safely. Digits are the same keys.
const RUSSIAN_LAYOUT: Readonly<Record<string, string>> = {
  Й: 'Q', Ц: 'W', У: 'E', К: 'R', Е: 'T', Н: 'Y', Г: 'U', Ш: 'I', Щ: 'O', З: 'P',
  Ф: 'A', Ы: 'S', В: 'D', А: 'F', П: 'G', Р: 'H', О: 'J', Л: 'K', Д: 'L',
  Я: 'Z', Ч: 'X', С: 'C', М: 'V', И: 'B', Т: 'N', Ь: 'M', Б: '<',
}; // prettier-ignore

const TOTAL_LENGTHS: Readonly<Record<number, { count: number; length: number }>> = {
  88: { count: 2, length: 44 },
  72: { count: 2, length: 36 },
  90: { count: 3, length: 30 },
};
const LINE_LENGTHS = new Set([30, 36, 44]);

function undoRussianLayout(text: string): { text: string; converted: boolean } {
  if (!/[А-ЯЁ]/.test(text) || /[A-Z]/.test(text)) return { text, converted: false };
  return { text: text.replace(/[А-ЯЁ]/g, (c) => RUSSIAN_LAYOUT[c] ?? c), converted: true };
}

function chunk(text: string, length: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += length) lines.push(text.slice(i, i + length));
  return lines;
}

// A reader that sends fillers as spaces: take inner spaces as `<`, and trailing ones too when
// only that gives the line a known length.
function fitLine(line: string): string {
  const start = line.replace(/^\s+/, '');
  const trimmed = start.replace(/\s+$/, '').replace(/\s/g, '<');
  if (LINE_LENGTHS.has(trimmed.length)) return trimmed;
  const padded = start.replace(/\s/g, '<');
  return LINE_LENGTHS.has(padded.length) ? padded : trimmed;
}

// One run holding the whole zone: lines separated by spaces, fillers typed as spaces, or no
// separator at all. Each reading changes the length differently, so at most one fits.
function splitRun(run: string): string[] | null {
  const tokens = run.trim().split(/\s+/);
  if (formatForLines(tokens)) return tokens;
  for (const joined of [run.trim().replace(/\s/g, '<'), run.replace(/\s/g, '')]) {
    const shape = TOTAL_LENGTHS[joined.length];
    if (shape) return chunk(joined, shape.length);
  }
  return null;
}

function fitLines(text: string): string[] | null {
  const raw = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (raw.length === 1) return splitRun(raw[0]!);
  const lines = raw.map(fitLine);
  return formatForLines(lines) ? lines : null;
}

// Control characters other than line breaks and tabs, DEL, zero-width space and BOM.
function isInvisible(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char === '\n' || char === '\r' || char === '\t') return false;
  return code < 0x20 || code === 0x7f || code === 0x200b || code === 0xfeff;
}

/**
 * The MRZ lines in `input`, upper-cased and cleaned of what readers and pasting add, or the
 * reason they cannot be read. `«` is taken as one filler, or as two when only that fits.
 */
export function normaliseMrz(input: string | readonly string[]): NormalisedMrz {
  const joined = typeof input === 'string' ? input : input.join('\n');
  // NFKC folds full-width letters and `＜`, `‹` is a lone filler; control characters are some
  // readers' prefix and suffix bytes.
  const cleaned = [...joined.normalize('NFKC')]
    .filter((char) => !isInvisible(char))
    .join('')
    .replace(/\u2039/g, '<')
    .toUpperCase();
  const { text, converted } = undoRussianLayout(cleaned);
  const fail = (code: MrzErrorCode): NormalisedMrz => ({
    ok: false,
    errors: [{ field: 'lines', code }],
    layoutConverted: converted,
  });
  if (text.trim() === '') return fail('mrz.empty');

  const readings = text.includes('«')
    ? [text.replace(/«/g, '<'), text.replace(/«/g, '<<')]
    : [text];
  const fitted = readings.map(fitLines).filter((lines) => lines !== null);
  const distinct = new Set(fitted.map((lines) => lines.join('\n')));
  if (fitted.length === 0 || distinct.size !== 1) return fail('mrz.line_length');
  const lines = fitted[0]!;

  const errors: Array<MrzIssue<MrzErrorCode>> = [];
  lines.forEach((line, index) => {
    for (let i = 0; i < line.length; i++) {
      if (!/[A-Z0-9<]/.test(line.charAt(i))) {
        errors.push({ field: 'lines', code: 'mrz.alphabet', line: index + 1, position: i + 1 });
      }
    }
  });
  if (errors.length > 0) return { ok: false, errors, layoutConverted: converted };

  const format = formatForLines(lines)!;
  // Old French identity cards share TD2's size but not its layout (ICAO 9303 does not cover
  // them): reading them as TD2 would put the department code into the name.
  if (format === 'TD2' && lines[0]!.startsWith('IDFRA')) return fail('mrz.format_unsupported');
  return { ok: true, format, lines, layoutConverted: converted };
}
