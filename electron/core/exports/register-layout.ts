/**
 * The register's table laid out without pdfkit: where a cell's text may wrap, how wide each column
 * is, and the lines each cell prints. Words are never cut: a line breaks at a space, or after a
 * hyphen inside a word of letters ("MUELLER-|LUEDENSCHEIDT"), never inside a code with digits
 * ("EQ-2026-0001", a document number). There is no hyphenation: no hyphenation rules for Kazakh
 * are at hand, and a register that cuts a name in two is worse than a wider column.
 */

/** A piece of text no line may cut, and whether a space separates it from the piece before. */
interface Piece {
  text: string;
  spaced: boolean;
}

// A hyphen between two letters is a break; a dash standing alone stays with the word before it.
const LETTER_HYPHEN = /(?<=\p{L}-)(?=\p{L})/u;

export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    if (/^[-–—]$/.test(word) && out.length > 0) {
      // "Частная - усыновление": the dash ends the line, it never starts one.
      out[out.length - 1]!.text += `\u00a0${word}`;
      continue;
    }
    word.split(LETTER_HYPHEN).forEach((part, i) => out.push({ text: part, spaced: i === 0 }));
  }
  if (out.length > 0) out[0]!.spaced = false;
  return out;
}

/** Widths in points of text at a font size of 1; the caller caches what it measures. */
export type Measure = (text: string) => number;

export interface ColumnNeeds {
  /** The widest piece no line may cut: the column is never narrower. */
  min: number;
  /**
   * The width that holds nine cells in ten on one line: one long name should wrap, not take
   * the width every other column needs.
   */
  natural: number;
}

/** What each column's cells (the header first) need, at a font size of 1. */
export function columnNeeds(
  columns: string[][],
  measureHeader: Measure,
  measure: Measure,
): ColumnNeeds[] {
  return columns.map((cells) => {
    let min = 0;
    const lines: number[] = [];
    cells.forEach((cell, i) => {
      const m = i === 0 ? measureHeader : measure;
      const space = m(' ');
      let line = 0;
      for (const p of pieces(cell)) {
        const w = m(p.text);
        min = Math.max(min, w);
        line += w + (p.spaced ? space : 0);
      }
      lines.push(line);
    });
    lines.sort((a, b) => a - b);
    const natural = Math.max(min, lines[Math.floor((lines.length - 1) * 0.9)] ?? 0);
    return { min, natural };
  });
}

/**
 * Column widths for a table `width` points wide, and the font size that lets every column hold
 * its widest piece. Each column gets its widest piece first; what is left goes to the columns
 * that would wrap, in proportion to what they lack, and once none wraps, by `share`. Only when
 * the widest pieces alone overflow the page is the font made smaller (never below `minSize`).
 */
export function columnWidths(
  needs: ColumnNeeds[],
  share: number[],
  width: number,
  size: number,
  pad: number,
  minSize: number,
): { widths: number[]; size: number } {
  const padding = needs.length * 2 * pad;
  const minSum = needs.reduce((s, n) => s + n.min, 0);
  const fitted = Math.max(minSize, Math.min(size, (width - padding) / minSum));
  const min = needs.map((n) => n.min * fitted + 2 * pad);
  const natural = needs.map((n) => n.natural * fitted + 2 * pad);
  const spare = width - min.reduce((s, w) => s + w, 0);
  const lack = natural.map((w, i) => w - min[i]!);
  const lackSum = lack.reduce((s, w) => s + w, 0);
  if (spare <= 0) return { widths: min, size: fitted };
  if (lackSum > spare) {
    return { widths: min.map((w, i) => w + (lack[i]! / lackSum) * spare), size: fitted };
  }
  const left = spare - lackSum;
  const shareSum = share.reduce((s, w) => s + w, 0);
  return { widths: natural.map((w, i) => w + (share[i]! / shareSum) * left), size: fitted };
}

/** The lines of one cell in `room` points, at a font size of 1 (`room` divided by the size). */
export function wrap(text: string, room: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  let line = '';
  let used = 0;
  for (const p of pieces(text)) {
    const w = measure(p.text);
    const gap = p.spaced ? space : 0;
    if (!line) {
      line = p.text;
      used = w;
    } else if (used + gap + w > room * (1 + 1e-9)) {
      // The slack is a rounding's worth: the widest piece is exactly the column's width.
      lines.push(line);
      line = p.text;
      used = w;
    } else {
      line += (p.spaced ? ' ' : '') + p.text;
      used += gap + w;
    }
  }
  if (line) lines.push(line);
  return lines;
}
