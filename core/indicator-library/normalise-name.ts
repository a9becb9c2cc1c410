/** Indicator names reduced to a key, so that one indicator written several ways is counted once. */
import { fillerCharacters, fillerWords, measureSynonyms, respondentWords } from './name-words.ts';

const RESPONDENT = new RegExp(`(?:${respondentWords.join('|')})(?:对于|对)?`, 'gu');
const NOT_NAME_CHARACTER = /[\s\p{P}\p{S}]/gu;
// A weight or note in brackets at the end: "满意度（10分）", "接处警数(起)".
const TRAILING_NOTE = /[（(][^（()）]*[)）]$/u;

/**
 * The clustering key of an indicator name: NFKC, no brackets note, no punctuation or spaces,
 * without respondent and filler words, with measure synonyms unified.
 * "群众对110接处警工作满意度" → "110接处警满意度".
 */
export function normaliseIndicatorName(name: string): string {
  let key = name.normalize('NFKC').trim().replace(TRAILING_NOTE, '').replace(NOT_NAME_CHARACTER, '');
  for (const [variant, canonical] of measureSynonyms) key = key.split(variant).join(canonical);
  key = key.replace(RESPONDENT, '');
  for (const word of fillerWords) key = key.split(word).join('');
  for (const character of fillerCharacters) key = key.split(character).join('');
  // Keep something to match on: a name made only of filler words keys as its compact self.
  return key === '' ? name.normalize('NFKC').replace(NOT_NAME_CHARACTER, '') : key;
}

/** The character bigrams of a key (single characters for one-character keys). */
export function listBigrams(key: string): string[] {
  const characters = Array.from(key);
  if (characters.length < 2) return characters;
  return characters.slice(1).map((character, index) => `${characters[index]}${character}`);
}

/** Dice coefficient of the two keys' bigram multisets, 0 … 1. */
export function measureNameSimilarity(a: string, b: string): number {
  const left = listBigrams(a);
  const right = listBigrams(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const bigram of left) counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  let shared = 0;
  for (const bigram of right) {
    const count = counts.get(bigram) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(bigram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
