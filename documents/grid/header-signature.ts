/**
 * The header signature of a band: a normalised hash of its header cells, column by column, so a
 * file of the same layout (same words in the same columns, whatever the spaces, full-width forms or
 * unit notes) gets the same key. A saved named layout (the import review screen) is keyed by it.
 */
import { normalizeHeaderText } from '../vocabulary/columns.ts';
import type { GridCell } from './grid.ts';

/** The band's header words by column: each column's distinct cells top to bottom, normalised. */
export function describeHeaderColumns(coverage: ReadonlyArray<ReadonlyArray<GridCell | undefined>>, first: number, last: number): string[] {
  const width = coverage[first]?.length ?? 0;
  const columns: string[] = [];
  for (let column = 0; column < width; column += 1) {
    const words: string[] = [];
    let previous: GridCell | undefined;
    for (let row = first; row <= last; row += 1) {
      const cell = coverage[row]?.[column];
      if (!cell || cell === previous) continue;
      previous = cell;
      words.push(normalizeHeaderText(cell.text.normalize('NFKC')));
    }
    columns.push(words.join('/'));
  }
  while (columns.length > 0 && columns.at(-1) === '') columns.pop();
  return columns;
}

/** FNV-1a over UTF-16 code units, twice with different seeds: 16 hex digits, the same in every runtime. */
function hashText(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x01000193 + 0x200) >>> 0;
  }
  return first.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0');
}

/** The signature of the band between rows `first` and `last` (inclusive). */
export function describeHeaderSignature(coverage: ReadonlyArray<ReadonlyArray<GridCell | undefined>>, first: number, last: number): string {
  return hashText(describeHeaderColumns(coverage, first, last).join('|'));
}
