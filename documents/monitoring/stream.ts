/** The cells of a dump as one stream (row cells in order, one-cell lines as single cells), with their lines. */
import { toCellLines } from './cells.ts';

export interface StreamCell {
  text: string;
  /** Cell text without whitespace, as labels are matched. */
  label: string;
  line: number;
  /** Index of the cell in its line (0 for a one-cell line). */
  column: number;
  /** Whether its line was a row of several cells. */
  inRow: boolean;
}

/** Every cell of every non-blank line, in reading order. */
export function toStream(lines: readonly string[]): StreamCell[] {
  const stream: StreamCell[] = [];
  for (const { line, cells, isRow } of toCellLines(lines)) {
    for (const [column, text] of cells.entries()) {
      stream.push({ text, label: text.replace(/\s+/g, ''), line, column, inRow: isRow });
    }
  }
  return stream;
}

/** The first key whose pattern matches the label. */
export function matchLabel<T>(variants: ReadonlyArray<readonly [T, RegExp]>, label: string): T | null {
  if (label === '') return null;
  for (const [key, pattern] of variants) if (pattern.test(label)) return key;
  return null;
}
