/**
 * How many lines a text wraps to in a table cell, estimated from the column width and the width
 * of each character: Excel measures columns in units of one Latin digit; a CJK character or
 * full-width punctuation mark takes two, a Latin letter, digit or space one. Excel does not
 * autofit merged cells, and LibreOffice or WPS wrap a little differently, so the estimate keeps
 * a margin (`wrapSlack`) rather than filling every line to the last unit.
 */

/** Units lost per line to the cell's padding and to line-breaking rules (no 。 at a line start). */
const wrapSlack = 2;

/** Points per line of 10.5 pt text: CJK fonts (宋体/仿宋, Noto CJK) need about 1.45 em. */
export const pointsPerLine = 16;

/** Points above and below the text inside a cell. */
const cellPadding = 4;

/** Excel's largest row height in points. */
export const maxRowHeight = 409;

/** Lower bound for a row so single-line rows keep the official forms' spacing. */
const minRowHeight = 20;

/** Width of one character in Excel column units: two for CJK and full-width forms, else one. */
export function measureCharacter(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  const isWide =
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, incl. 。、 and CJK ideographs
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms （），：
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd); // CJK extensions B …
  // Curly quotes and the em dash are drawn full-width by CJK fonts.
  return isWide || '“”‘’—…'.includes(character) ? 2 : 1;
}

/** Lines `text` wraps to in a cell `width` units wide; each paragraph starts a new line. */
export function estimateLines(text: string, width: number): number {
  const usable = Math.max(2, width - wrapSlack);
  return text.split('\n').reduce((sum, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const character of paragraph) {
      const size = measureCharacter(character);
      if (used + size > usable) {
        lines++;
        used = 0;
      }
      used += size;
    }
    return sum + lines;
  }, 0);
}

/** Row height in points for `lines` lines of text, within Excel's limits. */
export function heightForLines(lines: number): number {
  return Math.min(maxRowHeight, Math.max(minRowHeight, lines * pointsPerLine + cellPadding));
}

/** Lines that fit one row of at most `maxRowHeight` points. */
export const maxLinesPerRow = Math.floor((maxRowHeight - cellPadding) / pointsPerLine);
