/**
 * Trimming a set of characters from the ends of a text, in linear time. A pattern such as
 * /[。.,;]+$/ is retried from every character of a long run and takes quadratic time on "....x."
 * (issue 9: one 80,000-character 指标值 froze the server), so readers and checks use these instead.
 */

const WHITESPACE = /\s/;

/** What to trim: the characters of a string, and whitespace (as /\s/ sees it) when asked. */
export interface TrimmedCharacters {
  characters: string;
  isWhitespaceTrimmed?: boolean;
}

function isTrimmed(character: string, trimmed: TrimmedCharacters): boolean {
  return trimmed.characters.includes(character) || (trimmed.isWhitespaceTrimmed === true && WHITESPACE.test(character));
}

/** `text` without the trailing characters of `characters` (and whitespace when asked). */
export function trimTrailing(text: string, characters: string, options: { isWhitespaceTrimmed?: boolean } = {}): string {
  const trimmed = { characters, ...options };
  let end = text.length;
  while (end > 0 && isTrimmed(text.charAt(end - 1), trimmed)) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the leading and trailing characters of `characters` (and whitespace when asked). */
export function trimBoth(text: string, characters: string, options: { isWhitespaceTrimmed?: boolean } = {}): string {
  const trimmed = { characters, ...options };
  let start = 0;
  while (start < text.length && isTrimmed(text.charAt(start), trimmed)) start += 1;
  return trimTrailing(text.slice(start), characters, options);
}
