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
export function placeAroundMiddles(
  own: readonly Piece[],
  middles: readonly number[],
  place: (row: number, piece: Piece) => void,
  cutUntil: ReadonlyMap<number, number> = new Map(),
): void {
  let next = 0;
  middles.forEach((middle, row) => {
    const following = middles[row + 1] ?? Number.POSITIVE_INFINITY;
    let above = 0;
    for (; next < own.length && (own[next] as Piece).line < middle; next += 1, above += 1) place(row, own[next] as Piece);
    if (next < own.length && (own[next] as Piece).line === middle) place(row, own[next++] as Piece);
    const isLast = row === middles.length - 1;
    // A row a page cut (cutUntil): its lines run from its middle to the page's end and on at the next page's top.
    const until = Math.min(cutUntil.get(row) ?? Number.NEGATIVE_INFINITY, following);
    for (let below = 0; next < own.length && (own[next] as Piece).line < following && (isLast || below < above || (own[next] as Piece).line < until); below += 1, next += 1) {
      place(row, own[next] as Piece);
    }
  });
}

/**
 * The rows a page cut, each with the line before which the lines below its middle are its own (`middles` the rows' middle
 * lines in order, `written` the lines the rows' cells write, in order): a row too tall for what was left of its page runs
 * on from its first line to the page's end (LibreOffice centres no cell it cuts) and goes on at the next page's top, above
 * the next row's lines. The next row is centred: it takes as many lines above its middle as it has below, counted as
 * half the lines between its middle and the middle after (all of them for the last row).
 */
export function findCutRows(middles: readonly number[], written: readonly number[], pageStarts: readonly number[]): Map<number, number> {
  const cut = new Map<number, number>();
  // (Counted by binary search over the sorted lines: a text of many pages stays linear.)
  const countBefore = (line: number, isIncluded = false): number => {
    let low = 0;
    let high = written.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const at = written[middle] as number;
      if (at < line || (isIncluded && at === line)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const firstFrom = (line: number): number => countBefore(line);
  let page = 0;
  middles.forEach((middle, row) => {
    const following = middles[row + 1];
    if (following === undefined) return;
    while (page < pageStarts.length && (pageStarts[page] as number) <= middle) page += 1;
    const pageStart = pageStarts[page];
    if (pageStart === undefined || pageStart > following) return;
    const afterFollowing = middles[row + 2];
    const belowFollowing = (afterFollowing === undefined ? written.length : firstFrom(afterFollowing)) - countBefore(following, true);
    const followingBelow = afterFollowing === undefined ? belowFollowing : Math.floor(belowFollowing / 2);
    const onNextPage = written.slice(firstFrom(pageStart), firstFrom(following));
    const continued = onNextPage.slice(0, Math.max(0, onNextPage.length - followingBelow));
    cut.set(row, (continued.at(-1) ?? pageStart - 1) + 1);
  });
  return cut;
}

/**
 * How wide a wrapped line of a column whose widest line is `widest` is at least: a line ends early when
 * the number or Latin word after it did not fit (a third of the width, two columns at least).
 */
export function wrapWidth(widest: number): number {
  return widest - Math.max(2, Math.floor(widest / 3));
}
