import { isCheckDigitValid } from './check-digit';
import { mrzCodeToIso } from './countries';
import { MRZ_LAYOUTS, slice } from './mrz-layout';
import { enumerateReadings, twinsOf } from './mrz-twins';
import type { MrzDoubt, MrzFormat, MrzMixedField } from './mrz-types';

// What optical recognition of a printed zone gets wrong, undone by position before readMrz
// judges the result. Nothing here decides validity: readMrz and its check digits do.

type Kind = 'letter' | 'digit' | 'digitOrFiller' | 'any';

const TO_LETTER: Readonly<Record<string, string>> = {
  '0': 'O', '1': 'I', '2': 'Z', '4': 'A', '5': 'S', '6': 'G', '7': 'T', '8': 'B',
}; // prettier-ignore
const TO_DIGIT: Readonly<Record<string, string>> = {
  O: '0', Q: '0', D: '0', U: '0', I: '1', L: '1', T: '7', Z: '2', S: '5', G: '6', B: '8', A: '4',
}; // prettier-ignore
// Shapes OCR-B keeps close: in a field of letters and digits only a check digit tells them apart.
const TWINS: Readonly<Record<string, readonly string[]>> = {
  O: ['0', 'D', 'Q'], '0': ['O', 'D', 'Q'], D: ['0', 'O'], Q: ['0', 'O'],
  I: ['1'], '1': ['I'], B: ['8'], '8': ['B'], S: ['5'], '5': ['S'],
  Z: ['2'], '2': ['Z'], G: ['6'], '6': ['G'],
}; // prettier-ignore
// More slips than this in one field is a bad picture, not a reading to repair.
const MAX_CHANGES = 2;

function kindsOf(format: MrzFormat): Kind[][] {
  const layout = MRZ_LAYOUTS[format];
  const kinds = Array.from({ length: layout.lineCount }, () =>
    Array<Kind>(layout.lineLength).fill('any'),
  );
  const mark = (span: { line: number; start: number; end: number } | null, kind: Kind) => {
    if (!span) return;
    for (let i = span.start; i < span.end; i++) kinds[span.line]![i] = kind;
  };
  for (const span of [layout.documentCode, layout.issuingState, layout.name, layout.nationality]) {
    mark(span, 'letter');
  }
  mark(layout.sex, 'letter');
  for (const span of [layout.birthDate, layout.birthDateCheck, layout.expiryDate]) {
    mark(span, 'digit');
  }
  mark(layout.expiryDateCheck, 'digit');
  mark(layout.compositeCheck, 'digit');
  // TD1 and TD2 put `<` in the number's check slot when the number runs on (mrz-layout.ts).
  mark(layout.documentNumberCheck, format === 'TD3' ? 'digit' : 'digitOrFiller');
  mark(layout.optionalCheck, 'digitOrFiller');
  return kinds;
}

function byKind(char: string, kind: Kind): string {
  if (kind === 'letter') return TO_LETTER[char] ?? char;
  if (kind === 'digit') return TO_DIGIT[char] ?? char;
  if (kind === 'digitOrFiller') return char === '<' ? char : (TO_DIGIT[char] ?? char);
  return char;
}

/** One recognised character and the recogniser's confidence in it, 0–100. */
export interface Glyph {
  char: string;
  confidence: number;
}

/** A recognised line of the zone. */
export type GlyphLine = Glyph[];

/** Lines of plain text as glyphs of equal confidence (a reader's text, tests). */
export const glyphLines = (text: string): GlyphLine[] =>
  text.split(/\r\n|\r|\n/).map((line) => [...line].map((char) => ({ char, confidence: 50 })));

/** Stretches or shrinks the longest run of fillers (where OCR miscounts) to `length`. */
function fitLength(line: GlyphLine, length: number): GlyphLine {
  const glyphs = [...line];
  while (glyphs.length !== length) {
    const text = glyphs.map((glyph) => glyph.char).join('');
    let longest: { at: number; length: number } | null = null;
    for (const run of text.matchAll(/<+/g)) {
      if (longest === null || run[0].length >= longest.length) {
        longest = { at: run.index, length: run[0].length };
      }
    }
    if (glyphs.length > length) {
      if (longest === null || longest.length < 2) return glyphs.slice(0, length);
      glyphs.splice(longest.at, 1);
    } else {
      glyphs.splice(longest === null ? glyphs.length : longest.at, 0, { char: '<', confidence: 0 });
    }
  }
  return glyphs;
}

/** A recognition of the zone: its format and lines fitted to the format's length. */
export interface SeenZone {
  format: MrzFormat;
  lines: GlyphLine[];
}

