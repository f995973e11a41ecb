import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's `fonts-dejavu-core` puts its fonts (installed in CI). */
export const dejavuDir = '/usr/share/fonts/truetype/dejavu';

/** The fonts of a PDF report, and whether they cover all of Unicode's common scripts. */
export interface PdfFonts {
  regular: string;
  bold: string;
  /** False for the PDF standard fonts, which only know Windows-1252 (Western European) letters. */
  unicode: boolean;
}

/**
 * DejaVu Sans when installed (Latin, Greek, Cyrillic and more: ads are written in many languages),
 * otherwise the built-in Helvetica, which still has æ, ø and å but not e.g. Polish ł or Cyrillic.
 */
export function resolvePdfFonts(dir: string = dejavuDir): PdfFonts {
  const regular = join(dir, 'DejaVuSans.ttf');
  const bold = join(dir, 'DejaVuSans-Bold.ttf');
  if (existsSync(regular) && existsSync(bold)) return { regular, bold, unicode: true };
  return { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false };
}

/** Windows-1252 characters above Latin-1's control range (0x80–0x9F positions). */
const cp1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text a standard font can draw: characters outside Windows-1252 become "?" instead of wrong
 * glyphs. Letters are first decomposed and recomposed (NFC) so that "å" written as a + ring stays å.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    const ok =
      code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || cp1252Extras.has(ch);
    out += ok ? ch : '?';
  }
  return out;
}
