/**
 * The vocabulary word written at a position of a text. Readers of run-together text ask it at every
 * position of a stream that may be 100 KB long, and a list of level or column words has a hundred
 * entries or more: grouped by first character, each position looks only at the few words that can match.
 */

/** The words of each list, grouped by first character in their list's order. */
const groupsOfLists = new WeakMap<readonly string[], ReadonlyMap<string, readonly string[]>>();

function groupByFirstCharacter(words: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const known = groupsOfLists.get(words);
  if (known !== undefined) return known;
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const group = groups.get(word.charAt(0)) ?? [];
    group.push(word);
    groups.set(word.charAt(0), group);
  }
  groupsOfLists.set(words, groups);
  return groups;
}

/**
 * The first word of `words` (in its order: sort it longest first for the longest match) written at `at`
 * of `text`, or undefined. An empty word is written everywhere.
 */
export function findWordAt(text: string, at: number, words: readonly string[]): string | undefined {
  const groups = groupByFirstCharacter(words);
  const empty = groups.get('');
  if (empty !== undefined) return words.find((word) => text.startsWith(word, at));
  return groups.get(text.charAt(at))?.find((word) => text.startsWith(word, at));
}

/** Every word of `words` written at `at` of `text`, in the list's order. */
export function findWordsAt(text: string, at: number, words: readonly string[]): readonly string[] {
  const groups = groupByFirstCharacter(words);
  if (groups.has('')) return words.filter((word) => text.startsWith(word, at));
  return groups.get(text.charAt(at))?.filter((word) => text.startsWith(word, at)) ?? [];
}