/**
 * The zone in recognised lines: the lowest run of lines whose lengths fit one format best
 * (each within a few characters), fitted to that format's exact length. Null when none fits.
 */
export function findMrzLines(recognised: readonly GlyphLine[]): SeenZone | null {
  const lines = recognised
    .map((line) =>
      line
        .map((glyph) => ({ ...glyph, char: glyph.char.toUpperCase() }))
        .filter((glyph) => /^[A-Z0-9<]$/.test(glyph.char)),
    )
    .filter((line) => line.length >= 20);
  let best: { format: MrzFormat; lines: GlyphLine[]; cost: number } | null = null;
  for (const format of ['TD3', 'TD2', 'TD1'] as const) {
    const { lineCount, lineLength } = MRZ_LAYOUTS[format];
    for (let end = lines.length; end >= lineCount; end--) {
      const window = lines.slice(end - lineCount, end);
      const misses = window.map((line) => Math.abs(line.length - lineLength));
      if (misses.some((miss) => miss > 4)) continue;
      const cost = misses.reduce((a, b) => a + b, 0);
      if (best === null || cost < best.cost) best = { format, lines: window, cost };
      break;
    }
  }
  if (best === null) return null;
  const { lineLength } = MRZ_LAYOUTS[best.format];
  return { format: best.format, lines: best.lines.map((line) => fitLength(line, lineLength)) };
}

interface Protected {
  data: { line: number; start: number; end: number };
  check: { line: number; start: number; end: number };
}

// The fields whose own check digit can choose between twin shapes.
function protectedFields(format: MrzFormat, lines: string[]): Protected[] {
  const layout = MRZ_LAYOUTS[format];
  const fields: Protected[] = [];
  if (format === 'TD3' || slice(lines, layout.documentNumberCheck) !== '<') {
    fields.push({ data: layout.documentNumber, check: layout.documentNumberCheck });
  }
  if (layout.optionalCheck && slice(lines, layout.optionalCheck) !== '<') {
    fields.push({ data: layout.optional, check: layout.optionalCheck });
  }
  return fields;
}

