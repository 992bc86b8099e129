import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * DejaVu Sans Condensed (package dejavu-fonts-ttf, the font every Tirkeu PDF embeds) has each
 * Cyrillic letter Kazakh needs (ә ғ қ ң ө ұ ү һ і), and its condensed cut fits nineteen columns
 * on a landscape page without breaking dates. Resolved as files/pdf-doc.ts does: next to the
 * bundle in the desktop app, the working folder in the CLI and tests.
 */
export function registerFontPath(bold = false): string {
  const file = `dejavu-fonts-ttf/ttf/DejaVuSansCondensed${bold ? '-Bold' : ''}.ttf`;
  const roots = [
    ...(typeof __dirname !== 'undefined' ? [path.join(__dirname, '..', '..')] : []),
    process.cwd(),
  ];
  for (const root of roots) {
    try {
      return createRequire(path.join(root, 'package.json')).resolve(file);
    } catch {
      // The next root.
    }
  }
  throw new Error(`font ${file} not found`);
}
