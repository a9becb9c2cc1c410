import { describe, expect, it } from 'vitest';
import { findCutRows, placeAroundMiddles, type Piece } from './layout-wrapped-pieces.ts';

describe('a centred row a page cut', () => {
  // Rows' middle lines 10, 14 (cut: its name runs on to line 16, the page's end, and to line 17 on the next
  // page) and 19 (centred: one line above its middle, one below), then 22.
  const middles = [10, 14, 19, 22];
  const written = [9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

  it.each([
    ['the page breaks inside the row: it keeps its lines to the page’s end and the next page’s first', [17], new Map([[1, 18]])],
    ['the page breaks right at the next row’s first line: nothing goes on', [18], new Map([[1, 18]])],
    ['no page break: no row is cut', [], new Map()],
    ['a page break between two rows’ middles that leaves the next row its lines', [12], new Map([[0, 12]])],
  ])('%s', (_, pageStarts, expected) => {
    expect(findCutRows(middles, written, pageStarts)).toEqual(expected);
  });

  it('gives the cut row its lines below its middle, and the next row only its own', () => {
    const own: Piece[] = [14, 15, 16, 17, 18, 19, 20].map((line) => ({ line, column: 3, text: `第${line}行` }));
    const placed = new Map<number, number[]>();
    placeAroundMiddles(own, [14, 19], (row, piece) => placed.set(row, [...(placed.get(row) ?? []), piece.line]), findCutRows([14, 19], own.map((piece) => piece.line), [17]));
    expect(Object.fromEntries(placed)).toEqual({ 0: [14, 15, 16, 17], 1: [18, 19, 20] });
    // (Without the page: the row centred on its first line takes none below it.)
    const centred = new Map<number, number[]>();
    placeAroundMiddles(own, [14, 19], (row, piece) => centred.set(row, [...(centred.get(row) ?? []), piece.line]));
    expect(Object.fromEntries(centred)).toEqual({ 0: [14], 1: [15, 16, 17, 18, 19, 20] });
  });
});