/** Every reading of `text` its twin shapes allow within MAX_CHANGES that satisfies `accept`. */
function readings(text: string, accept: (reading: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (chars: string[], from: number, changes: number) => {
    const reading = chars.join('');
    if (accept(reading)) found.push(reading);
    if (changes === MAX_CHANGES) return;
    for (let i = from; i < chars.length; i++) {
      for (const twin of TWINS[text.charAt(i)] ?? []) {
        const next = [...chars];
        next[i] = twin;
        visit(next, i + 1, changes + 1);
      }
    }
  };
  visit([...text], 0, 0);
  return found;
}

// What a reading costs against one recognition: each character changed, the surer the
// recogniser was of what it saw, the dearer. A change always outweighs any confidence.
const CHANGE_COST = 1000;
// Two readings closer than this are a tie: the recogniser did not really prefer one.
const TIE_MARGIN = 5;

function readingCost(reading: string, seen: GlyphLine): number {
  let cost = 0;
  for (let i = 0; i < reading.length; i++) {
    const glyph = seen[i]!;
    if (reading.charAt(i) !== glyph.char) cost += CHANGE_COST + glyph.confidence;
  }
  return cost;
}

const spanGlyphs = (lines: GlyphLine[], span: { line: number; start: number; end: number }) =>
  (lines[span.line] ?? []).slice(span.start, span.end);

function put(lines: string[], span: { line: number; start: number }, text: string): string[] {
  const copy = [...lines];
  const line = copy[span.line]!;
  copy[span.line] = line.slice(0, span.start) + text + line.slice(span.start + text.length);
  return copy;
}

const compositeHolds = (format: MrzFormat, lines: string[]) => {
  const layout = MRZ_LAYOUTS[format];
  const data = layout.composite.map((span) => slice(lines, span)).join('');
  return isCheckDigitValid(data, slice(lines, layout.compositeCheck));
};

/**
 * Undoes recognition slips by position: letters where ICAO allows only letters, digits where
 * only digits; then, in fields of letters and digits alike, the readings whose check digits
 * hold (their own and the composite), preferring the one closest to what was seen. `seen` holds
 * one or more recognitions of the same zone (different cuts of the picture, the first leading):
 * a slip one makes and another does not, or the recogniser's lower confidence in one character,
 * tips a choice the check digits alone cannot make (8 for B weighs as much as 2 for Z in a sum
 * modulo 10). When no reading holds, or two hold about equally, the first recognition is
 * returned for readMrz to name the field: a repair never makes a wrong check digit right.
 */
export function correctMrzLines(format: MrzFormat, seen: readonly SeenZone[]): string[] {
  const kinds = kindsOf(format);
  const byPosition = seen.map((zone) =>
    zone.lines.map((line, row) =>
      line.map((glyph, col) => ({ ...glyph, char: byKind(glyph.char, kinds[row]![col] ?? 'any') })),
    ),
  );
  const lines = byPosition[0]!.map((line) => line.map((glyph) => glyph.char).join(''));
  const options = protectedFields(format, lines).map((field) => {
    const seenGlyphs = byPosition.map((each) => spanGlyphs(each, field.data));
    const found = new Set(
      seenGlyphs.flatMap((glyphs) =>
        readings(glyphs.map((glyph) => glyph.char).join(''), (reading) =>
          isCheckDigitValid(reading, slice(lines, field.check)),
        ),
      ),
    );
    return [...found].map((text) => ({
      text,
      cost: seenGlyphs.reduce((sum, glyphs) => sum + readingCost(text, glyphs), 0),
      span: field.data,
    }));
  });
  const held: Array<{ lines: string[]; cost: number }> = [];
  const walk = (index: number, current: string[], cost: number) => {
    if (index === options.length) {
      if (compositeHolds(format, current)) held.push({ lines: current, cost });
      return;
    }
    const found = options[index]!;
    if (found.length === 0) return walk(index + 1, current, cost);
    for (const candidate of found) {
      walk(index + 1, put(current, candidate.span, candidate.text), cost + candidate.cost);
    }
  };
  const known = knownCountries(format, lines);
  walk(0, known, 0);
  held.sort((a, b) => a.cost - b.cost);
  const [first, second] = held;
  if (first === undefined) return known;
  // Two readings about equally close to what was seen, both holding: the picture cannot say.
  if (second !== undefined && second.cost - first.cost < TIE_MARGIN) return known;
  return first.lines;
}

// Letters OCR-B keeps close: Germany's one-letter code D comes back as O.
const LETTER_TWINS = 'ODQ';

/**
 * The issuing state and nationality as codes that exist: a code no state has, which becomes
 * one (and only one) when its O, D or Q is read as another of the three, is read so. No check
 * digit covers these fields; the list of codes is their check.
 */
function knownCountries(format: MrzFormat, lines: string[]): string[] {
  const layout = MRZ_LAYOUTS[format];
  let fixed = lines;
  for (const span of [layout.issuingState, layout.nationality]) {
    const code = slice(fixed, span);
    if (mrzCodeToIso(code)) continue;
    const options = [...code].map((char) =>
      LETTER_TWINS.includes(char) ? [...LETTER_TWINS] : [char],
    );
    const found = enumerateReadings(options, (reading) => mrzCodeToIso(reading) !== null) ?? [];
    if (found.length === 1) fixed = put(fixed, span, found[0]!);
  }
  return fixed;
}

// At most this many other readings are offered, likeliest first; past a few, the page is the
// only answer. On the generated twin-heavy pages the true number ranks within the first nine.
const MAX_ALTERNATIVES = 12;

interface Span {
  line: number;
  start: number;
  end: number;
}

// The fields of letters and digits alike, with the check digit of their own when they have one.
function mixedFields(
  format: MrzFormat,
  lines: string[],
): Array<{ field: MrzMixedField; data: Span; check: Span | null }> {
  const layout = MRZ_LAYOUTS[format];
  // A TD1/TD2 number running on into the optional data (`<` in its check slot) is one field
  // spread over two: its twins are doubted as they are, without alternatives (below).
  const overflow = format !== 'TD3' && slice(lines, layout.documentNumberCheck) === '<';
  const fields: Array<{ field: MrzMixedField; data: Span; check: Span | null }> = [
    { field: 'documentNumber', data: layout.documentNumber, check: layout.documentNumberCheck },
  ];
  if (!overflow) {
    const emptyPersonal =
      layout.optionalCheck !== null && /^<*$/.test(slice(lines, layout.optional));
    if (!emptyPersonal) {
      fields.push({ field: 'optionalData', data: layout.optional, check: layout.optionalCheck });
    }
  }
  if (layout.optional2)
    fields.push({ field: 'optionalData2', data: layout.optional2, check: null });
  return overflow
    ? fields.map((each) => (each.field === 'documentNumber' ? { ...each, check: null } : each))
    : fields;
}

/**
 * Whether a second opinion is sure enough of the character at (line, column) of the zone that
 * its twins need not be tried there (the OCR-B classifier's margin over the twin's template).
 */
export type Settled = (line: number, column: number, char: string) => boolean;

/**
 * The fields of letters and digits whose reading the check digits cannot settle. Each
 * position may be what any recognition saw there, or a twin of it (0/O/Q/D, 1/I, 2/Z, 5/S,
 * 6/G, 8/B); positions ICAO keeps to letters or to digits are settled by byKind before this.
 * Every combination is tried against the field's own check digit and the composite one; when
 * more than the reading in `lines` passes, the field is doubtful. The recogniser's confidence
 * only orders the alternatives: tesseract's legacy engine reads 8 for B and O for 0 at 90 and
 * more, as sure as it is of what it reads right, so no confidence settles a twin. Nor does a
 * second cut of the picture: the cuts share the recogniser's habits and agree on the same slip.
 */
export function findDoubts(
  format: MrzFormat,
  lines: string[],
  seen: readonly SeenZone[],
  settled?: Settled,
): MrzDoubt[] {
  const kinds = kindsOf(format);
  const byPosition = seen.map((zone) =>
    zone.lines.map((line, row) =>
      line.map((glyph, col) => ({ ...glyph, char: byKind(glyph.char, kinds[row]![col] ?? 'any') })),
    ),
  );
  const doubts: MrzDoubt[] = [];
  for (const { field, data, check } of mixedFields(format, lines)) {
    const text = slice(lines, data);
    const options = [...text].map((char, i) => {
      if (char === '<' || kinds[data.line]![data.start + i] !== 'any') return [char];
      if (settled?.(data.line, data.start + i, char)) return [char];
      const chars = new Set(twinsOf(char));
      for (const zone of byPosition) {
        const other = zone[data.line]?.[data.start + i]?.char;
        if (other !== undefined && other !== '<')
          for (const each of twinsOf(other)) chars.add(each);
      }
      return [...chars];
    });
    const settledTwin = (char: string, i: number) =>
      twinsOf(text.charAt(i)).includes(char) &&
      settled?.(data.line, data.start + i, text.charAt(i)) === true;
    const open = [...text].flatMap((char, i) =>
      options[i]!.length > 1 ||
      seen.some((zone) => {
        const other = zone.lines[data.line]?.[data.start + i]?.char;
        return other !== undefined && other !== char && !settledTwin(other, i);
      })
        ? [i]
        : [],
    );
    if (open.length === 0) continue;
    const ownCheck = check === null ? null : slice(lines, check);
    const holds = (reading: string) =>
      (ownCheck === null || isCheckDigitValid(reading, ownCheck)) &&
      compositeHolds(format, put(lines, data, reading));
    // Only a reading that holds can be doubted; one that does not is an error readMrz names.
    if (!holds(text)) continue;
    const seenGlyphs = byPosition.map((each) => spanGlyphs(each, data));
    // What a recognition saw whole, when it holds, stays an alternative: two readings that both
    // hold and disagree leave the field in doubt, unless every character they disagree on is a
    // twin the second opinion settled (tesseract reads S as 8 with S's check weight, 28 ≡ 8).
    const seenWhole = seenGlyphs
      .map((glyphs) => glyphs.map((glyph) => glyph.char).join(''))
      .filter((reading) => reading.length === text.length && holds(reading))
      .filter((reading) =>
        [...reading].some((char, i) => char !== text.charAt(i) && !settledTwin(char, i)),
      );
    const enumerated =
      field === 'documentNumber' && check === null && format !== 'TD3'
        ? null
        : enumerateReadings(options, holds);
    const others = enumerated === null ? null : [...new Set([...enumerated, ...seenWhole])];
    // Likeliest first: characters some recognition saw over twins none saw, then the fewest
    // and least confident disagreements with the recognitions.
    const unseen = (reading: string) =>
      [...reading].filter((char, i) => seenGlyphs.every((glyphs) => glyphs[i]?.char !== char))
        .length;
    const cost = (reading: string) =>
      unseen(reading) * CHANGE_COST * seen.length * 2 +
      seenGlyphs.reduce((sum, glyphs) => sum + readingCost(reading, glyphs), 0);
    const alternatives = (others ?? [])
      .filter((reading) => reading !== text)
      .map((reading) => ({ reading, cost: cost(reading) }))
      .sort((a, b) => a.cost - b.cost)
      .map((each) => each.reading);
    // Too many combinations, or a run-on number: every twin is in doubt, none offered.
    if (others !== null && alternatives.length === 0) continue;
    const positions =
      others === null
        ? open
        : open.filter((i) => alternatives.some((reading) => reading.charAt(i) !== text.charAt(i)));
    doubts.push({
      field,
      positions: positions.map((i) => i + 1),
      alternativeCount: others === null ? null : alternatives.length,
      alternatives: alternatives
        .slice(0, MAX_ALTERNATIVES)
        .map((reading) => reading.replace(/<+$/, '').replace(/</g, ' ').trim()),
    });
  }
  return doubts;
}
