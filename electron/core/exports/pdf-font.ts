import { createRequire } from 'node:module';

declare const require: NodeRequire | undefined;

/**
 * DejaVu Sans has every Cyrillic letter Kazakh needs (ә ғ қ ң ө ұ ү һ і); the PDF embeds the
 * glyphs it uses, so the file reads the same on a PC without the font. Resolved at run time:
 * the package ships beside the app (a dependency, outside the bundle).
 */
export function registerFontPath(bold = false): string {
  // The condensed cut fits nineteen columns on a landscape page without breaking dates.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  return req.resolve(`dejavu-fonts-ttf/ttf/DejaVuSansCondensed${bold ? '-Bold' : ''}.ttf`);
}
