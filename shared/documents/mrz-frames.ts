// Camera frames of one page, read one after another: a character one frame misreads (noise, a
// glint, a shadow's edge) the next frames usually read right. The desk's camera dialog keeps the
// latest readings and votes per character; the check digits still judge the result (readMrz).

/** The zone's shape: its line count and each line's length (2 × 44, 2 × 36, 3 × 30). */
const shapeOf = (lines: readonly string[]) =>
  `${lines.length}×${lines.map((line) => line.length).join(',')}`;

/**
 * The zone as most of `frames` (each the lines one frame gave, oldest first) read it, character
 * by character, over the frames of the shape most of them have. A tie at a character goes to
 * the latest frame among those tied. Null when fewer than `min` frames share a shape.
 */
export function voteFrames(frames: readonly (readonly string[])[], min = 2): string[] | null {
  const byShape = new Map<string, { frames: (readonly string[])[]; latest: number }>();
  frames.forEach((lines, index) => {
    if (lines.length === 0) return;
    const shape = shapeOf(lines);
    byShape.set(shape, { frames: [...(byShape.get(shape)?.frames ?? []), lines], latest: index });
  });
  let chosen: (readonly string[])[] = [];
  let chosenLatest = -1;
  for (const group of byShape.values()) {
    // A tie between shapes goes to the latest frame's: the page as it is held now.
    const more = group.frames.length > chosen.length;
    if (more || (group.frames.length === chosen.length && group.latest > chosenLatest)) {
      chosen = group.frames;
      chosenLatest = group.latest;
    }
  }
  if (chosen.length < min) return null;
  const first = chosen[0]!;
  return first.map((line, row) =>
    [...line]
      .map((_, col) => {
        const counts = new Map<string, { count: number; latest: number }>();
        chosen.forEach((lines, index) => {
          const char = lines[row]!.charAt(col);
          const entry = counts.get(char) ?? { count: 0, latest: -1 };
          counts.set(char, { count: entry.count + 1, latest: index });
        });
        let best = { char: '', count: 0, latest: -1 };
        for (const [char, { count, latest }] of counts) {
          if (count > best.count || (count === best.count && latest > best.latest)) {
            best = { char, count, latest };
          }
        }
        return best.char;
      })
      .join(''),
  );
}
