/**
 * Turns a 指标值 cell as extracted from real documents into compact text the scanner can read:
 * NFKC (full-width digits, ％, ＞), no whitespace (PDF/Word extraction splits "8016.0 9" and
 * "工作 日"), no `<p>` tags, no LaTeX (`$\geq 90\%$`), a few HTML entities, and one symbol per
 * operator (≧ ⩾ >= → ≥). All patterns are compiled once and are linear.
 */
import { trimTrailing } from '../trim-characters.ts';

const WHITESPACE = /\s+/g;
const WHITESPACE_TEST = /\s/;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]*\/?>/g;
const LATEX_COMMAND = /\\([A-Za-z]+)/g;
const LATEX_DEBRIS = /[\\${}]/g;
const HTML_ENTITY = /&(gt|lt|ge|le|nbsp);/g;
const OPERATOR_VARIANTS = />=|<=|[≧⩾≮≦⩽≯]/g;
const TRAILING_PUNCTUATION_CHARACTERS = '。.,、;!?';
const NEEDS_MARKUP_CLEANING = /[<&\\$]/;

const latexCommands: Readonly<Record<string, string>> = {
  geq: '≥', ge: '≥', geqslant: '≥', leq: '≤', le: '≤', leqslant: '≤', gt: '>', lt: '<', times: '×',
};
const htmlEntities: Readonly<Record<string, string>> = { gt: '>', lt: '<', ge: '≥', le: '≤', nbsp: '' };
const operatorVariants: Readonly<Record<string, string>> = {
  '>=': '≥', '<=': '≤', '≧': '≥', '⩾': '≥', '≮': '≥', '≦': '≤', '⩽': '≤', '≯': '≤',
};

/** Compact form of a value cell: normalised, no whitespace, no markup, no trailing 。 */
export function compactValueText(text: string): string {
  let compact = normalizeCharacters(text);
  if (NEEDS_MARKUP_CLEANING.test(compact)) compact = normalizeCharacters(removeMarkup(compact));
  const operators = compact.replace(OPERATOR_VARIANTS, (variant) => operatorVariants[variant] ?? variant);
  // Not /[。.,、;!?]+$/: that pattern takes quadratic time on "....x." (core/trim-characters.ts).
  return trimTrailing(operators, TRAILING_PUNCTUATION_CHARACTERS);
}

/**
 * NFKC and whitespace removal until stable: removing a space or a "$" can put a combining mark
 * next to a new base character, and the parser must read its own output the same way.
 */
function normalizeCharacters(text: string): string {
  // Whitespace first, so NFKC sees the joined text; NFKC can emit spaces (U+3000 → " "), then repeat.
  let current = normalizeNfkc(removeWhitespace(text));
  for (let pass = 0; pass < 4 && WHITESPACE_TEST.test(current); pass += 1) {
    current = normalizeNfkc(current.replace(WHITESPACE, ''));
  }
  return current;
}

function removeWhitespace(text: string): string {
  return WHITESPACE_TEST.test(text) ? text.replace(WHITESPACE, '') : text;
}

/**
 * NFKC, skipped when every character is one NFKC leaves alone and cannot compose: printable ASCII,
 * CJK unified ideographs, ≤ and ≥ (most cells hold nothing else; normalize() is the costly call).
 */
function normalizeNfkc(text: string): string {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isStable = (code >= 0x20 && code <= 0x7e) || (code >= 0x4e00 && code <= 0x9fff) || code === 0x2264 || code === 0x2265;
    if (!isStable) return text.normalize('NFKC');
  }
  return text;
}

/**
 * Compact form of an indicator name, for keyword matching ("二代身份 证办结天 数"): NFKC, then no
 * whitespace. Most names need neither step, and the checks ask about every name.
 */
export function compactNameText(name: string): string {
  return removeWhitespace(normalizeNfkc(name));
}

/**
 * Removes LaTeX, entities and tags until nothing changes, so that cleaning is idempotent
 * (removing "$" can reveal a tag, removing a tag can reveal an entity). Each pass shortens or
 * keeps the text, and the loop is bounded.
 */
function removeMarkup(text: string): string {
  let current = text;
  for (let pass = 0; pass < 8; pass += 1) {
    const next = current
      .replace(LATEX_COMMAND, (_, command: string) => latexCommands[command] ?? '')
      .replace(LATEX_DEBRIS, '')
      .replace(HTML_ENTITY, (_, entity: string) => htmlEntities[entity] ?? '')
      .replace(HTML_TAG, '');
    if (next === current) return next;
    current = next;
  }
  return current;
}
