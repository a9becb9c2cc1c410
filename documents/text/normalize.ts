/**
 * Cleans what text extraction leaves behind (HTML tags, LaTeX debris, Kangxi radicals, full-width
 * digits) while keeping the document's own punctuation, so names stay as the unit wrote them.
 */

const LATEX_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\\geqslant|\\geq|\\ge(?![a-z])/g, '≥'],
  [/\\leqslant|\\leq|\\le(?![a-z])/g, '≤'],
  [/\\neq|\\ne(?![a-z])/g, '≠'],
  [/\\times/g, '×'],
  [/\\%/g, '%'],
  [/\\text\s*\{([^}]*)\}/g, '$1'],
  [/\\mathrm\s*\{([^}]*)\}/g, '$1'],
  [/\\[,;!]/g, ''],
];

/** Maps one character of the Kangxi radical and CJK radical supplement blocks to its ideograph. */
function normalizeRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, (character) => character.normalize('NFKC'));
}

/** Full-width ASCII digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) and ％ to their ASCII forms. */
function normalizeFullWidthAlphanumerics(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}

/** Removes LaTeX math wrappers: `$\geq 90\%$` → `≥ 90%`. */
export function stripLatex(text: string): string {
  if (!text.includes('$') && !text.includes('\\')) return text;
  let result = text;
  for (const [pattern, replacement] of LATEX_SYMBOLS) result = result.replace(pattern, replacement);
  return result.replace(/\$/g, '');
}

/** Removes HTML tags such as `<p>` and `</p>` and decodes the common entities. */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<\/?(p|br|span|div|b|i|u|strong|em|sup|sub|td|tr|table|tbody|thead|th)(\s[^>]*)?\/?>/gi, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Normalises one line of extracted text; tabs (cell separators) are kept. */
export function normalizeLine(line: string): string {
  return normalizeFullWidthAlphanumerics(normalizeRadicals(stripLatex(stripHtml(line))))
    .replace(/\u00a0|\u3000/g, ' ')
    .replace(/\u200b|\ufeff/g, '')
    .replace(/[ ]+$/g, '');
}

/** The lines of a text dump, normalised, with `\r\n` and `\r` treated as line ends. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine);
}

/** Removes every whitespace character: for matching labels written as "预 算 申 请". */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
