/**
 * Dashes that look like the ones the readers look for, written as those: a horizontal bar (U+2015, what a
 * CJK font's em-dash glyph maps back to in Chromium's and other PDFs: "1―7月") as an em dash, the two-em dash
 * (U+2E3A) as two; the hyphen, non-breaking hyphen, figure dash and minus sign (U+2010–U+2012, U+2212) as the
 * ASCII hyphen-minus ("−3.5%", "2024‐2026年"). Box-drawing lines stay: a text table's rules are drawn with them.
 */
const LOOK_ALIKE_DASH = /[\u2010-\u2012\u2015\u2212\u2e3a]/;
const LOOK_ALIKE_DASHES = /[\u2010-\u2012\u2015\u2212\u2e3a]/g;

export function foldDashes(text: string): string {
  if (!LOOK_ALIKE_DASH.test(text)) return text;
  return text.replace(LOOK_ALIKE_DASHES, (dash) => (dash === '\u2e3a' ? '——' : dash === '\u2015' ? '—' : '-'));
}
