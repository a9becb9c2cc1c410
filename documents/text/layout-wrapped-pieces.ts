/**
 * Pieces of a PDF's text in layout mode (documents/text/layout-wrapped-rows.ts, layout-wrapped-block.ts): a line
 * cut at runs of spaces with each piece's display column, and the centring rule
 * that gives a column's pieces to the rows around whose middle lines they stand.
 */
import { displayWidth } from '../grid/cell-text.ts';

export interface Piece {
  line: number;
  column: number;
  text: string;
}

/** A cell as its figures are compared: full-width digits and signs folded (１０ → 10, ％ → %). */
export function folded(text: string): string {
  return text.normalize('NFKC');
}

/** The line's cells at runs of two spaces or more, each with the display column it starts and ends at. */
export function cutAtSpaceRuns(line: string): Array<{ text: string; start: number; end: number }> {
  const cells: Array<{ text: string; start: number; end: number }> = [];
  let position = 0;
  for (const part of line.split(/( {2,}|\u3000+)/)) {
    const width = displayWidth(part);
    if (part.trim() !== '') cells.push({ text: part.trim(), start: position + displayWidth(part.slice(0, part.length - part.trimStart().length)), end: position + width });
    position += width;
  }
  return cells;
}

/**
 * A column's pieces (in line order) given to the rows whose middle lines are `middles`: a cell is centred
 * on its row's middle line, so a row takes the pieces above its middle line that the row before did not
 * take, the one on it, and as many below it as above (the last row all that follow).
 */
export function placeAroundMiddles(own: readonly Piece[], middles: readonly number[], place: (row: number, piece: Piece) => void): void {
  let next = 0;
  middles.forEach((middle, row) => {
    const following = middles[row + 1] ?? Number.POSITIVE_INFINITY;
    let above = 0;
    for (; next < own.length && (own[next] as Piece).line < middle; next += 1, above += 1) place(row, own[next] as Piece);
    if (next < own.length && (own[next] as Piece).line === middle) place(row, own[next++] as Piece);
    const isLast = row === middles.length - 1;
    for (let below = 0; next < own.length && (own[next] as Piece).line < following && (isLast || below < above); below += 1, next += 1) {
      place(row, own[next] as Piece);
    }
  });
}

/**
 * How wide a wrapped line of a column whose widest line is `widest` is at least: a line ends early when
 * the number or Latin word after it did not fit (a third of the width, two columns at least).
 */
export function wrapWidth(widest: number): number {
  return widest - Math.max(2, Math.floor(widest / 3));
}
