/**
 * pdftotext's layout mode (poppler) places each word on a grid of characters: a CJK character takes one
 * place there though the page draws it twice as wide as a Latin one, so a column's pieces start at the
 * same character count on every line, and the same piece stands at different display columns on a line
 * with Chinese text before it and on one without (a wrapped name's second line under its first, a figure
 * after a level word). Every fixed-width reader here measures display columns (a dump typed or padded by
 * a program aligns those). A text whose pieces line up in characters and not in display columns is
 * written again with each piece at twice its character place: twice is always room enough (a piece's
 * display width is at most twice its length), so the columns pdftotext kept stand aligned for the
 * readers, with two spaces at least between two pieces.
 *
 * pdftotext also leaves a single space between two cells when a CJK cell drew wider than its places
 * ("质量指标 出厂水质检测合格率"): a cell never parts two Chinese characters by a space, so in such a text
 * that space parts two pieces.
 */
import { displayWidth } from '../grid/cell-text.ts';

/** A piece of a line: text between runs of two spaces or more (a tab or an ideographic space too). */
interface LinePiece {
  text: string;
  /** Characters before it on the line (pdftotext's place). */
  place: number;
  /** Display columns before it. */
  column: number;
  /** It was parted from the piece before by a single space between two Chinese characters. */
  isAfterSingleSpace: boolean;
}

const GAP = /[\t\u3000]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The line's pieces; `isSplitBetweenHan` also cuts at a single space between two Chinese characters. */
function cutLine(line: string, isSplitBetweenHan: boolean): LinePiece[] {
  const pieces: LinePiece[] = [];
  let current: LinePiece | null = null;
  let isPartedBySingleSpace = false;
  let column = 0;
  const characters = [...line];
  for (let place = 0; place < characters.length; place += 1) {
    const character = characters[place] as string;
    const isSpace = character === ' ' || GAP.test(character);
    if (!isSpace) {
      if (current === null) {
        current = { text: character, place, column, isAfterSingleSpace: isPartedBySingleSpace };
        pieces.push(current);
        isPartedBySingleSpace = false;
      } else current.text += character;
    } else if (current !== null) {
      const next = characters[place + 1] ?? ' ';
      const isSingle = character === ' ' && next !== ' ' && !GAP.test(next);
      const isHanBoundary = isSplitBetweenHan && HAN.test(current.text.at(-1) ?? '') && HAN.test(next);
      if (isSingle && !isHanBoundary) current.text += ' ';
      else {
        isPartedBySingleSpace = isSingle;
        current = null;
      }
    }
    column += displayWidth(character);
  }
  return pieces;
}

/** A row whose cells a tab or a pipe parts (a dump's or a Markdown table's): no fixed-width line. */
function isSeparatedRow(line: string): boolean {
  return line.includes('\t') || line.trimStart().startsWith('|');
}

/** How many lines up a piece's start is looked for on another line. */
const NEAR_LINES = 6;
/** How much better characters must align than display columns (hits, and a share more). */
const LEAST_MORE_HITS = 6;
const LEAST_RATIO = 1.5;

/**
 * Whether the text's pieces line up in character places rather than display columns: each piece after a
 * line's first whose start another line among the few above shares is a hit, counted both ways.
 */
export function isPlacedInCharacters(lines: readonly string[]): boolean {
  let placeHits = 0;
  let columnHits = 0;
  const placeSeen = new Map<number, number>();
  const columnSeen = new Map<number, number>();
  lines.forEach((line, index) => {
    if (isSeparatedRow(line) || !line.includes('  ')) return;
    const pieces = cutLine(line, false);
    for (const piece of pieces) {
      if (piece.place === 0) continue;
      if (index - (placeSeen.get(piece.place) ?? -NEAR_LINES - 1) <= NEAR_LINES) placeHits += 1;
      if (index - (columnSeen.get(piece.column) ?? -NEAR_LINES - 1) <= NEAR_LINES) columnHits += 1;
    }
    for (const piece of pieces) {
      placeSeen.set(piece.place, index);
      columnSeen.set(piece.column, index);
    }
  });
  return placeHits - columnHits >= LEAST_MORE_HITS && placeHits >= columnHits * LEAST_RATIO;
}

