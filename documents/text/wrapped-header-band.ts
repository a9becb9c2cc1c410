/**
 * A fixed-width table's header whose words wrapped in their columns (pdftotext -layout of a Word or
 * LibreOffice table with narrow columns: "1-8 月完" / "成值", "偏差原" / "因及纠" / "偏措施", each cell's
 * lines centred or at the top of the header row, so the header is a band of lines, no line of which
 * names the columns alone). The band's pieces that overlap are one cell's, joined in line order; the
 * lines around a line of column words belong to the band as far as joining them names more columns.
 */
import { joinWrappedPieces } from '../grid/cell-text.ts';
import { matchLevel1, matchLevel2 } from '../grid/levels.ts';
import { isBandWord, matchColumnRole } from '../vocabulary/columns.ts';
import { cutAtSpaceRuns } from './layout-wrapped-pieces.ts';

export interface HeaderCell {
  text: string;
  start: number;
  end: number;
  /** Lines its word is written over. */
  lineCount: number;
}

export interface HeaderBand {
  /** The band's first and last lines (the header is written on the last). */
  first: number;
  last: number;
  cells: HeaderCell[];
}

/** Lines a header's words wrap over at most, above or below its line of column words. */
const MAX_BAND_REACH = 3;
/** More pieces than a table has columns. */
const MAX_COLUMNS = 64;
/** A piece that is a row's, never a header word's: a figure or a value with its sign. */
const ROW_PIECE = /^[≥≤<>=＝]|^\d+(\.\d+)?%?$/;
/** A piece of prose: a sentence's end (a goal wrapped above the header), never a header word's. */
const PROSE_END = /[。；;]$/;

function isColumnWord(text: string): boolean {
  return matchColumnRole(text) !== null || isBandWord(text);
}

/** A line that may be part of a header band: pieces only, none a figure or a row's level word. */
function isBandLine(line: string | undefined): boolean {
  if (line === undefined || line.trim() === '' || line.includes('\t')) return false;
  return cutAtSpaceRuns(line).every(
    (piece) => !ROW_PIECE.test(piece.text) && !PROSE_END.test(piece.text) && (isColumnWord(piece.text) || (matchLevel1(piece.text) === null && matchLevel2(piece.text) === null)),
  );
}

function overlaps(piece: { start: number; end: number }, cell: { start: number; end: number }): boolean {
  return piece.start < cell.end && cell.start < piece.end;
}

/** The band's lines that hold a piece of `cell`. */
function linesOf(lines: readonly string[], cell: HeaderCell, band: HeaderBand): number[] {
  const found: number[] = [];
  for (let other = band.first; other <= band.last; other += 1) {
    if (cutAtSpaceRuns(lines[other] as string).some((piece) => overlaps(piece, cell))) found.push(other);
  }
  return found;
}

/** The band's pieces from `first` to `last` joined into cells: pieces that overlap are one cell's. */
function joinBand(lines: readonly string[], first: number, last: number): HeaderCell[] {
  const pieces = lines
    .slice(first, last + 1)
    .flatMap((line, offset) => cutAtSpaceRuns(line).map((piece) => ({ ...piece, line: offset })))
    .sort((left, right) => left.start - right.start || left.line - right.line);
  const groups: Array<{ start: number; end: number; pieces: typeof pieces }> = [];
  for (const piece of pieces) {
    const group = groups.at(-1);
    if (group !== undefined && piece.start < group.end) {
      group.end = Math.max(group.end, piece.end);
      group.pieces.push(piece);
    } else groups.push({ start: piece.start, end: piece.end, pieces: [piece] });
  }
  return groups.map((group) => ({
    start: group.start,
    end: group.end,
    text: joinWrappedPieces([...group.pieces].sort((left, right) => left.line - right.line).map((piece) => piece.text)),
    lineCount: group.pieces.length,
  }));
}

/**
 * The header band around `line` (a line of pieces two of which at least are column words), when joining
 * lines above or below it gives cells `isHeader` accepts and names more columns than the line alone; else null.
 */
export function readWrappedHeaderBand(
  lines: readonly string[],
  line: number,
  isHeader: (cells: readonly HeaderCell[]) => boolean,
): HeaderBand | null {
  if (!isBandLine(lines[line])) return null;
  const own = cutAtSpaceRuns(lines[line] as string);
  // (No table has more columns: a hostile line is never joined with its neighbours.)
  if (own.length > MAX_COLUMNS) return null;
  if (own.filter((piece) => isColumnWord(piece.text)).length < 2) return null;
  let top = line;
  while (top > line - MAX_BAND_REACH && isBandLine(lines[top - 1])) top -= 1;
  let bottom = line;
  while (bottom < line + MAX_BAND_REACH && isBandLine(lines[bottom + 1])) bottom += 1;
  let best: HeaderBand | null = null;
  let bestKnown = own.filter((piece) => isColumnWord(piece.text)).length;
  // (Fewest lines first: a range naming no more columns than a narrower one adds a row's lines, not the header's.)
  for (let size = 2; size <= bottom - top + 1; size += 1) {
    for (let first = Math.max(top, line - size + 1); first <= line && first + size - 1 <= bottom; first += 1) {
      const cells = joinBand(lines, first, first + size - 1);
      const known = cells.filter((cell) => isColumnWord(cell.text)).length;
      if (known > bestKnown && isHeader(cells)) {
        best = { first, last: first + size - 1, cells };
        bestKnown = known;
      }
    }
  }
  if (best === null) return null;
  // A word still wrapping goes on past the lines that named its column ("偏差原因及纠" / "偏措施"): a line
  // whose every piece continues a cell already over two lines or more is the band's too (a row's line is
  // not: its name stands under a one-line 三级指标).
  // A word off the line of column words, centred on the header's row, wrapped around that line with as many of its
  // lines below as above ("偏差原因分析及改进措" above, "施" below): a line on the side it has fewer on is the band's
  // (never the first row's reason under it), and a line each side at once where it has as many.
  const isOffLine = (cell: HeaderCell): boolean => !own.some((piece) => overlaps(piece, cell));
  const isWrapping = (cell: HeaderCell, candidate: number, band: HeaderBand): boolean => {
    if (!isOffLine(cell)) return cell.lineCount >= 2;
    const written = linesOf(lines, cell, band);
    const beside = written.filter((other) => other > line === candidate > line).length;
    return beside < written.length - beside;
  };
  const continues = (candidate: number, band: HeaderBand, isCell: (cell: HeaderCell, candidate: number, band: HeaderBand) => boolean): boolean =>
    isBandLine(lines[candidate]) &&
    cutAtSpaceRuns(lines[candidate] as string).every((piece) => band.cells.some((cell) => overlaps(piece, cell) && isCell(cell, candidate, band)));
  while (best.last < line + MAX_BAND_REACH && continues(best.last + 1, best, isWrapping)) {
    best = { ...best, last: best.last + 1, cells: joinBand(lines, best.first, best.last + 1) };
  }
  while (best.first > line - MAX_BAND_REACH && continues(best.first - 1, best, isWrapping)) {
    best = { ...best, first: best.first - 1, cells: joinBand(lines, best.first - 1, best.last) };
  }
  while (best.first > line - MAX_BAND_REACH && best.last < line + MAX_BAND_REACH && continues(best.first - 1, best, isOffLine) && continues(best.last + 1, best, isOffLine)) {
    best = { ...best, first: best.first - 1, last: best.last + 1, cells: joinBand(lines, best.first - 1, best.last + 1) };
  }
  return best;
}
