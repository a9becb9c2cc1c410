/**
 * Two edits of documents/layouts/variation/edits.ts made together, as real pages combine them (a
 * PDF's text in traditional characters with a page break, a Word dump with CRLF and numbered
 * levels): the pairs, their composition and a deterministic sample of the families each pair is
 * tried on (documents/layouts/variation-pairs.test.ts; bench/variation-pairs.ts tries them all).
 */
import type { TextEdit } from './edits.ts';

/** The edit that makes `first`, then `second`, on its result. */
export function composeEdits(first: TextEdit, second: TextEdit): TextEdit {
  return {
    id: `${first.id}+${second.id}`,
    description: `${first.description}；${second.description}`,
    apply: (text) => second.apply(first.apply(text)),
  };
}

/** Every unordered pair of edits, each made in the table's order. */
export function pairsOf(edits: readonly TextEdit[]): TextEdit[] {
  return edits.flatMap((first, place) => edits.slice(place + 1).map((second) => composeEdits(first, second)));
}

/** True when both edits of a pair change the text: the first changes the source, the second its result. */
export function bothApply(first: TextEdit, second: TextEdit, source: string): boolean {
  const once = first.apply(source);
  return once !== source && second.apply(once) !== once;
}

/** FNV-1a of a string: a fixed, seedable order of families per pair. */
function hashOf(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** `count` of the families, in an order fixed by the pair's id and the seed (the same every run). */
export function sampleFamilies(input: {
  pair: string;
  families: readonly string[];
  count: number;
  seed: number;
}): string[] {
  return [...input.families]
    .sort(
      (left, right) =>
        hashOf(`${input.pair}/${left}`, input.seed) - hashOf(`${input.pair}/${right}`, input.seed),
    )
    .slice(0, input.count);
}