/** How far (places) a piece may stand from the column start the lines near it share: pdftotext rounds a CJK run's places. */
const SNAP_PLACES = 2;
/**
 * How pdftotext's grid on a page may differ from the page's before: its places a scale of the other's (it sets a page's grid
 * by the page's own text) within these bounds, moved by at most PAGE_SHIFT_PLACES; how far (places) a column may stand from
 * where the scale puts it; and how many more starts the matching must line up than leaving the page as it is.
 */
const PAGE_SCALES = { least: 0.6, most: 1.6 } as const;
const PAGE_SHIFT_PLACES = 8;
const PAGE_COLUMN_SLACK = 3;
const LEAST_MORE_PAGE_HITS = 3;
/** How many of a page edge's most shared column starts are matched (the matching is quadratic in them). */
const MOST_PAGE_COLUMNS = 12;
/** How many written lines at the end of a page, and at the start of the next, give the columns matched across the break. */
const PAGE_EDGE_LINES = 30;
/** A line's pieces, none for a tab or pipe row or a blank line; a page's first line is cut after its form feed. */
function cutPlacedLine(line: string): LinePiece[] | null {
  if (isSeparatedRow(line) || line.trim() === '') return null;
  return cutLine(line.startsWith('\f') ? line.slice(1) : line, true);
}

/** The places where pieces not parted by a single space start, line by line. */
function firmStarts(lines: ReadonlyArray<LinePiece[] | null>): Array<Set<number>> {
  return lines.map((pieces) => new Set((pieces ?? []).filter((piece) => !piece.isAfterSingleSpace).map((piece) => piece.place)));
}

/** How many lines near `index` (not itself) have a firm piece starting at `place`. */
function countNearStarts(starts: ReadonlyArray<Set<number>>, index: number, place: number): number {
  let count = 0;
  const last = Math.min(starts.length - 1, index + NEAR_LINES);
  for (let other = Math.max(0, index - NEAR_LINES); other <= last; other += 1) {
    if (other !== index && starts[other]?.has(place)) count += 1;
  }
  return count;
}

/**
 * `place` when a line near `index` starts a piece there; else the nearest place at most SNAP_PLACES off that
 * lines near start one at (the one more lines share on a tie); else null.
 */
function nearColumnStart(starts: ReadonlyArray<Set<number>>, index: number, place: number): number | null {
  if (countNearStarts(starts, index, place) > 0) return place;
  for (let distance = 1; distance <= SNAP_PLACES; distance += 1) {
    const left = countNearStarts(starts, index, place - distance);
    const right = countNearStarts(starts, index, place + distance);
    if (left > 0 || right > 0) return left >= right ? place - distance : place + distance;
  }
  return null;
}

/** A figure's piece: a value, a score, a target with its sign. */
const FIGURE_PIECE = /^[≥≤=<>＞＜]?\s?[0-9]/;

/** A column start some lines share: how many, and how many of those pieces are figures. */
interface SharedStart {
  place: number;
  count: number;
  figures: number;
}

/** The places where at least two of the lines start a firm piece, with how many do. */
function sharedStarts(lines: ReadonlyArray<LinePiece[] | null>): SharedStart[] {
  const columns = new Map<number, SharedStart>();
  for (const line of lines) {
    for (const piece of line ?? []) {
      if (piece.isAfterSingleSpace) continue;
      const column = columns.get(piece.place) ?? { place: piece.place, count: 0, figures: 0 };
      column.count += 1;
      if (FIGURE_PIECE.test(piece.text)) column.figures += 1;
      columns.set(piece.place, column);
    }
  }
  return [...columns.values()].filter((column) => column.count >= 2).sort((left, right) => left.place - right.place);
}

/** Two columns of which one holds figures mostly and the other none (分值 and 偏差原因): never the same column. */
function isOtherKind(left: SharedStart, right: SharedStart): boolean {
  const isFigures = (column: SharedStart): boolean => column.figures * 2 >= column.count;
  return (isFigures(left) && right.figures === 0) || (isFigures(right) && left.figures === 0);
}

