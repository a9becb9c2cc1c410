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
/** How far (places) a page's columns may stand from the page's before it; and how many more starts the shift must line up. */
const PAGE_SHIFT_PLACES = 4;
const LEAST_MORE_PAGE_HITS = 3;

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

/**
 * Page by page (form feeds), each page's pieces moved by the few places that line up most of their starts with
 * the page's before: pdftotext's left margin moves between pages, and no header is repeated to realign them.
 */
function alignPages(lines: readonly string[], pieces: ReadonlyArray<LinePiece[] | null>): void {
  const pageStarts = lines.flatMap((line, index) => (index > 0 && line.startsWith('\f') ? [index] : []));
  let before = new Set(firmStarts(pieces.slice(0, pageStarts[0] ?? pieces.length)).flatMap((starts) => [...starts]));
  pageStarts.forEach((start, page) => {
    const pagePieces = pieces.slice(start, pageStarts[page + 1] ?? pieces.length).flatMap((line) => line ?? []);
    const hits = (shift: number): number => pagePieces.filter((piece) => before.has(piece.place + shift)).length;
    let best = 0;
    for (let shift = -PAGE_SHIFT_PLACES; shift <= PAGE_SHIFT_PLACES; shift += 1) {
      if (hits(shift) > hits(best) || (hits(shift) === hits(best) && Math.abs(shift) < Math.abs(best))) best = shift;
    }
    if (hits(best) < hits(0) + LEAST_MORE_PAGE_HITS) best = 0;
    for (const piece of pagePieces) piece.place = Math.max(0, piece.place + best);
    before = new Set(pagePieces.filter((piece) => !piece.isAfterSingleSpace).map((piece) => piece.place));
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

/** The lines with every piece at twice its character place, when the text is placed in characters; else the lines themselves. */
export function widenCharacterColumns(lines: readonly string[]): string[] {
  if (!isPlacedInCharacters(lines)) return [...lines];
  const pieces = lines.map(cutPlacedLine);
  alignPages(lines, pieces);
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