/** How many of the page's columns some column before stands near once scaled, and how far off they stand in all. */
function scoreScale(page: readonly SharedStart[], before: readonly SharedStart[], scale: number, shift: number): { hits: number; off: number } {
  let hits = 0;
  let off = 0;
  let at = 0;
  for (const column of page) {
    const place = scale * column.place + shift;
    while (at + 1 < before.length && Math.abs((before[at + 1] as SharedStart).place - place) <= Math.abs((before[at] as SharedStart).place - place)) at += 1;
    const near = before[at];
    const distance = near === undefined || isOtherKind(column, near) ? Number.POSITIVE_INFINITY : Math.abs(near.place - place);
    if (distance <= PAGE_COLUMN_SLACK) {
      hits += 1;
      off += distance;
    }
  }
  return { hits, off };
}

/**
 * The scale and shift that put the most of the page's columns near one before (then the least off): tried for every two
 * columns of the page taken for every two before.
 */
function fitScale(page: readonly SharedStart[], before: readonly SharedStart[]): { scale: number; shift: number } {
  let best = { scale: 1, shift: 0, ...scoreScale(page, before, 1, 0) };
  for (let first = 0; first < page.length; first += 1) {
    for (let second = first + 1; second < page.length; second += 1) {
      for (let low = 0; low < before.length; low += 1) {
        for (let high = low + 1; high < before.length; high += 1) {
          const pageLow = page[first] as SharedStart;
          const beforeLow = before[low] as SharedStart;
          const scale = ((before[high] as SharedStart).place - beforeLow.place) / ((page[second] as SharedStart).place - pageLow.place);
          const shift = beforeLow.place - scale * pageLow.place;
          if (scale < PAGE_SCALES.least || scale > PAGE_SCALES.most || Math.abs(shift) > PAGE_SHIFT_PLACES) continue;
          const score = scoreScale(page, before, scale, shift);
          if (score.hits > best.hits || (score.hits === best.hits && score.off < best.off)) best = { scale, shift, ...score };
        }
      }
    }
  }
  return best;
}

/** A page edge's most shared column starts (at most MOST_PAGE_COLUMNS), in order of place. */
function mostShared(starts: readonly SharedStart[]): SharedStart[] {
  return [...starts]
    .sort((left, right) => right.count - left.count || left.place - right.place)
    .slice(0, MOST_PAGE_COLUMNS)
    .sort((left, right) => left.place - right.place);
}

/**
 * The page's columns matched in order to the page's before (sequence alignment: the most pairs that stand near where the
 * fitted scale puts them, then the nearest; pdftotext's places follow the scale only roughly, a long CJK run pushing a
 * column on): pairs of [place on this page, place before].
 */
function matchColumns(pageStarts: readonly SharedStart[], beforeStarts: readonly SharedStart[]): Array<[number, number]> {
  const page = mostShared(pageStarts);
  const before = mostShared(beforeStarts);
  const { scale, shift } = fitScale(page, before);
  const score = (pageColumn: SharedStart, beforeColumn: SharedStart): number => {
    const distance = Math.abs(scale * pageColumn.place + shift - beforeColumn.place);
    return distance > PAGE_COLUMN_SLACK || isOtherKind(pageColumn, beforeColumn) ? 0 : 1 - distance / (2 * PAGE_COLUMN_SLACK + 2);
  };
  // best[i][j]: the best score of the first i columns of the page against the first j before.
  const best = Array.from({ length: page.length + 1 }, () => new Array<number>(before.length + 1).fill(0));
  for (let i = 1; i <= page.length; i += 1) {
    const row = best[i] as number[];
    const above = best[i - 1] as number[];
    for (let j = 1; j <= before.length; j += 1) {
      const pair = score(page[i - 1]!, before[j - 1]!);
      row[j] = Math.max(above[j] as number, row[j - 1] as number, pair > 0 ? (above[j - 1] as number) + pair : 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = page.length, j = before.length; i > 0 && j > 0; ) {
    const here = (best[i] as number[])[j] as number;
    if (here === ((best[i - 1] as number[])[j] as number)) i -= 1;
    else if (here === ((best[i] as number[])[j - 1] as number)) j -= 1;
    else {
      pairs.unshift([page[i - 1]!.place, before[j - 1]!.place]);
      i -= 1;
      j -= 1;
    }
  }
  return pairs;
}

/** Where a place on the page stands once its columns are matched: moved as the nearest matched column at or left of it (else the first). */
function mapPlace(pairs: ReadonlyArray<[number, number]>, place: number): number {
  let shift = (pairs[0]?.[1] ?? 0) - (pairs[0]?.[0] ?? 0);
  for (const [pagePlace, beforePlace] of pairs) if (pagePlace <= place) shift = beforePlace - pagePlace;
  return Math.max(0, place + shift);
}

/**
 * Page by page (the lines a form feed opened), each page's column starts matched in order to the page's before and its
 * pieces moved with them: pdftotext's grid of characters is set page by page (its margin moves, and a page of other text
 * gives other widths: page two's columns stood two, four and six places left of page one's), and no header is repeated
 * to realign them. Only when the matching lines up more starts than leaving the page as it is.
 */
function alignPages(pageStarts: readonly number[], pieces: ReadonlyArray<LinePiece[] | null>): void {
  const writtenLines = (from: number, to: number): Array<LinePiece[] | null> => pieces.slice(from, to).filter((line) => line !== null && line.length > 0);
  let previousStart = 0;
  pageStarts.forEach((start, page) => {
    const end = pageStarts[page + 1] ?? pieces.length;
    const before = sharedStarts(writtenLines(previousStart, start).slice(-PAGE_EDGE_LINES));
    previousStart = start;
    const edge = writtenLines(start, end).slice(0, PAGE_EDGE_LINES);
    const pairs = matchColumns(sharedStarts(edge), before);
    const beforePlaces = new Set(before.map((column) => column.place));
    const edgePieces = edge.flatMap((line) => line ?? []).filter((piece) => !piece.isAfterSingleSpace);
    const hits = (move: (place: number) => number): number => edgePieces.filter((piece) => beforePlaces.has(move(piece.place))).length;
    if (pairs.length === 0 || hits((place) => mapPlace(pairs, place)) < hits((place) => place) + LEAST_MORE_PAGE_HITS) return;
    for (const line of pieces.slice(start, end)) for (const piece of line ?? []) piece.place = mapPlace(pairs, piece.place);
  });
}

/**
 * Pieces lined up with the columns the lines near them share: a piece a single space parted from a Chinese word
 * is a cell of its own only where a column starts near it (else the space was the cell's own, "数量 指标"), and a
 * piece a place or two off the column start the lines near it share is moved onto it.
 */
function alignPiecesToColumns(pieces: Array<LinePiece[] | null>): void {
  const starts = firmStarts(pieces);
  pieces.forEach((line, index) => {
    if (line === null) return;
    const kept: LinePiece[] = [];
    for (const piece of line) {
      const previous = kept.at(-1);
      const start = nearColumnStart(starts, index, piece.place);
      if (piece.isAfterSingleSpace && previous !== undefined && start === null) {
        previous.text += ` ${piece.text}`;
        continue;
      }
      const least = previous === undefined ? 0 : previous.place + [...previous.text].length + 1;
      if (start !== null && start >= least) piece.place = start;
      kept.push(piece);
    }
    line.splice(0, line.length, ...kept);
  });
}

/**
 * The lines with every piece at twice its character place, when the text is placed in characters; else the lines themselves.
 * `pageStarts`: the lines that open a page after the first (normalising takes pdftotext's form feeds out of the lines;
 * without it, the lines that start with one).
 */
export function widenCharacterColumns(
  lines: readonly string[],
  pageStarts: readonly number[] = lines.flatMap((line, index) => (index > 0 && line.startsWith('\f') ? [index] : [])),
): string[] {
  if (!isPlacedInCharacters(lines)) return [...lines];
  const pieces = lines.map(cutPlacedLine);
  alignPages(pageStarts, pieces);
  alignPiecesToColumns(pieces);
  return lines.map((line, index) => {
    const linePieces = pieces[index];
    if (linePieces === null || linePieces === undefined) return line;
    let written = '';
    let width = 0;
    for (const piece of linePieces) {
      const at = written === '' ? 2 * piece.place : Math.max(2 * piece.place, width + 2);
      written += ' '.repeat(at - width) + piece.text;
      width = at + displayWidth(piece.text);
    }
    return line.startsWith('\f') ? `\f${written}` : written;
  });
}
